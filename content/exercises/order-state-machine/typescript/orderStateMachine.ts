export type OrderState = "created" | "paid" | "shipped" | "delivered" | "cancelled" | "refunded";
export type OrderEvent = "pay" | "ship" | "deliver" | "cancel" | "refund";

/** Extra data some events need. */
export interface EventData {
  /** For "pay": must equal the order total. */
  amount?: number;
  /** For "ship": must be a non-empty string. */
  trackingNumber?: string;
}

/** One entry of the order's history. */
export interface Transition {
  from: OrderState;
  to: OrderState;
  event: OrderEvent;
  at: number;
}

/** How long after delivery a refund is allowed: 30 days, in ms (inclusive). */
export const REFUND_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

/** The event has no transition from the current state. Provided. */
export class IllegalTransitionError extends Error {
  readonly from: OrderState;
  readonly event: OrderEvent;

  constructor(from: OrderState, event: OrderEvent) {
    super(`cannot ${event} an order that is ${from}`);
    this.name = "IllegalTransitionError";
    this.from = from;
    this.event = event;
  }
}

/** The transition exists but its guard refused it. Provided. */
export class GuardRejectedError extends Error {
  readonly event: OrderEvent;
  readonly reason: string;

  constructor(event: OrderEvent, reason: string) {
    super(`${event} rejected: ${reason}`);
    this.name = "GuardRejectedError";
    this.event = event;
    this.reason = reason;
  }
}

/**
 * An order as a finite state machine:
 * created --pay--> paid --ship--> shipped --deliver--> delivered --refund--> refunded,
 * and created/paid --cancel--> cancelled. cancelled and refunded are terminal.
 */
export class Order {
  /** @throws RangeError if total is not > 0. */
  constructor(id: string, total: number) {
    throw new Error("not implemented");
  }

  get state(): OrderState {
    throw new Error("not implemented");
  }

  /** A copy of every transition so far, oldest first. */
  get history(): Transition[] {
    throw new Error("not implemented");
  }

  /** Events with a transition from the current state, in the order pay, ship, deliver, cancel, refund. */
  allowedEvents(): OrderEvent[] {
    throw new Error("not implemented");
  }

  /**
   * Applies `event` at time `at` and returns the new state. On any error nothing changes.
   * @throws RangeError if `at` is earlier than the last transition's time.
   * @throws IllegalTransitionError if the current state has no transition for `event`.
   * @throws GuardRejectedError if pay's amount differs from the total, ship has no tracking number,
   *   or refund comes more than REFUND_WINDOW_MS after delivery.
   */
  apply(event: OrderEvent, at: number, data: EventData = {}): OrderState {
    throw new Error("not implemented");
  }
}
