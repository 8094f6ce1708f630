/** Twitter's Snowflake epoch, 2010-11-04T01:42:54.657Z, in Unix milliseconds. */
export const DEFAULT_EPOCH = 1288834974657;

/** Bits for the millisecond timestamp (relative to the epoch). */
export const TIMESTAMP_BITS = 41;
/** Bits for the worker id: worker ids are 0..1023. */
export const WORKER_ID_BITS = 10;
/** Bits for the per-millisecond sequence: sequence numbers are 0..4095. */
export const SEQUENCE_BITS = 12;

/**
 * Thrown by `nextId` when the clock returns a time earlier than the timestamp of the last id issued.
 * Provided: you do not need to change it.
 */
export class ClockMovedBackwardsError extends Error {
  readonly lastTimestamp: number;
  readonly now: number;

  constructor(lastTimestamp: number, now: number) {
    super(`clock moved backwards: last id at ${lastTimestamp} ms, clock now ${now} ms`);
    this.name = "ClockMovedBackwardsError";
    this.lastTimestamp = lastTimestamp;
    this.now = now;
  }
}

/** Options for {@link SnowflakeGenerator}. */
export interface SnowflakeOptions {
  /** This worker's id, an integer in 0..1023. */
  workerId: number;
  /** Returns the current Unix time in whole milliseconds. Injected so tests control time. */
  clock: () => number;
  /** Custom epoch in Unix milliseconds; defaults to {@link DEFAULT_EPOCH}. */
  epoch?: number;
}

/** The three fields of a Snowflake id. */
export interface SnowflakeParts {
  /** Absolute Unix time in milliseconds (the epoch added back). */
  timestamp: number;
  workerId: number;
  sequence: number;
}

/**
 * Generates 64-bit ids laid out as `0 | timestamp (41) | workerId (10) | sequence (12)`,
 * i.e. `((clock() - epoch) << 22) | (workerId << 12) | sequence`.
 */
export class SnowflakeGenerator {
  /**
   * @throws RangeError if `workerId` is not an integer in 0..1023.
   * Does not read the clock.
   */
  constructor(options: SnowflakeOptions) {
    throw new Error("not implemented");
  }

  /**
   * Returns the next id. Ids from one generator are strictly increasing.
   * - Same millisecond as the last id: sequence + 1. A new millisecond: sequence 0.
   * - When sequence 4095 has been used in this millisecond, keeps calling `clock()` until it
   *   returns a later millisecond, and uses sequence 0 there.
   * @throws ClockMovedBackwardsError if `clock()` is earlier than the last id's timestamp
   *   (nothing is issued; generation resumes once the clock catches up).
   * @throws RangeError if `clock() - epoch` is negative or does not fit in 41 bits.
   */
  nextId(): bigint {
    throw new Error("not implemented");
  }
}

/**
 * Splits an id into its fields. `timestamp` is absolute: `epoch` (default {@link DEFAULT_EPOCH})
 * is added back.
 */
export function parseSnowflake(id: bigint, epoch: number = DEFAULT_EPOCH): SnowflakeParts {
  throw new Error("not implemented");
}
