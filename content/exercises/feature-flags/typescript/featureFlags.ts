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

/** The user's stable bucket for a flag, 0..99: fnv1a32(`${flagKey}:${userId}`) % 100. */
export function bucket(flagKey: string, userId: string): number {
  throw new Error("not implemented");
}

/** Evaluates feature flags. */
export class FeatureFlags {
  /**
   * @throws RangeError for a percentage that is not an integer 0..100, or duplicate flag keys.
   */
  constructor(flags: FlagConfig[]) {
    throw new Error("not implemented");
  }

  /**
   * In order: unknown flag → false; killed → false; in denyUsers → false; in allowUsers → true;
   * first matching rule → bucket < rule.percentage; otherwise bucket < rolloutPercentage.
   */
  isEnabled(flagKey: string, user: User): boolean {
    throw new Error("not implemented");
  }

  /** Turns the kill switch on or off. @throws RangeError for an unknown flag. */
  setKilled(flagKey: string, killed: boolean): void {
    throw new Error("not implemented");
  }
}
