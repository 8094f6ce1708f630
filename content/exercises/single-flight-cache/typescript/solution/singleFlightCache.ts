/** Returns the current time in milliseconds. Tests pass a fake clock they move by hand. */
export type Clock = () => number;

interface Entry<V> {
  value: V;
  expiresAt: number;
}

/** One running load. Its identity tells a settling load whether it still owns the key. */
interface Flight<V> {
  promise: Promise<V>;
}

/**
 * A cache-aside wrapper around an async loader that coalesces concurrent misses.
 *
 * A value is cached when its load completes and is fresh while clock() < completedAt + ttlMs.
 * Concurrent gets for a key that is loading share that one load. Failed loads are not cached.
 */
export class SingleFlightCache<V> {
  private readonly cache = new Map<string, Entry<V>>();
  private readonly inFlight = new Map<string, Flight<V>>();

  constructor(
    private readonly loader: (key: string) => Promise<V>,
    private readonly ttlMs: number,
    private readonly clock: Clock,
  ) {
    if (!Number.isFinite(ttlMs) || ttlMs <= 0) {
      throw new RangeError(`ttlMs must be a finite number > 0, got ${ttlMs}`);
    }
  }

  get(key: string): Promise<V> {
    const entry = this.cache.get(key);
    if (entry !== undefined && this.clock() < entry.expiresAt) return Promise.resolve(entry.value);
    this.cache.delete(key);
    return (this.inFlight.get(key) ?? this.startLoad(key)).promise;
  }

  invalidate(key: string): void {
    this.cache.delete(key);
    this.inFlight.delete(key); // the old flight may still finish, but it no longer owns the key
  }

  private startLoad(key: string): Flight<V> {
    const flight = {} as Flight<V>;
    // Register before starting: a loader that throws synchronously settles (and unregisters) at once.
    this.inFlight.set(key, flight);
    flight.promise = (async () => {
      try {
        // Inside an async function a synchronous throw from the loader becomes a rejection.
        const value = await this.loader(key);
        if (this.inFlight.get(key) === flight) {
          this.cache.set(key, { value, expiresAt: this.clock() + this.ttlMs });
        }
        return value;
      } finally {
        if (this.inFlight.get(key) === flight) this.inFlight.delete(key);
      }
    })();
    return flight;
  }
}
