/**
 * 32-bit FNV-1a hash of the UTF-8 bytes of `text`, as an unsigned integer.
 * Provided (identical in the Python version); do not change it.
 */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A targeting rule: users whose `attribute` is one of `oneOf` are in a `percentage` rollout. */
export interface TargetingRule {
  attribute: string;
  oneOf: string[];
  /** Integer 0..100. */
  percentage: number;
}

/** One flag's configuration. */
export interface FlagConfig {
  key: string;
  /** Integer 0..100, for users no rule matches. */
  rolloutPercentage: number;
  /** Always on for these user ids (unless denied or killed). */
  allowUsers?: string[];
  /** Always off for these user ids. */
  denyUsers?: string[];
  /** Checked in order; the first match decides. */
  rules?: TargetingRule[];
  /** Kill switch: off for everyone. Default false. */
  killed?: boolean;
}

export interface User {
  id: string;
  attributes?: Record<string, string>;
}

export function bucket(flagKey: string, userId: string): number {
  return fnv1a32(`${flagKey}:${userId}`) % 100;
}

function requirePercentage(value: number, where: string): void {
  if (!Number.isInteger(value) || value < 0 || value > 100) {
    throw new RangeError(`${where}: percentage must be an integer from 0 to 100, got ${value}`);
  }
}

interface Flag {
  config: FlagConfig;
  killed: boolean;
  allow: Set<string>;
  deny: Set<string>;
}

export class FeatureFlags {
  private readonly flags = new Map<string, Flag>();

  constructor(flags: FlagConfig[]) {
    for (const config of flags) {
      if (this.flags.has(config.key)) throw new RangeError(`duplicate flag key ${config.key}`);
      requirePercentage(config.rolloutPercentage, config.key);
      for (const rule of config.rules ?? []) requirePercentage(rule.percentage, `${config.key} rule`);
      this.flags.set(config.key, {
        config,
        killed: config.killed ?? false,
        allow: new Set(config.allowUsers ?? []),
        deny: new Set(config.denyUsers ?? []),
      });
    }
  }

  isEnabled(flagKey: string, user: User): boolean {
    const flag = this.flags.get(flagKey);
    if (!flag || flag.killed || flag.deny.has(user.id)) return false;
    if (flag.allow.has(user.id)) return true;
    const userBucket = bucket(flagKey, user.id);
    const rule = (flag.config.rules ?? []).find((candidate) => {
      const value = user.attributes?.[candidate.attribute];
      return value !== undefined && candidate.oneOf.includes(value);
    });
    return userBucket < (rule ? rule.percentage : flag.config.rolloutPercentage);
  }

  setKilled(flagKey: string, killed: boolean): void {
    const flag = this.flags.get(flagKey);
    if (!flag) throw new RangeError(`unknown flag ${flagKey}`);
    flag.killed = killed;
  }
}
