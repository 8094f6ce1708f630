import { test } from "node:test";
import assert from "node:assert/strict";
import { FeatureFlags, bucket, type FlagConfig } from "./featureFlags";

const users = Array.from({ length: 1_000 }, (_, i) => ({ id: `user-${i}` }));

function enabledIds(flags: FeatureFlags, key: string): Set<string> {
  return new Set(users.filter((user) => flags.isEnabled(key, user)).map((user) => user.id));
}

function single(config: Partial<FlagConfig> = {}): FeatureFlags {
  return new FeatureFlags([{ key: "new-checkout", rolloutPercentage: 0, ...config }]);
}

test("buckets a user by FNV-1a of flag key and user id, modulo 100", () => {
  assert.equal(bucket("new-checkout", "user-1"), 63);
  assert.equal(bucket("new-checkout", "user-2"), 82);
  assert.equal(bucket("new-checkout", "user-42"), 26);
  assert.equal(bucket("dark-mode", "user-1"), 58);
  assert.equal(bucket("dark-mode", "ünïcode"), 37);
});

test("gives the same answer for a user every time, across instances", () => {
  const config: FlagConfig = { key: "new-checkout", rolloutPercentage: 50 };
  const first = enabledIds(new FeatureFlags([config]), "new-checkout");
  const second = enabledIds(new FeatureFlags([config]), "new-checkout");
  assert.deepEqual([...second], [...first]);
  assert.deepEqual([...enabledIds(new FeatureFlags([config]), "new-checkout")], [...first]);
});

test("enables nobody at 0% and everybody at 100%", () => {
  assert.equal(enabledIds(single({ rolloutPercentage: 0 }), "new-checkout").size, 0);
  assert.equal(enabledIds(single({ rolloutPercentage: 100 }), "new-checkout").size, 1_000);
});

test("enables about the configured share of users", () => {
  const count = enabledIds(single({ rolloutPercentage: 30 }), "new-checkout").size;
  assert.ok(count >= 250 && count <= 350, `${count} of 1000 users at 30%`);
  assert.equal(single({ rolloutPercentage: 30 }).isEnabled("new-checkout", { id: "user-42" }), true);
  assert.equal(single({ rolloutPercentage: 30 }).isEnabled("new-checkout", { id: "user-1" }), false);
});

test("only adds users as the percentage grows", () => {
  const at20 = enabledIds(single({ rolloutPercentage: 20 }), "new-checkout");
  const at50 = enabledIds(single({ rolloutPercentage: 50 }), "new-checkout");
  for (const id of at20) assert.ok(at50.has(id), `${id} lost the feature when the rollout grew`);
  assert.ok(at50.size > at20.size);
});

test("rolls different flags out to different users", () => {
  const flags = new FeatureFlags([
    { key: "new-checkout", rolloutPercentage: 50 },
    { key: "dark-mode", rolloutPercentage: 50 },
  ]);
  const checkout = enabledIds(flags, "new-checkout");
  const darkMode = enabledIds(flags, "dark-mode");
  const overlap = [...checkout].filter((id) => darkMode.has(id)).length;
  assert.ok(overlap < checkout.size * 0.75, `the two flags share ${overlap} of ${checkout.size} users`);
});

test("enables allow-listed users even at 0%", () => {
  const flags = single({ rolloutPercentage: 0, allowUsers: ["user-1", "qa-bot"] });
  assert.equal(flags.isEnabled("new-checkout", { id: "qa-bot" }), true);
  assert.equal(flags.isEnabled("new-checkout", { id: "user-1" }), true);
  assert.equal(flags.isEnabled("new-checkout", { id: "user-2" }), false);
});

test("disables deny-listed users even at 100% and even when they are also allow-listed", () => {
  const flags = single({ rolloutPercentage: 100, allowUsers: ["user-7"], denyUsers: ["user-7", "user-8"] });
  assert.equal(flags.isEnabled("new-checkout", { id: "user-7" }), false);
  assert.equal(flags.isEnabled("new-checkout", { id: "user-8" }), false);
  assert.equal(flags.isEnabled("new-checkout", { id: "user-9" }), true);
});

test("lets the first matching targeting rule decide and falls back to the default rollout", () => {
  const flags = single({
    rolloutPercentage: 0,
    rules: [
      { attribute: "plan", oneOf: ["internal"], percentage: 0 },
      { attribute: "country", oneOf: ["DE", "AT"], percentage: 100 },
    ],
  });
  assert.equal(flags.isEnabled("new-checkout", { id: "user-1", attributes: { country: "AT" } }), true);
  assert.equal(flags.isEnabled("new-checkout", { id: "user-1", attributes: { country: "FR" } }), false);
  assert.equal(flags.isEnabled("new-checkout", { id: "user-1", attributes: { country: "DE", plan: "internal" } }), false);
  assert.equal(flags.isEnabled("new-checkout", { id: "user-1" }), false);
});

test("applies a rule's own percentage to the users it matches", () => {
  const flags = single({ rolloutPercentage: 100, rules: [{ attribute: "plan", oneOf: ["free"], percentage: 30 }] });
  assert.equal(flags.isEnabled("new-checkout", { id: "user-42", attributes: { plan: "free" } }), true); // bucket 26
  assert.equal(flags.isEnabled("new-checkout", { id: "user-1", attributes: { plan: "free" } }), false); // bucket 63
  assert.equal(flags.isEnabled("new-checkout", { id: "user-1", attributes: { plan: "pro" } }), true);
});

test("turns a flag off for everyone with the kill switch and back on when it is released", () => {
  const flags = single({ rolloutPercentage: 100, allowUsers: ["qa-bot"] });
  flags.setKilled("new-checkout", true);
  assert.equal(flags.isEnabled("new-checkout", { id: "qa-bot" }), false);
  assert.equal(enabledIds(flags, "new-checkout").size, 0);
  flags.setKilled("new-checkout", false);
  assert.equal(flags.isEnabled("new-checkout", { id: "qa-bot" }), true);
  assert.equal(enabledIds(flags, "new-checkout").size, 1_000);
  assert.equal(single({ rolloutPercentage: 100, killed: true }).isEnabled("new-checkout", { id: "user-1" }), false);
});

test("treats an unknown flag as disabled", () => {
  assert.equal(single({ rolloutPercentage: 100 }).isEnabled("no-such-flag", { id: "user-1" }), false);
});

test("rejects invalid percentages, duplicate keys and unknown kill-switch keys with RangeError", () => {
  assert.throws(() => single({ rolloutPercentage: 101 }), RangeError);
  assert.throws(() => single({ rolloutPercentage: -1 }), RangeError);
  assert.throws(() => single({ rolloutPercentage: 12.5 }), RangeError);
  assert.throws(() => single({ rules: [{ attribute: "plan", oneOf: ["x"], percentage: 150 }] }), RangeError);
  assert.throws(
    () => new FeatureFlags([{ key: "a", rolloutPercentage: 1 }, { key: "a", rolloutPercentage: 2 }]),
    RangeError,
  );
  assert.throws(() => single().setKilled("no-such-flag", true), RangeError);
});
