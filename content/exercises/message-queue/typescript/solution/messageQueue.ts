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

/** A message a group still owes. */
interface Owed {
  id: number;
  body: string;
  attempts: number;
  invisibleUntil: number;
  receipt: string | null;
}

interface Group {
  /** Keyed by message id; insertion order is id order because ids only grow. */
  owed: Map<number, Owed>;
  dead: DeadLetter[];
}

/**
 * An at-least-once message queue with consumer groups (each group gets every message published
 * after it was created), visibility timeouts, acks and a dead-letter list per group.
 */
export class MessageQueue {
  private readonly groups = new Map<string, Group>();
  private readonly receipts = new Map<string, { group: Group; id: number }>();
  private lastId = 0;
  private lastReceipt = 0;

  constructor(
    private readonly visibilityTimeoutMs: number,
    private readonly maxDeliveries: number,
    private readonly clock: () => number,
  ) {
    if (!Number.isFinite(visibilityTimeoutMs) || visibilityTimeoutMs <= 0) {
      throw new RangeError(`visibilityTimeoutMs must be a finite number > 0, got ${visibilityTimeoutMs}`);
    }
    if (!Number.isInteger(maxDeliveries) || maxDeliveries < 1) {
      throw new RangeError(`maxDeliveries must be an integer >= 1, got ${maxDeliveries}`);
    }
  }

  createGroup(group: string): void {
    if (!this.groups.has(group)) this.groups.set(group, { owed: new Map(), dead: [] });
  }

  publish(body: string): number {
    const id = ++this.lastId;
    for (const group of this.groups.values()) {
      group.owed.set(id, { id, body, attempts: 0, invisibleUntil: Number.NEGATIVE_INFINITY, receipt: null });
    }
    return id;
  }

  receive(groupName: string, max = 1): Delivery[] {
    if (!Number.isInteger(max) || max < 1) throw new RangeError(`max must be an integer >= 1, got ${max}`);
    const group = this.group(groupName);
    const now = this.sweep(group);
    const deliveries: Delivery[] = [];
    for (const message of group.owed.values()) {
      if (deliveries.length === max) break;
      if (message.invisibleUntil > now) continue;
      message.attempts += 1;
      message.invisibleUntil = now + this.visibilityTimeoutMs;
      message.receipt = `r${++this.lastReceipt}`;
      this.receipts.set(message.receipt, { group, id: message.id });
      deliveries.push({ id: message.id, body: message.body, attempt: message.attempts, receipt: message.receipt });
    }
    return deliveries;
  }

  ack(receipt: string): boolean {
    const found = this.current(receipt);
    if (found === null) return false;
    found.group.owed.delete(found.message.id);
    return true;
  }

  nack(receipt: string): boolean {
    const found = this.current(receipt);
    if (found === null) return false;
    found.message.invisibleUntil = this.clock();
    this.sweep(found.group); // dead-letters it at once if it has no attempts left
    return true;
  }

  depth(group: string): number {
    const g = this.group(group);
    this.sweep(g);
    return g.owed.size;
  }

  deadLetters(group: string): DeadLetter[] {
    const g = this.group(group);
    this.sweep(g);
    return g.dead.map((letter) => ({ ...letter }));
  }

  private group(name: string): Group {
    const group = this.groups.get(name);
    if (group === undefined) throw new UnknownGroupError(`unknown group "${name}"`);
    return group;
  }

  /** The owed message whose latest delivery is this receipt, after sweeping its group. */
  private current(receipt: string): { group: Group; message: Owed } | null {
    const target = this.receipts.get(receipt);
    if (target === undefined) return null;
    this.sweep(target.group);
    const message = target.group.owed.get(target.id);
    return message !== undefined && message.receipt === receipt ? { group: target.group, message } : null;
  }

  /** Moves visible messages that used up their deliveries to the dead-letter list. Returns now. */
  private sweep(group: Group): number {
    const now = this.clock();
    for (const message of group.owed.values()) {
      if (message.invisibleUntil <= now && message.attempts >= this.maxDeliveries) {
        group.owed.delete(message.id);
        group.dead.push({ id: message.id, body: message.body, attempts: message.attempts });
      }
    }
    return now;
  }
}
