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

const EVENT_ORDER: readonly OrderEvent[] = ["pay", "ship", "deliver", "cancel", "refund"];

/** state -> event -> next state. Terminal states have no row entries. */
const TRANSITIONS: Record<OrderState, Partial<Record<OrderEvent, OrderState>>> = {
  created: { pay: "paid", cancel: "cancelled" },
  paid: { ship: "shipped", cancel: "cancelled" },
  shipped: { deliver: "delivered" },
  delivered: { refund: "refunded" },
  cancelled: {},
  refunded: {},
};

export class Order {
  readonly id: string;
  readonly total: number;
  private current: OrderState = "created";
  private readonly transitions: Transition[] = [];

  constructor(id: string, total: number) {
    if (!(total > 0)) throw new RangeError(`total must be > 0, got ${total}`);
    this.id = id;
    this.total = total;
  }

  get state(): OrderState {
    return this.current;
  }

  get history(): Transition[] {
    return this.transitions.map((transition) => ({ ...transition }));
  }

  allowedEvents(): OrderEvent[] {
    const row = TRANSITIONS[this.current];
    return EVENT_ORDER.filter((event) => row[event] !== undefined);
  }

  apply(event: OrderEvent, at: number, data: EventData = {}): OrderState {
    const last = this.transitions[this.transitions.length - 1];
    if (last && at < last.at) {
      throw new RangeError(`event at ${at} is earlier than the last transition at ${last.at}`);
    }
    const next = TRANSITIONS[this.current][event];
    if (next === undefined) throw new IllegalTransitionError(this.current, event);
    this.checkGuard(event, at, data);
    this.transitions.push({ from: this.current, to: next, event, at });
    this.current = next;
    return next;
  }

  private checkGuard(event: OrderEvent, at: number, data: EventData): void {
    switch (event) {
      case "pay":
        if (data.amount !== this.total) {
          throw new GuardRejectedError(event, `amount ${data.amount} does not match the total ${this.total}`);
        }
        return;
      case "ship":
        if (typeof data.trackingNumber !== "string" || data.trackingNumber === "") {
          throw new GuardRejectedError(event, "a tracking number is required");
        }
        return;
      case "refund": {
        const delivered = this.transitions.find((transition) => transition.event === "deliver")!;
        if (at - delivered.at > REFUND_WINDOW_MS) {
          throw new GuardRejectedError(event, "the refund window has closed");
        }
        return;
      }
      default:
        return;
    }
  }
}
