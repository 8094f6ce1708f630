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

function requireLease(leaseMs: number): void {
  if (!(leaseMs > 0)) throw new RangeError(`leaseMs must be > 0, got ${leaseMs}`);
}

export class LockService {
  private readonly clock: () => number;
  private lastToken = 0;
  private readonly leases = new Map<string, Lease>();

  constructor(clock: () => number) {
    this.clock = clock;
  }

  acquire(resource: string, owner: string, leaseMs: number): Lease | null {
    requireLease(leaseMs);
    const now = this.clock();
    if (this.validLease(resource, now)) return null;
    this.lastToken += 1;
    const lease: Lease = { resource, owner, token: this.lastToken, expiresAt: now + leaseMs };
    this.leases.set(resource, lease);
    return { ...lease };
  }

  renew(resource: string, token: number, leaseMs: number): Lease | null {
    requireLease(leaseMs);
    const now = this.clock();
    const lease = this.validLease(resource, now);
    if (!lease || lease.token !== token) return null;
    lease.expiresAt = now + leaseMs;
    return { ...lease };
  }

  release(resource: string, token: number): boolean {
    const lease = this.validLease(resource, this.clock());
    if (!lease || lease.token !== token) return false;
    this.leases.delete(resource);
    return true;
  }

  private validLease(resource: string, now: number): Lease | undefined {
    const lease = this.leases.get(resource);
    return lease && now < lease.expiresAt ? lease : undefined;
  }
}

export class FencedStorage {
  private readonly values = new Map<string, string>();
  private readonly highestToken = new Map<string, number>();

  write(key: string, value: string, token: number): void {
    const highest = this.highestToken.get(key);
    if (highest !== undefined && token < highest) throw new StaleTokenError(token, highest);
    this.values.set(key, value);
    this.highestToken.set(key, token);
  }

  read(key: string): string | undefined {
    return this.values.get(key);
  }
}
