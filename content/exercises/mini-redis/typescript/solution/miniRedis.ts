/** Returns the current time in milliseconds. Tests pass a fake clock they move by hand. */
export type Clock = () => number;

// --- RESP2 encoding ---------------------------------------------------------------------------
const CRLF = "\r\n";
const simple = (text: string) => `+${text}${CRLF}`;
const error = (message: string) => `-ERR ${message}${CRLF}`;
const integer = (n: number | bigint) => `:${n}${CRLF}`;
const bulk = (data: string) => `$${Buffer.byteLength(data, "utf8")}${CRLF}${data}${CRLF}`;
const NIL = `$-1${CRLF}`;
const array = (items: string[]) => `*${items.length}${CRLF}${items.join("")}`;

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const NOT_AN_INTEGER = "value is not an integer or out of range";

/** Parses a strict base-10 signed 64-bit integer, as Redis does; null if it is not one. */
function parseInt64(text: string): bigint | null {
  if (!/^-?(0|[1-9][0-9]*)$/.test(text) || text === "-0") return null;
  const value = BigInt(text);
  return value < INT64_MIN || value > INT64_MAX ? null : value;
}

/** Parses a positive integer option such as EX 10; null if it is not one. */
function parsePositive(text: string): number | null {
  const value = parseInt64(text);
  return value === null || value <= 0n ? null : Number(value);
}

class CommandError extends Error {}

interface Entry {
  value: string;
  expiresAt: number | null;
}

/**
 * A tiny Redis-like server: a keyspace of strings shared by all its connections, with TTLs read
 * from the injected clock, at most `maxKeys` keys (least recently used evicted first) and pub/sub.
 */
export class MiniRedis {
  /** Insertion order is recency order: the first key is the least recently used. */
  private readonly keys = new Map<string, Entry>();
  private readonly channels = new Map<string, Set<Connection>>();

  constructor(
    private readonly maxKeys: number,
    private readonly clock: Clock,
  ) {
    if (!Number.isInteger(maxKeys) || maxKeys < 1) {
      throw new RangeError(`maxKeys must be an integer >= 1, got ${maxKeys}`);
    }
  }

  connect(): Connection {
    return new Connection(this);
  }

  /** @internal Runs one parsed command for a connection. */
  run(connection: Connection, name: string, args: string[]): string {
    const arity = (min: number, max = min) => {
      if (args.length < min || args.length > max) {
        throw new CommandError(`wrong number of arguments for '${name.toLowerCase()}' command`);
      }
    };
    switch (name.toUpperCase()) {
      case "PING":
        arity(0);
        return simple("PONG");
      case "SET":
        arity(2, 4);
        return this.set(args);
      case "GET": {
        arity(1);
        const entry = this.lookup(args[0], true);
        return entry === undefined ? NIL : bulk(entry.value);
      }
      case "DEL":
        arity(1, Infinity);
        return integer(args.filter((key) => this.lookup(key, false) !== undefined && this.keys.delete(key)).length);
      case "EXISTS":
        arity(1, Infinity);
        return integer(args.filter((key) => this.lookup(key, false) !== undefined).length);
      case "INCR":
        arity(1);
        return this.incr(args[0]);
      case "EXPIRE": {
        arity(2);
        const seconds = parseInt64(args[1]);
        if (seconds === null) throw new CommandError(NOT_AN_INTEGER);
        const entry = this.lookup(args[0], true);
        if (entry === undefined) return integer(0);
        if (seconds <= 0n) this.keys.delete(args[0]);
        else entry.expiresAt = this.clock() + Number(seconds) * 1000;
        return integer(1);
      }
      case "TTL":
      case "PTTL": {
        arity(1);
        const entry = this.lookup(args[0], false);
        if (entry === undefined) return integer(-2);
        if (entry.expiresAt === null) return integer(-1);
        const ms = Math.trunc(entry.expiresAt - this.clock());
        return integer(name.toUpperCase() === "PTTL" ? ms : Math.floor((ms + 500) / 1000));
      }
      case "DBSIZE":
        arity(0);
        this.purgeExpired();
        return integer(this.keys.size);
      case "SUBSCRIBE":
        arity(1, Infinity);
        return args.map((channel) => array([bulk("subscribe"), bulk(channel), integer(connection.subscribe(channel))])).join("");
      case "UNSUBSCRIBE":
        arity(1, Infinity);
        return args.map((channel) => array([bulk("unsubscribe"), bulk(channel), integer(connection.unsubscribe(channel))])).join("");
      case "PUBLISH": {
        arity(2);
        const subscribers = this.channels.get(args[0]) ?? new Set();
        const message = array([bulk("message"), bulk(args[0]), bulk(args[1])]);
        for (const subscriber of subscribers) subscriber.deliver(message);
        return integer(subscribers.size);
      }
      default:
        throw new CommandError(`unknown command '${name}'`);
    }
  }

