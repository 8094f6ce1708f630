/** One delivery of a message to a group. */
export interface Delivery {
  id: number;
  body: string;
  /** How many times this group has delivered the message, this delivery included. */
  attempt: number;
  /** Opaque, unique across the queue; identifies this delivery for ack/nack. */
  receipt: string;
}

/** A message a group gave up on after maxDeliveries attempts. */
export interface DeadLetter {
  id: number;
  body: string;
  attempts: number;
}

/** The group was never created. */
export class UnknownGroupError extends Error {
  override name = "UnknownGroupError";
}

/**
 * An at-least-once message queue with consumer groups (each group gets every message published
 * after it was created), visibility timeouts, acks and a dead-letter list per group.
 */
export class MessageQueue {
  /**
   * @param visibilityTimeoutMs how long a received message stays hidden from its group; finite, > 0.
   * @param maxDeliveries deliveries per group before a message is dead-lettered; an integer >= 1.
   * @param clock returns the current time in milliseconds.
   * @throws RangeError on an invalid visibilityTimeoutMs or maxDeliveries.
   */
  constructor(visibilityTimeoutMs: number, maxDeliveries: number, clock: () => number) {
    throw new Error("not implemented");
  }

  /** Creates a consumer group that will receive every message published from now on. No-op if it exists. */
  createGroup(group: string): void {
    throw new Error("not implemented");
  }

  /** Adds a message for every existing group and returns its id (1, 2, 3, ...). */
  publish(body: string): number {
    throw new Error("not implemented");
  }

  /**
   * Up to `max` messages visible in the group, lowest id first; each is hidden from the group for
   * visibilityTimeoutMs and gets a new receipt.
   * @throws UnknownGroupError if the group was never created.
   * @throws RangeError if max is not an integer >= 1.
   */
  receive(group: string, max = 1): Delivery[] {
    throw new Error("not implemented");
  }

  /**
   * Removes the message from its group if the receipt is its latest delivery and it is still owed.
   * Returns whether it did.
   */
  ack(receipt: string): boolean {
    throw new Error("not implemented");
  }

  /**
   * Makes the message visible again at once (the attempt still counts), under the same receipt
   * rule as ack. Returns whether it did.
   */
  nack(receipt: string): boolean {
    throw new Error("not implemented");
  }

  /** Messages the group still owes: waiting or in flight. @throws UnknownGroupError */
  depth(group: string): number {
    throw new Error("not implemented");
  }

  /** The group's dead-lettered messages, in the order they were dead-lettered. @throws UnknownGroupError */
  deadLetters(group: string): DeadLetter[] {
    throw new Error("not implemented");
  }
}
