// Typed, line-aware reading of YAML mappings: every problem names the line of the offending key.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { ContentProblem } from "./types";

export interface ParsedYaml {
  /** The plain JS value, or undefined when the document failed to parse. */
  value: unknown;
  doc: Document.Parsed;
  lineOf(node: Node | null | undefined): number;
}

/**
 * Parses YAML text. `firstLine` is the 1-based line in the file where the text starts (front matter
 * starts after the opening `---`), so reported lines are file lines.
 */
export function parseYaml(text: string, file: string, firstLine: number, problems: ContentProblem[]): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (node: Node | null | undefined): number => {
    const offset = node?.range?.[0];
    return offset === undefined ? firstLine : lineCounter.linePos(offset).line + firstLine - 1;
  };
  for (const error of doc.errors) {
    const line = error.linePos?.[0]?.line ?? 1;
    problems.push({ file, line: line + firstLine - 1, message: `invalid YAML: ${error.message.split("\n")[0]}` });
  }
  return { value: doc.errors.length ? undefined : doc.toJS(), doc, lineOf };
}

/** Reads fields of one YAML mapping, recording a problem for each missing or mistyped field. */
export class FieldReader {
  constructor(
    private readonly map: Node | null | undefined,
    private readonly parsed: ParsedYaml,
    readonly file: string,
    private readonly problems: ContentProblem[],
    private readonly fallbackLine: number,
  ) {}

  private node(key: string): Node | undefined {
    if (!isMap(this.map)) return undefined;
    const pair = this.map.items.find((item) => isScalar(item.key) && item.key.value === key);
    return (pair?.value as Node | undefined) ?? undefined;
  }

  lineOfKey(key: string): number {
    if (!isMap(this.map)) return this.fallbackLine;
    const pair = this.map.items.find((item) => isScalar(item.key) && item.key.value === key);
    return pair ? this.parsed.lineOf(pair.key as Node) : this.lineOfMap();
  }

  lineOfMap(): number {
    return isMap(this.map) ? this.parsed.lineOf(this.map) : this.fallbackLine;
  }

  report(key: string, message: string): void {
    this.problems.push({ file: this.file, line: this.lineOfKey(key), message });
  }

  keys(): string[] {
    if (!isMap(this.map)) return [];
    return this.map.items.flatMap((item) => (isScalar(item.key) ? [String(item.key.value)] : []));
  }

  rejectUnknownKeys(allowed: readonly string[]): void {
    for (const key of this.keys()) {
      if (!allowed.includes(key)) this.report(key, `unknown field "${key}" (allowed: ${allowed.join(", ")})`);
    }
  }

  string(key: string, options: { pattern?: RegExp; patternName?: string; optional?: boolean } = {}): string {
    const node = this.node(key);
    if (node === undefined) {
      if (!options.optional) this.report(key, `missing required field "${key}"`);
      return "";
    }
    if (!isScalar(node) || typeof node.value !== "string" || node.value.trim() === "") {
      this.report(key, `"${key}" must be a non-empty string`);
      return "";
    }
    if (options.pattern && !options.pattern.test(node.value)) {
      this.report(key, `"${key}" must be ${options.patternName ?? `of the form ${options.pattern}`}, got "${node.value}"`);
    }
    return node.value;
  }

  integer(key: string, min: number, max: number): number {
    const node = this.node(key);
    if (node === undefined) {
      this.report(key, `missing required field "${key}"`);
      return min;
    }
    const value = isScalar(node) ? node.value : undefined;
    if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
      this.report(key, `"${key}" must be a whole number from ${min} to ${max}`);
      return min;
    }
    return value;
  }

  oneOf<T extends string>(key: string, allowed: readonly T[]): T {
    const value = this.string(key);
    if (value && !(allowed as readonly string[]).includes(value)) {
      this.report(key, `"${key}" must be one of ${allowed.join(" | ")}, got "${value}"`);
      return allowed[0];
    }
    return (value || allowed[0]) as T;
  }

  stringList(key: string, options: { pattern?: RegExp; optional?: boolean; minItems?: number } = {}): string[] {
    const node = this.node(key);
    if (node === undefined) {
      if (!options.optional) this.report(key, `missing required field "${key}" (a list; write [] for none)`);
      return [];
    }
    if (!isSeq(node)) {
      this.report(key, `"${key}" must be a list`);
      return [];
    }
    const result: string[] = [];
    for (const item of node.items) {
      const raw = isScalar(item) ? item.value : undefined;
      // A bare number (`429`) is meant as text in lists such as keywords.
      const value = typeof raw === "number" ? String(raw) : raw;
      if (typeof value !== "string" || value.trim() === "") {
        this.problems.push({ file: this.file, line: this.parsed.lineOf(item as Node), message: `"${key}" items must be non-empty strings` });
      } else if (options.pattern && !options.pattern.test(value)) {
        this.problems.push({ file: this.file, line: this.parsed.lineOf(item as Node), message: `"${key}" item "${value}" must be kebab-case` });
      } else {
        result.push(value);
      }
    }
    if (options.minItems !== undefined && result.length < options.minItems) {
      this.report(key, `"${key}" needs at least ${options.minItems} items, has ${result.length}`);
    }
    const seen = new Set<string>();
    for (const value of result) {
      if (seen.has(value)) this.report(key, `"${key}" lists "${value}" twice`);
      seen.add(value);
    }
    return result;
  }
}
