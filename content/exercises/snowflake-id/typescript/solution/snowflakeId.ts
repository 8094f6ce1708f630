/** Twitter's Snowflake epoch, 2010-11-04T01:42:54.657Z, in Unix milliseconds. */
export const DEFAULT_EPOCH = 1288834974657;

/** Bits for the millisecond timestamp (relative to the epoch). */
export const TIMESTAMP_BITS = 41;
/** Bits for the worker id: worker ids are 0..1023. */
export const WORKER_ID_BITS = 10;
/** Bits for the per-millisecond sequence: sequence numbers are 0..4095. */
export const SEQUENCE_BITS = 12;

const MAX_WORKER_ID = 2 ** WORKER_ID_BITS - 1;
const MAX_SEQUENCE = 2 ** SEQUENCE_BITS - 1;
const TIMESTAMP_LIMIT = 2 ** TIMESTAMP_BITS;
const WORKER_SHIFT = BigInt(SEQUENCE_BITS);
const TIMESTAMP_SHIFT = BigInt(SEQUENCE_BITS + WORKER_ID_BITS);

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
  private readonly workerId: number;
  private readonly clock: () => number;
  private readonly epoch: number;
  private lastTimestamp = -1;
  private sequence = 0;

  constructor(options: SnowflakeOptions) {
    const { workerId, clock, epoch = DEFAULT_EPOCH } = options;
    if (!Number.isInteger(workerId) || workerId < 0 || workerId > MAX_WORKER_ID) {
      throw new RangeError(`workerId must be an integer in 0..${MAX_WORKER_ID}, got ${workerId}`);
    }
    this.workerId = workerId;
    this.clock = clock;
    this.epoch = epoch;
  }

  nextId(): bigint {
    let now = this.readClock();
    if (now < this.lastTimestamp) {
      throw new ClockMovedBackwardsError(this.lastTimestamp, now);
    }
    if (now === this.lastTimestamp) {
      if (this.sequence === MAX_SEQUENCE) {
        // This millisecond is used up: wait for the clock to move on.
        while (now <= this.lastTimestamp) {
          now = this.readClock();
        }
        this.sequence = 0;
      } else {
        this.sequence += 1;
      }
    } else {
      this.sequence = 0;
    }
    this.lastTimestamp = now;
    return (
      (BigInt(now - this.epoch) << TIMESTAMP_SHIFT) |
      (BigInt(this.workerId) << WORKER_SHIFT) |
      BigInt(this.sequence)
    );
  }

  private readClock(): number {
    const now = this.clock();
    const elapsed = now - this.epoch;
    if (elapsed < 0 || elapsed >= TIMESTAMP_LIMIT) {
      throw new RangeError(`clock reading ${now} is outside the 41-bit range of epoch ${this.epoch}`);
    }
    return now;
  }
}

export function parseSnowflake(id: bigint, epoch: number = DEFAULT_EPOCH): SnowflakeParts {
  return {
    timestamp: Number(id >> TIMESTAMP_SHIFT) + epoch,
    workerId: Number((id >> WORKER_SHIFT) & BigInt(MAX_WORKER_ID)),
    sequence: Number(id & BigInt(MAX_SEQUENCE)),
  };
}
