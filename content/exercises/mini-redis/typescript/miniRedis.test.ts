import { test } from "node:test";
import assert from "node:assert/strict";
import { MiniRedis } from "./miniRedis";

// RESP2 helpers to keep the expectations readable.
const OK = "+OK\r\n";
const NIL = "$-1\r\n";
const int = (n: number | string) => `:${n}\r\n`;
const bulk = (s: string) => `$${s.length}\r\n${s}\r\n`;
const arr = (...items: string[]) => `*${items.length}\r\n${items.join("")}`;
const message = (channel: string, payload: string) => arr(bulk("message"), bulk(channel), bulk(payload));

function fakeClock(start = 0) {
  const clock = { now: start, read: () => clock.now };
  return clock;
}

function server(maxKeys = 100) {
  const clock = fakeClock();
  const redis = new MiniRedis(maxKeys, clock.read);
  return { clock, redis, c: redis.connect() };
}

test("PING replies PONG and command names are case-insensitive", () => {
  const { c } = server();
  assert.equal(c.execute("PING"), "+PONG\r\n");
  assert.equal(c.execute("ping"), "+PONG\r\n");
  assert.equal(c.execute("set Key Value"), OK);
  assert.equal(c.execute("GET Key"), bulk("Value"));
  assert.equal(c.execute("GET key"), NIL);
});

test("SET stores a value that GET returns as a bulk string, and overwrites", () => {
  const { redis, c } = server();
  assert.equal(c.execute("GET user:1"), NIL);
  assert.equal(c.execute("SET user:1 ada"), OK);
  assert.equal(c.execute("GET user:1"), bulk("ada"));
  assert.equal(c.execute("SET   user:1   grace"), OK);
  assert.equal(redis.connect().execute("GET user:1"), bulk("grace"));
  assert.equal(c.execute("DBSIZE"), int(1));
});

test("DEL and EXISTS count the keys they find", () => {
  const { c } = server();
  c.execute("SET a 1");
  c.execute("SET b 2");
  assert.equal(c.execute("EXISTS a b missing"), int(2));
  assert.equal(c.execute("EXISTS a a"), int(2));
  assert.equal(c.execute("DEL a missing"), int(1));
  assert.equal(c.execute("DEL a"), int(0));
  assert.equal(c.execute("GET a"), NIL);
  assert.equal(c.execute("DBSIZE"), int(1));
});

test("a key set with EX or PX disappears at its deadline", () => {
  const { clock, c } = server();
  assert.equal(c.execute("SET session abc EX 10"), OK);
  assert.equal(c.execute("SET token xyz PX 1500"), OK);
  clock.now = 1499;
  assert.equal(c.execute("GET token"), bulk("xyz"));
  clock.now = 1500;
  assert.equal(c.execute("GET token"), NIL);
  assert.equal(c.execute("EXISTS token"), int(0));
  assert.equal(c.execute("DBSIZE"), int(1));
  clock.now = 9999;
  assert.equal(c.execute("GET session"), bulk("abc"));
  clock.now = 10_000;
  assert.equal(c.execute("GET session"), NIL);
  assert.equal(c.execute("DBSIZE"), int(0));
});

test("TTL and PTTL report the time left, -1 without expiry and -2 for a missing key", () => {
  const { clock, c } = server();
  c.execute("SET s v EX 10");
  c.execute("SET forever v");
  clock.now = 1500;
  assert.equal(c.execute("TTL s"), int(9)); // 8.5 s rounds half up too
  clock.now = 2400;
  assert.equal(c.execute("PTTL s"), int(7600));
  assert.equal(c.execute("TTL s"), int(8));
  clock.now = 2500;
  assert.equal(c.execute("TTL s"), int(8)); // 7.5 s rounds half up
  clock.now = 2501;
  assert.equal(c.execute("TTL s"), int(7));
  assert.equal(c.execute("TTL forever"), int(-1));
  assert.equal(c.execute("PTTL forever"), int(-1));
  assert.equal(c.execute("TTL missing"), int(-2));
  clock.now = 10_000;
  assert.equal(c.execute("PTTL s"), int(-2));
});

test("a plain SET clears the TTL, INCR keeps it and EXPIRE sets it", () => {
  const { clock, c } = server();
  c.execute("SET a 1 EX 5");
  c.execute("SET a 2");
  assert.equal(c.execute("TTL a"), int(-1));
  c.execute("SET n 10 PX 3000");
  assert.equal(c.execute("INCR n"), int(11));
  assert.equal(c.execute("PTTL n"), int(3000));
  assert.equal(c.execute("EXPIRE a 2"), int(1));
  assert.equal(c.execute("EXPIRE missing 2"), int(0));
  assert.equal(c.execute("EXISTS missing"), int(0));
  clock.now = 2000;
  assert.equal(c.execute("GET a"), NIL);
  c.execute("SET b 1");
  assert.equal(c.execute("EXPIRE b 0"), int(1));
  assert.equal(c.execute("GET b"), NIL);
});

test("INCR starts from zero and is shared by every connection", () => {
  const { redis, c } = server();
  const other = redis.connect();
  assert.equal(c.execute("INCR visits"), int(1));
  assert.equal(other.execute("INCR visits"), int(2));
  for (let i = 0; i < 50; i++) {
    c.execute("INCR visits");
    other.execute("INCR visits");
  }
  assert.equal(c.execute("GET visits"), bulk("102"));
  c.execute("SET negative -5");
  assert.equal(other.execute("INCR negative"), int(-4));
});

