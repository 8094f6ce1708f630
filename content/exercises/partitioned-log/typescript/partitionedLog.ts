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

/**
 * A Kafka-style topic: `partitions` append-only logs with per-partition offsets from 0, keyed
 * partitioning (fnv1a32(key) % partitions; null keys round-robin) and committed offsets per
 * consumer group.
 */
export class PartitionedLog {
  /** @throws RangeError if partitions is not an integer >= 1. */
  constructor(partitions: number) {
    throw new Error("not implemented");
  }

  /** The partition a keyed record goes to: fnv1a32(key) % partitions. */
  partitionFor(key: string): number {
    throw new Error("not implemented");
  }

  /** Appends a record (null key: round-robin from partition 0) and returns where it went. */
  append(key: string | null, value: string): { partition: number; offset: number } {
    throw new Error("not implemented");
  }

  /**
   * Up to `max` records of the partition from fromOffset on, in offset order.
   * @throws RangeError for an unknown partition, a negative fromOffset or max not an integer >= 1.
   */
  read(partition: number, fromOffset: number, max: number): LogRecord[] {
    throw new Error("not implemented");
  }

  /** The offset the next record appended to the partition will get. @throws RangeError */
  endOffset(partition: number): number {
    throw new Error("not implemented");
  }

  /** The group's committed offset for the partition (the next offset to read); 0 if none. */
  committedOffset(group: string, partition: number): number {
    throw new Error("not implemented");
  }

  /**
   * A consumer of the group for the given partitions, starting at the group's committed offsets.
   * @throws RangeError if a partition does not exist.
   */
  consumer(group: string, partitions: number[]): Consumer {
    throw new Error("not implemented");
  }
}

/** Reads assigned partitions for a consumer group. Created by PartitionedLog.consumer(). */
export class Consumer {
  /** Created by PartitionedLog.consumer(); not meant to be called directly. */
  constructor(log: PartitionedLog, group: string, partitions: number[]) {
    throw new Error("not implemented");
  }

  /**
   * Up to `max` records from the current positions, walking the assigned partitions in the order
   * given and taking everything available from one before the next. Advances the positions.
   * @throws RangeError if max is not an integer >= 1.
   */
  poll(max = 100): LogRecord[] {
    throw new Error("not implemented");
  }

  /** Stores the current positions of the assigned partitions as the group's committed offsets. */
  commit(): void {
    throw new Error("not implemented");
  }

  /**
   * Moves the position of an assigned partition (for replay). Does not commit.
   * @throws RangeError if the partition is not assigned or offset is outside 0..endOffset.
   */
  seek(partition: number, offset: number): void {
    throw new Error("not implemented");
  }

  /** The next offset this consumer will read from the partition. @throws RangeError if not assigned. */
  position(partition: number): number {
    throw new Error("not implemented");
  }
}
