/** The number of events of one key in one window [windowStart, windowEnd). */
export interface WindowCount {
  key: string;
  windowStart: number;
  windowEnd: number;
  count: number;
}

function byStartThenKey(a: WindowCount, b: WindowCount): number {
  if (a.windowStart !== b.windowStart) return a.windowStart - b.windowStart;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * Counts events per key in event-time tumbling windows of `windowMs`.
 *
 * watermark = largest accepted event time - maxOutOfOrdernessMs. A window is closed once
 * windowEnd <= watermark; events for a closed window are dropped as late.
 */
export class TumblingWindowCounter {
  /** Open windows, keyed by `${windowStart}|${key}`. */
  private readonly open = new Map<string, WindowCount>();
  private closed: WindowCount[] = [];
  private maxEventTime = Number.NEGATIVE_INFINITY;
  private dropped = 0;

  constructor(
    private readonly windowMs: number,
    private readonly maxOutOfOrdernessMs: number,
  ) {
    if (!Number.isFinite(windowMs) || windowMs <= 0) {
      throw new RangeError(`windowMs must be a finite number > 0, got ${windowMs}`);
    }
    if (!Number.isFinite(maxOutOfOrdernessMs) || maxOutOfOrdernessMs < 0) {
      throw new RangeError(`maxOutOfOrdernessMs must be a finite number >= 0, got ${maxOutOfOrdernessMs}`);
    }
  }

  add(key: string, eventTime: number): boolean {
    if (!Number.isFinite(eventTime)) throw new RangeError(`eventTime must be finite, got ${eventTime}`);
    const windowStart = Math.floor(eventTime / this.windowMs) * this.windowMs;
    const windowEnd = windowStart + this.windowMs;
    if (windowEnd <= this.watermark()) {
      this.dropped += 1;
      return false;
    }
    const id = `${windowStart}|${key}`;
    const window = this.open.get(id) ?? { key, windowStart, windowEnd, count: 0 };
    window.count += 1;
    this.open.set(id, window);
    this.maxEventTime = Math.max(this.maxEventTime, eventTime);
    this.closeUpTo(this.watermark());
    return true;
  }

  watermark(): number {
    return this.maxEventTime - this.maxOutOfOrdernessMs;
  }

  emit(): WindowCount[] {
    const result = this.closed.sort(byStartThenKey);
    this.closed = [];
    return result;
  }

  flush(): WindowCount[] {
    this.closeUpTo(Number.POSITIVE_INFINITY);
    return this.emit();
  }

  droppedCount(): number {
    return this.dropped;
  }

  private closeUpTo(watermark: number): void {
    for (const [id, window] of this.open) {
      if (window.windowEnd <= watermark) {
        this.open.delete(id);
        this.closed.push(window);
      }
    }
  }
}
