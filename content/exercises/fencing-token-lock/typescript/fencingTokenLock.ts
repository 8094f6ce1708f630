/** A granted lock. Valid while clock() < expiresAt. */
export interface Lease {
  resource: string;
  owner: string;
  /** The fencing token: larger than every token issued before it. */
  token: number;
  expiresAt: number;
}

/** Thrown by {@link FencedStorage.write} for a token lower than one already seen. Provided. */
export class StaleTokenError extends Error {
  readonly token: number;
  readonly highestSeen: number;

  constructor(token: number, highestSeen: number) {
    super(`stale fencing token ${token}: already saw ${highestSeen}`);
    this.name = "StaleTokenError";
    this.token = token;
    this.highestSeen = highestSeen;
  }
}

/** A lease-based lock service that hands out increasing fencing tokens. */
export class LockService {
  /** @param clock returns the current time in ms. */
  constructor(clock: () => number) {
    throw new Error("not implemented");
  }

  /**
   * Grants `resource` to `owner` for `leaseMs` with the next token (one counter for all resources,
   * starting at 1), or returns null while a valid lease exists (also for the same owner).
   * @throws RangeError if leaseMs <= 0.
   */
  acquire(resource: string, owner: string, leaseMs: number): Lease | null {
    throw new Error("not implemented");
  }

  /**
   * Extends the valid lease holding `token` to now + leaseMs (same token); null if the lease
   * expired or `token` is not current.
   * @throws RangeError if leaseMs <= 0.
   */
  renew(resource: string, token: number, leaseMs: number): Lease | null {
    throw new Error("not implemented");
  }

  /** Frees the lock if `token` is the current, valid lease's token; returns whether it did. */
  release(resource: string, token: number): boolean {
    throw new Error("not implemented");
  }
}

/** Storage that rejects writes carrying a token lower than the highest it has seen for the key. */
export class FencedStorage {
  constructor() {
    throw new Error("not implemented");
  }

  /** Stores `value` if `token` >= the highest token seen for `key`. @throws StaleTokenError otherwise. */
  write(key: string, value: string, token: number): void {
    throw new Error("not implemented");
  }

  /** The stored value, or undefined. */
  read(key: string): string | undefined {
    throw new Error("not implemented");
  }
}
