/** A data segment. Sequence numbers count segments from 0. */
export interface Segment {
  seq: number;
  payload: string;
}

/** Options for {@link SlidingWindowSender}. */
export interface SenderOptions {
  /** Maximum unacknowledged segments, integer >= 1. */
  windowSize: number;
  /** Initial retransmission timeout in ms (> 0); doubled on every retransmission of a segment. */
  timeoutMs: number;
}

function requireWindow(windowSize: number): void {
  if (!Number.isInteger(windowSize) || windowSize < 1) {
    throw new RangeError(`windowSize must be an integer >= 1, got ${windowSize}`);
  }
}

interface InFlight {
  payload: string;
  deadline: number;
  retransmissions: number;
}

export class SlidingWindowSender {
  private readonly windowSize: number;
  private readonly timeoutMs: number;
  private readonly queue: string[] = [];
  /** Unacknowledged segments by seq; always exactly base..nextSeq-1. */
  private readonly inFlightSegments = new Map<number, InFlight>();
  private base = 0;
  private nextSeq = 0;

  constructor(options: SenderOptions) {
    requireWindow(options.windowSize);
    if (!(options.timeoutMs > 0)) throw new RangeError(`timeoutMs must be > 0, got ${options.timeoutMs}`);
    this.windowSize = options.windowSize;
    this.timeoutMs = options.timeoutMs;
  }

  enqueue(payloads: string[]): void {
    this.queue.push(...payloads);
  }

  poll(now: number): Segment[] {
    const out: Segment[] = [];
    for (let seq = this.base; seq < this.nextSeq; seq++) {
      const segment = this.inFlightSegments.get(seq)!;
      if (now >= segment.deadline) {
        segment.retransmissions += 1;
        segment.deadline = now + this.timeoutMs * 2 ** segment.retransmissions;
        out.push({ seq, payload: segment.payload });
      }
    }
    while (this.queue.length > 0 && this.nextSeq < this.base + this.windowSize) {
      const payload = this.queue.shift()!;
      this.inFlightSegments.set(this.nextSeq, { payload, deadline: now + this.timeoutMs, retransmissions: 0 });
      out.push({ seq: this.nextSeq, payload });
      this.nextSeq += 1;
    }
    return out;
  }

  onAck(ack: number): void {
    if (ack > this.nextSeq) throw new RangeError(`ack ${ack} acknowledges data never sent (next seq ${this.nextSeq})`);
    for (; this.base < ack; this.base++) this.inFlightSegments.delete(this.base);
  }

  inFlight(): number {
    return this.nextSeq - this.base;
  }

  isDone(): boolean {
    return this.queue.length === 0 && this.base === this.nextSeq;
  }
}

export class SlidingWindowReceiver {
  private readonly windowSize: number;
  private expected = 0;
  private readonly buffer = new Map<number, string>();
  private readonly output: string[] = [];

  constructor(windowSize: number) {
    requireWindow(windowSize);
    this.windowSize = windowSize;
  }

  receive(segment: Segment): number {
    const { seq, payload } = segment;
    if (seq >= this.expected && seq < this.expected + this.windowSize) {
      this.buffer.set(seq, payload);
      while (this.buffer.has(this.expected)) {
        this.output.push(this.buffer.get(this.expected)!);
        this.buffer.delete(this.expected);
        this.expected += 1;
      }
    }
    return this.expected;
  }

  delivered(): string[] {
    return [...this.output];
  }
}
