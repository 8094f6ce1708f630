/** Returns the current time in milliseconds. Tests pass a fake clock they move by hand. */
export type Clock = () => number;

/**
 * A tiny Redis-like server: a keyspace of strings shared by all its connections, with TTLs read
 * from the injected clock, at most `maxKeys` keys (least recently used evicted first) and pub/sub.
 */
export class MiniRedis {
  /**
   * @param maxKeys the most keys the server holds; an integer >= 1.
   * @param clock returns the current time in milliseconds.
   * @throws RangeError if maxKeys is not an integer >= 1.
   */
  constructor(maxKeys: number, clock: Clock) {
    throw new Error("not implemented");
  }

  /** Opens a new client connection to this server. */
  connect(): Connection {
    throw new Error("not implemented");
  }
}

/** One client connection: runs commands and collects the pub/sub messages sent to it. */
export class Connection {
  /** Created by MiniRedis.connect(); not meant to be called directly. */
  constructor(server: MiniRedis) {
    throw new Error("not implemented");
  }

  /**
   * Runs one command line (name case-insensitive, arguments split on spaces) and returns the
   * RESP2-encoded reply: +simple, -ERR error, :integer, $bulk, $-1 (nil) or *array.
   * Supports PING, SET [EX|PX], GET, DEL, EXISTS, INCR, EXPIRE, TTL, PTTL, DBSIZE, SUBSCRIBE,
   * UNSUBSCRIBE and PUBLISH (see the README for each reply).
   */
  execute(line: string): string {
    throw new Error("not implemented");
  }

  /** The RESP-encoded pub/sub messages (*3 message, channel, payload) received since the last drain. */
  drain(): string[] {
    throw new Error("not implemented");
  }
}
