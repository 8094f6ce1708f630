/** The number of events of one key in one window [windowStart, windowEnd). */
export interface WindowCount {
  key: string;
  windowStart: number;
  windowEnd: number;
  count: number;
}

/**
 * Counts events per key in event-time tumbling windows of `windowMs`.
 *
 * watermark = largest accepted event time - maxOutOfOrdernessMs. A window is closed once
 * windowEnd <= watermark; events for a closed window are dropped as late.
 */
export class TumblingWindowCounter {
  /**
   * @param windowMs window length; finite and > 0.
   * @param maxOutOfOrdernessMs how far behind the newest event an event may be and still count; finite, >= 0.
   * @throws RangeError on invalid arguments.
   */
  constructor(windowMs: number, maxOutOfOrdernessMs: number) {
    throw new Error("not implemented");
  }

  /**
   * Counts the event in its window and returns true, or returns false (and counts it as dropped)
   * if that window is already closed.
   * @throws RangeError if eventTime is not finite.
   */
  add(key: string, eventTime: number): boolean {
    throw new Error("not implemented");
  }

  /** Largest accepted event time minus maxOutOfOrdernessMs; -Infinity before the first event. */
  watermark(): number {
    throw new Error("not implemented");
  }

  /** The windows closed since the last emit, sorted by windowStart then key; each is returned once. */
  emit(): WindowCount[] {
    throw new Error("not implemented");
  }

  /** Closes every open window (end of stream) and returns everything not yet emitted, sorted. */
  flush(): WindowCount[] {
    throw new Error("not implemented");
  }

  /** How many events were dropped as late. */
  droppedCount(): number {
    throw new Error("not implemented");
  }
}
