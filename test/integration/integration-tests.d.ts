// The virtual module scripts/vscode/buildHarness.mjs generates: requires every *.test.ts.
declare module 'integration-tests' {
  export function loadTests(): void;
}
