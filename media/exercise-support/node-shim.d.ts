// Type declarations for the small part of Node's API that exercises may use.
// Backend Interview Prep writes this file next to every TypeScript exercise so the editor
// type-checks `node:test`, `node:assert/strict` and `node:crypto` with nothing installed
// (no @types/node, no npm install). Keep it in step with docs/content-format.md.

declare module "node:test" {
  interface TestContext {
    readonly name: string;
    diagnostic(message: string): void;
  }
  type TestFn = (t: TestContext) => void | Promise<void>;
  type SuiteFn = () => void | Promise<void>;
  interface TestOptions {
    timeout?: number;
  }
  function test(name: string, fn: TestFn): Promise<void>;
  function test(name: string, options: TestOptions, fn: TestFn): Promise<void>;
  namespace test {
    export { test, it, describe, before, after, beforeEach, afterEach };
  }
  function it(name: string, fn: TestFn): Promise<void>;
  function it(name: string, options: TestOptions, fn: TestFn): Promise<void>;
  function describe(name: string, fn: SuiteFn): Promise<void>;
  function before(fn: () => void | Promise<void>): void;
  function after(fn: () => void | Promise<void>): void;
  function beforeEach(fn: () => void | Promise<void>): void;
  function afterEach(fn: () => void | Promise<void>): void;
  export default test;
  export { test, it, describe, before, after, beforeEach, afterEach };
}

declare module "node:assert/strict" {
  type ErrorMatcher = RegExp | (new (...args: any[]) => Error) | ((error: unknown) => boolean) | object;
  function assert(value: unknown, message?: string | Error): asserts value;
  namespace assert {
    class AssertionError extends Error {
      actual: unknown;
      expected: unknown;
      operator: string;
      constructor(options: { message?: string; actual?: unknown; expected?: unknown; operator?: string });
    }
    function ok(value: unknown, message?: string | Error): asserts value;
    function equal<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T;
    function notEqual(actual: unknown, expected: unknown, message?: string | Error): void;
    function strictEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T;
    function notStrictEqual(actual: unknown, expected: unknown, message?: string | Error): void;
    function deepEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T;
    function notDeepEqual(actual: unknown, expected: unknown, message?: string | Error): void;
    function deepStrictEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T;
    function notDeepStrictEqual(actual: unknown, expected: unknown, message?: string | Error): void;
    function throws(fn: () => unknown, expected?: ErrorMatcher, message?: string | Error): void;
    function doesNotThrow(fn: () => unknown, message?: string | Error): void;
    function rejects(
      promiseOrFn: Promise<unknown> | (() => Promise<unknown>),
      expected?: ErrorMatcher,
      message?: string | Error,
    ): Promise<void>;
    function doesNotReject(
      promiseOrFn: Promise<unknown> | (() => Promise<unknown>),
      message?: string | Error,
    ): Promise<void>;
    function match(value: string, regexp: RegExp, message?: string | Error): void;
    function doesNotMatch(value: string, regexp: RegExp, message?: string | Error): void;
    function fail(message?: string | Error): never;
  }
  export = assert;
}

declare module "node:crypto" {
  type BinaryToTextEncoding = "hex" | "base64" | "base64url";
  interface Hash {
    update(data: string | Uint8Array): Hash;
    digest(): Buffer;
    digest(encoding: BinaryToTextEncoding): string;
  }
  function createHash(algorithm: "sha1" | "sha256" | "sha512" | "md5"): Hash;
  function createHmac(algorithm: "sha256" | "sha512", key: string | Uint8Array): Hash;
  function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean;
  function randomBytes(size: number): Buffer;
  function randomUUID(): string;
}

type BufferEncoding = "utf8" | "utf-8" | "hex" | "base64" | "base64url" | "ascii" | "latin1" | "binary";

declare class Buffer extends Uint8Array {
  static from(data: string, encoding?: BufferEncoding): Buffer;
  static from(data: Uint8Array | readonly number[]): Buffer;
  static alloc(size: number, fill?: number): Buffer;
  static concat(list: readonly Uint8Array[], totalLength?: number): Buffer;
  static byteLength(value: string, encoding?: BufferEncoding): number;
  static isBuffer(value: unknown): value is Buffer;
  toString(encoding?: BufferEncoding): string;
  equals(other: Uint8Array): boolean;
  readUInt32BE(offset?: number): number;
  writeUInt32BE(value: number, offset?: number): number;
}

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}

interface AbortSignal {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: "abort", listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: "abort", listener: () => void): void;
  throwIfAborted(): void;
}
declare class AbortController {
  readonly signal: AbortSignal;
  abort(reason?: unknown): void;
}

interface Console {
  log(...data: unknown[]): void;
  error(...data: unknown[]): void;
  warn(...data: unknown[]): void;
}
declare const console: Console;

type TimerHandle = { readonly __timerHandle: unique symbol };
declare function setTimeout(callback: (...args: unknown[]) => void, ms?: number): TimerHandle;
declare function clearTimeout(handle: TimerHandle | undefined): void;
declare function setImmediate(callback: () => void): unknown;
declare function queueMicrotask(callback: () => void): void;
declare function structuredClone<T>(value: T): T;
