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

/** The sending end: bounded window, cumulative acks, per-segment retransmission timers. */
export class SlidingWindowSender {
  /** @throws RangeError if windowSize is not an integer >= 1 or timeoutMs <= 0. */
  constructor(options: SenderOptions) {
    throw new Error("not implemented");
  }

  /** Queues payloads to send, in order. */
  enqueue(payloads: string[]): void {
    throw new Error("not implemented");
  }

  /**
   * Segments to transmit at `now`, ascending by seq: in-flight segments whose deadline has passed
   * (now >= deadline; the k-th retransmission at r sets deadline r + timeoutMs * 2^k), then new
   * segments while fewer than windowSize are unacknowledged (first send at t: deadline t + timeoutMs).
   */
  poll(now: number): Segment[] {
    throw new Error("not implemented");
  }

  /**
   * Cumulative ack: every seq < ack is acknowledged. Acks <= the current base are ignored.
   * @throws RangeError if ack is greater than the next sequence number never sent.
   */
  onAck(ack: number): void {
    throw new Error("not implemented");
  }

  /** Sent, unacknowledged segments. */
  inFlight(): number {
    throw new Error("not implemented");
  }

  /** True when every enqueued payload has been acknowledged. */
  isDone(): boolean {
    throw new Error("not implemented");
  }
}

/** The receiving end: delivers in order, buffers out-of-order segments inside its window. */
export class SlidingWindowReceiver {
  /** @throws RangeError if windowSize is not an integer >= 1. */
  constructor(windowSize: number) {
    throw new Error("not implemented");
  }

  /**
   * Accepts a segment and returns the cumulative ack (the lowest seq not yet received).
   * Buffers expected <= seq < expected + windowSize; discards duplicates and segments beyond the window.
   */
  receive(segment: Segment): number {
    throw new Error("not implemented");
  }

  /** Payloads delivered to the application so far, in order (a copy). */
  delivered(): string[] {
    throw new Error("not implemented");
  }
}