test("INCR rejects values that are not 64-bit integers and leaves them unchanged", () => {
  const { c } = server();
  for (const value of ["abc", "1.5", "+1", "007", "9223372036854775807"]) {
    c.execute(`SET k ${value}`);
    assert.ok(c.execute("INCR k").startsWith("-ERR"), `INCR of ${value}`);
    assert.equal(c.execute("GET k"), bulk(value));
  }
  c.execute("SET k 9223372036854775806");
  assert.equal(c.execute("INCR k"), int("9223372036854775807"));
});

test("a new key beyond maxKeys evicts the least recently used key", () => {
  const { c } = server(3);
  c.execute("SET a 1");
  c.execute("SET b 2");
  c.execute("SET c 3");
  c.execute("GET a"); // b is now the least recently used
  c.execute("SET d 4");
  assert.equal(c.execute("EXISTS a b c d"), int(3));
  assert.equal(c.execute("GET b"), NIL);
  c.execute("INCR c"); // order of use: a, d, c
  c.execute("INCR e");
  assert.equal(c.execute("GET a"), NIL);
  assert.equal(c.execute("DBSIZE"), int(3));
});

test("EXISTS and TTL do not count as a use and overwriting a key never evicts", () => {
  const { c } = server(2);
  c.execute("SET a 1");
  c.execute("SET b 2");
  assert.equal(c.execute("EXISTS a"), int(1));
  assert.equal(c.execute("TTL a"), int(-1));
  c.execute("SET b 20"); // overwrite: nothing evicted, b becomes most recent
  assert.equal(c.execute("DBSIZE"), int(2));
  c.execute("SET c 3"); // a is still the least recently used
  assert.equal(c.execute("GET a"), NIL);
  assert.equal(c.execute("GET b"), bulk("20"));
  c.execute("EXPIRE b 100"); // a use of b, so c is least recent now
  c.execute("SET d 4");
  assert.equal(c.execute("GET c"), NIL);
  assert.equal(c.execute("EXISTS b d"), int(2));
});

test("expired keys are dropped before a live key is evicted", () => {
  const { clock, c } = server(2);
  c.execute("SET old 1 PX 100"); // least recently used, and about to expire
  c.execute("SET keep 2");
  c.execute("GET old"); // now keep is the least recently used live key
  clock.now = 100;
  c.execute("SET new 3");
  assert.equal(c.execute("GET keep"), bulk("2"));
  assert.equal(c.execute("GET new"), bulk("3"));
  assert.equal(c.execute("DBSIZE"), int(2));
});

test("PUBLISH delivers to every subscriber of the channel and counts them", () => {
  const { redis, c } = server();
  const alice = redis.connect();
  const bob = redis.connect();
  assert.equal(
    alice.execute("SUBSCRIBE news sport"),
    arr(bulk("subscribe"), bulk("news"), int(1)) + arr(bulk("subscribe"), bulk("sport"), int(2)),
  );
  assert.equal(bob.execute("SUBSCRIBE news"), arr(bulk("subscribe"), bulk("news"), int(1)));
  assert.equal(c.execute("PUBLISH news hello"), int(2));
  assert.equal(c.execute("PUBLISH sport goal"), int(1));
  assert.equal(c.execute("PUBLISH weather rain"), int(0));
  assert.deepEqual(alice.drain(), [message("news", "hello"), message("sport", "goal")]);
  assert.deepEqual(bob.drain(), [message("news", "hello")]);
  assert.deepEqual(c.drain(), []);
  assert.deepEqual(alice.drain(), []);
});

test("after UNSUBSCRIBE a connection receives nothing more from that channel", () => {
  const { redis, c } = server();
  const listener = redis.connect();
  listener.execute("SUBSCRIBE a b");
  assert.equal(listener.execute("UNSUBSCRIBE a"), arr(bulk("unsubscribe"), bulk("a"), int(1)));
  assert.equal(c.execute("PUBLISH a one"), int(0));
  assert.equal(c.execute("PUBLISH b two"), int(1));
  assert.deepEqual(listener.drain(), [message("b", "two")]);
  c.execute("SUBSCRIBE b");
  assert.equal(c.execute("PUBLISH b three"), int(2));
  assert.deepEqual(c.drain(), [message("b", "three")]);
});

test("unknown commands, wrong arity and bad options reply with an error and change nothing", () => {
  const { c } = server();
  c.execute("SET k v");
  for (const line of ["FLY me", "GET", "GET a b", "SET k", "DEL", "SET k w EX 0", "SET k w EX ten", "SET k w PX -5", "SET k w KEEP 5", "INCR", "EXPIRE k soon", "PUBLISH ch"]) {
    assert.ok(c.execute(line).startsWith("-ERR"), line);
  }
  assert.equal(c.execute("GET k"), bulk("v"));
  assert.equal(c.execute("TTL k"), int(-1));
});

test("rejects a maxKeys that is not a positive integer", () => {
  const clock = fakeClock();
  assert.throws(() => new MiniRedis(0, clock.read), RangeError);
  assert.throws(() => new MiniRedis(-1, clock.read), RangeError);
  assert.throws(() => new MiniRedis(2.5, clock.read), RangeError);
});
