import { test } from "node:test";
import assert from "node:assert/strict";
import {
  GuardRejectedError,
  IllegalTransitionError,
  Order,
  REFUND_WINDOW_MS,
  type OrderEvent,
  type OrderState,
} from "./orderStateMachine";

const TOTAL = 4_999;

/** An order driven to `state` through the happy path (or cancelled right away). */
function orderIn(state: OrderState): Order {
  const order = new Order("o-1", TOTAL);
  if (state === "created") return order;
  if (state === "cancelled") {
    order.apply("cancel", 10);
    return order;
  }
  order.apply("pay", 10, { amount: TOTAL });
  if (state === "paid") return order;
  order.apply("ship", 20, { trackingNumber: "1Z999" });
  if (state === "shipped") return order;
  order.apply("deliver", 30);
  if (state === "delivered") return order;
  order.apply("refund", 40);
  return order;
}

function assertIllegal(order: Order, event: OrderEvent): void {
  const before = { state: order.state, history: order.history };
  assert.throws(
    () => order.apply(event, 1_000, { amount: TOTAL, trackingNumber: "1Z999" }),
    (error: unknown) => error instanceof IllegalTransitionError && error.from === before.state && error.event === event,
  );
  assert.deepEqual({ state: order.state, history: order.history }, before);
}

test("starts as created with an empty history", () => {
  const order = new Order("o-1", TOTAL);
  assert.equal(order.state, "created");
  assert.deepEqual(order.history, []);
  assert.deepEqual(order.allowedEvents(), ["pay", "cancel"]);
});

test("follows the happy path and records every transition in its history", () => {
  const order = new Order("o-1", TOTAL);
  assert.equal(order.apply("pay", 100, { amount: TOTAL }), "paid");
  assert.equal(order.apply("ship", 200, { trackingNumber: "1Z999" }), "shipped");
  assert.equal(order.apply("deliver", 300), "delivered");
  assert.equal(order.state, "delivered");
  assert.deepEqual(order.history, [
    { from: "created", to: "paid", event: "pay", at: 100 },
    { from: "paid", to: "shipped", event: "ship", at: 200 },
    { from: "shipped", to: "delivered", event: "deliver", at: 300 },
  ]);
});

test("throws IllegalTransitionError for an event the current state does not allow and changes nothing", () => {
  assertIllegal(orderIn("created"), "ship");
  assertIllegal(orderIn("created"), "deliver");
  assertIllegal(orderIn("created"), "refund");
  assertIllegal(orderIn("shipped"), "pay");
  assertIllegal(orderIn("delivered"), "ship");
});

test("accepts no event at all in the terminal states", () => {
  for (const state of ["cancelled", "refunded"] as const) {
    const order = orderIn(state);
    assert.deepEqual(order.allowedEvents(), []);
    for (const event of ["pay", "ship", "deliver", "cancel", "refund"] as const) assertIllegal(order, event);
  }
});

test("rejects a payment for the wrong amount with GuardRejectedError and accepts the right one afterwards", () => {
  const order = new Order("o-1", TOTAL);
  assert.throws(
    () => order.apply("pay", 10, { amount: TOTAL - 1 }),
    (error: unknown) => error instanceof GuardRejectedError && error.event === "pay",
  );
  assert.throws(() => order.apply("pay", 10), GuardRejectedError);
  assert.equal(order.state, "created");
  assert.deepEqual(order.history, []);
  assert.equal(order.apply("pay", 20, { amount: TOTAL }), "paid");
});

test("rejects shipping without a tracking number", () => {
  const order = orderIn("paid");
  assert.throws(() => order.apply("ship", 50), GuardRejectedError);
  assert.throws(() => order.apply("ship", 50, { trackingNumber: "" }), GuardRejectedError);
  assert.equal(order.state, "paid");
  assert.equal(order.history.length, 1);
});

test("allows cancelling before shipping but not after", () => {
  assert.equal(orderIn("created").apply("cancel", 50), "cancelled");
  const paid = orderIn("paid");
  assert.equal(paid.apply("cancel", 50), "cancelled");
  assert.deepEqual(paid.history[1], { from: "paid", to: "cancelled", event: "cancel", at: 50 });
  assertIllegal(orderIn("shipped"), "cancel");
  assertIllegal(orderIn("delivered"), "cancel");
});

test("allows a refund up to exactly 30 days after delivery and not later", () => {
  const late = orderIn("delivered"); // delivered at 30
  assert.throws(() => late.apply("refund", 30 + REFUND_WINDOW_MS + 1), GuardRejectedError);
  assert.equal(late.state, "delivered");
  assert.equal(orderIn("delivered").apply("refund", 30 + REFUND_WINDOW_MS), "refunded");
});

test("treats a second payment as an illegal transition, not a guard failure", () => {
  assertIllegal(orderIn("paid"), "pay");
  // The transition is checked before the guard: a wrong amount or a missing tracking
  // number on an illegal event still reports the illegal transition.
  assert.throws(() => orderIn("paid").apply("pay", 1_000, { amount: 1 }), IllegalTransitionError);
  assert.throws(() => orderIn("created").apply("ship", 1_000), IllegalTransitionError);
});

test("lists the allowed events of every state in a fixed order", () => {
  const expected: Record<OrderState, OrderEvent[]> = {
    created: ["pay", "cancel"],
    paid: ["ship", "cancel"],
    shipped: ["deliver"],
    delivered: ["refund"],
    cancelled: [],
    refunded: [],
  };
  for (const [state, events] of Object.entries(expected) as [OrderState, OrderEvent[]][]) {
    assert.deepEqual(orderIn(state).allowedEvents(), events, state);
  }
});

test("returns a copy of its history", () => {
  const order = orderIn("paid");
  const history = order.history;
  history.push({ from: "paid", to: "refunded", event: "refund", at: 99 });
  history[0].to = "refunded";
  assert.deepEqual(order.history, [{ from: "created", to: "paid", event: "pay", at: 10 }]);
});

test("rejects an event timed before the last transition with RangeError", () => {
  const order = orderIn("paid"); // paid at 10
  assert.throws(() => order.apply("ship", 9, { trackingNumber: "1Z999" }), RangeError);
  assert.equal(order.state, "paid");
  assert.equal(order.apply("ship", 10, { trackingNumber: "1Z999" }), "shipped");
});

test("rejects an order total that is not positive with RangeError", () => {
  assert.throws(() => new Order("o-1", 0), RangeError);
  assert.throws(() => new Order("o-1", -5), RangeError);
});