  /** @internal */
  addSubscriber(channel: string, connection: Connection): void {
    const subscribers = this.channels.get(channel) ?? new Set();
    subscribers.add(connection);
    this.channels.set(channel, subscribers);
  }

  /** @internal */
  removeSubscriber(channel: string, connection: Connection): void {
    const subscribers = this.channels.get(channel);
    subscribers?.delete(connection);
    if (subscribers?.size === 0) this.channels.delete(channel);
  }

  private set(args: string[]): string {
    const [key, value, option, amount] = args;
    let expiresAt: number | null = null;
    if (option !== undefined) {
      const unit = option.toUpperCase() === "EX" ? 1000 : option.toUpperCase() === "PX" ? 1 : null;
      if (unit === null || amount === undefined) throw new CommandError("syntax error");
      const n = parsePositive(amount);
      if (n === null) throw new CommandError("invalid expire time in 'set' command");
      expiresAt = this.clock() + n * unit;
    }
    this.write(key, { value, expiresAt });
    return simple("OK");
  }

  private incr(key: string): string {
    const entry = this.lookup(key, true);
    const current = entry === undefined ? 0n : parseInt64(entry.value);
    if (current === null || current + 1n > INT64_MAX) throw new CommandError(NOT_AN_INTEGER);
    const next = current + 1n;
    this.write(key, { value: next.toString(), expiresAt: entry?.expiresAt ?? null });
    return integer(next);
  }

  /** The live entry for the key (deleting it if expired); a touch marks it most recently used. */
  private lookup(key: string, touch: boolean): Entry | undefined {
    const entry = this.keys.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt !== null && this.clock() >= entry.expiresAt) {
      this.keys.delete(key);
      return undefined;
    }
    if (touch) {
      this.keys.delete(key);
      this.keys.set(key, entry);
    }
    return entry;
  }

  /** Stores the entry as most recently used, evicting first if a new key would exceed maxKeys. */
  private write(key: string, entry: Entry): void {
    const isNew = !this.keys.has(key);
    this.keys.delete(key);
    if (isNew && this.keys.size >= this.maxKeys) {
      this.purgeExpired();
      while (this.keys.size >= this.maxKeys) {
        const leastRecent = this.keys.keys().next().value as string;
        this.keys.delete(leastRecent);
      }
    }
    this.keys.set(key, entry);
  }

  private purgeExpired(): void {
    const now = this.clock();
    for (const [key, entry] of this.keys) {
      if (entry.expiresAt !== null && now >= entry.expiresAt) this.keys.delete(key);
    }
  }
}

/** One client connection: runs commands and collects the pub/sub messages sent to it. */
export class Connection {
  private inbox: string[] = [];
  private readonly subscriptions = new Set<string>();

  /** Created by MiniRedis.connect(); not meant to be called directly. */
  constructor(private readonly server: MiniRedis) {}

  execute(line: string): string {
    const [name, ...args] = line.trim().split(/ +/);
    try {
      if (name === "") throw new CommandError("empty command");
      return this.server.run(this, name, args);
    } catch (e) {
      if (e instanceof CommandError) return error(e.message);
      throw e;
    }
  }

  drain(): string[] {
    const messages = this.inbox;
    this.inbox = [];
    return messages;
  }

  /** @internal Returns how many channels this connection is subscribed to afterwards. */
  subscribe(channel: string): number {
    this.subscriptions.add(channel);
    this.server.addSubscriber(channel, this);
    return this.subscriptions.size;
  }

  /** @internal Returns how many channels this connection is subscribed to afterwards. */
  unsubscribe(channel: string): number {
    this.subscriptions.delete(channel);
    this.server.removeSubscriber(channel, this);
    return this.subscriptions.size;
  }

  /** @internal */
  deliver(message: string): void {
    this.inbox.push(message);
  }
}
