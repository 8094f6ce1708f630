/** One record in a partition. */
export interface LogRecord {
  partition: number;
  offset: number;
  key: string | null;
  value: string;
}

/** FNV-1a 32-bit hash of the UTF-8 bytes of the text, as an unsigned integer. Ready-made. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

function requireCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be an integer >= 1, got ${value}`);
}

/**
 * A Kafka-style topic: `partitions` append-only logs with per-partition offsets from 0, keyed
 * partitioning (fnv1a32(key) % partitions; null keys round-robin) and committed offsets per
 * consumer group.
 */
export class PartitionedLog {
  private readonly logs: LogRecord[][];
  /** group -> partition -> next offset to read */
  private readonly committed = new Map<string, Map<number, number>>();
  private nextRoundRobin = 0;

  constructor(partitions: number) {
    requireCount("partitions", partitions);
    this.logs = Array.from({ length: partitions }, () => []);
  }

  partitionFor(key: string): number {
    return fnv1a32(key) % this.logs.length;
  }

  append(key: string | null, value: string): { partition: number; offset: number } {
    let partition: number;
    if (key === null) {
      partition = this.nextRoundRobin;
      this.nextRoundRobin = (this.nextRoundRobin + 1) % this.logs.length;
    } else {
      partition = this.partitionFor(key);
    }
    const log = this.logs[partition];
    const offset = log.length; // the offset is the index in the partition
    log.push({ partition, offset, key, value });
    return { partition, offset };
  }

  read(partition: number, fromOffset: number, max: number): LogRecord[] {
    const log = this.partition(partition);
    if (!Number.isInteger(fromOffset) || fromOffset < 0) {
      throw new RangeError(`fromOffset must be an integer >= 0, got ${fromOffset}`);
    }
    requireCount("max", max);
    return log.slice(fromOffset, fromOffset + max).map((record) => ({ ...record }));
  }

  endOffset(partition: number): number {
    return this.partition(partition).length;
  }

  committedOffset(group: string, partition: number): number {
    this.partition(partition);
    return this.committed.get(group)?.get(partition) ?? 0;
  }

  consumer(group: string, partitions: number[]): Consumer {
    for (const p of partitions) this.partition(p);
    return new Consumer(this, group, partitions);
  }

  /** @internal */
  commitOffset(group: string, partition: number, offset: number): void {
    const offsets = this.committed.get(group) ?? new Map<number, number>();
    offsets.set(partition, offset);
    this.committed.set(group, offsets);
  }

  private partition(partition: number): LogRecord[] {
    const log = Number.isInteger(partition) ? this.logs[partition] : undefined;
    if (log === undefined) throw new RangeError(`no partition ${partition}`);
    return log;
  }
}

/** Reads assigned partitions for a consumer group. Created by PartitionedLog.consumer(). */
export class Consumer {
  private readonly positions = new Map<number, number>();

  /** Created by PartitionedLog.consumer(); not meant to be called directly. */
  constructor(
    private readonly log: PartitionedLog,
    private readonly group: string,
    private readonly partitions: number[],
  ) {
    for (const p of partitions) this.positions.set(p, log.committedOffset(group, p));
  }

  poll(max = 100): LogRecord[] {
    requireCount("max", max);
    const records: LogRecord[] = [];
    for (const p of this.partitions) {
      if (records.length === max) break;
      const batch = this.log.read(p, this.position(p), max - records.length);
      records.push(...batch);
      this.positions.set(p, this.position(p) + batch.length);
    }
    return records;
  }

  commit(): void {
    for (const [p, offset] of this.positions) this.log.commitOffset(this.group, p, offset);
  }

  seek(partition: number, offset: number): void {
    this.position(partition);
    if (!Number.isInteger(offset) || offset < 0 || offset > this.log.endOffset(partition)) {
      throw new RangeError(`offset ${offset} is outside 0..${this.log.endOffset(partition)}`);
    }
    this.positions.set(partition, offset);
  }

  position(partition: number): number {
    const position = this.positions.get(partition);
    if (position === undefined) throw new RangeError(`partition ${partition} is not assigned to this consumer`);
    return position;
  }
}
