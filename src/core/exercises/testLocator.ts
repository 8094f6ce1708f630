// Finds the test cases in exercise test files, with their source lines, without running anything.
// TypeScript: `describe`/`test`/`it` calls with a literal name; Python: unittest methods.

export interface LocatedTest {
  /** Matches the runner's result ids: "Suite > test name" (TypeScript) or "module.Class.test_method" (Python). */
  id: string;
  /** What the editor shows. */
  label: string;
  /** 0-based line. */
  line: number;
  children: LocatedTest[];
  kind: "suite" | "test";
}

/**
 * Scans TypeScript source for node:test calls. Strings, template literals and comments are skipped,
 * so a `test(` inside a string is not a test. Nesting comes from the parenthesis depth of describe calls.
 */
export function locateTypeScriptTests(source: string): LocatedTest[] {
  const roots: LocatedTest[] = [];
  const stack: Array<{ node: LocatedTest; depth: number }> = [];
  let depth = 0;
  let line = 0;
  let i = 0;
  const n = source.length;
  const readString = (quote: string): string | undefined => {
    // i is at the opening quote; returns the literal's value (undefined for templates with ${}).
    let value = "";
    let j = i + 1;
    let dynamic = false;
    while (j < n && source[j] !== quote) {
      if (source[j] === "\\" && j + 1 < n) {
        const next = source[j + 1];
        value += next === "n" ? "\n" : next === "t" ? "\t" : next;
        j += 2;
        continue;
      }
      if (quote === "`" && source[j] === "$" && source[j + 1] === "{") dynamic = true;
      if (source[j] === "\n") line++;
      value += source[j];
      j++;
    }
    i = j + 1;
    return dynamic ? undefined : value;
  };
  while (i < n) {
    const ch = source[i];
    if (ch === "\n") {
      line++;
      i++;
    } else if (ch === "/" && source[i + 1] === "/") {
      while (i < n && source[i] !== "\n") i++;
    } else if (ch === "/" && source[i + 1] === "*") {
      i += 2;
      while (i < n && !(source[i] === "*" && source[i + 1] === "/")) {
        if (source[i] === "\n") line++;
        i++;
      }
      i += 2;
    } else if (ch === '"' || ch === "'" || ch === "`") {
      readString(ch);
    } else if (ch === "(") {
      depth++;
      i++;
    } else if (ch === ")") {
      depth--;
      while (stack.length && stack[stack.length - 1].depth > depth) stack.pop();
      i++;
    } else if (/[A-Za-z_$]/.test(ch)) {
      let j = i;
      while (j < n && /[\w$.]/.test(source[j])) j++;
      const word = source.slice(i, j);
      const callLine = line;
      i = j;
      const match = /^(?:(?:node:)?test\.)?(describe|test|it|suite)(?:\.(?:only|skip|todo))?$/.exec(word);
      if (!match || (j - word.length > 0 && source[j - word.length - 1] === ".")) continue;
      let k = i;
      while (k < n && /\s/.test(source[k])) k++;
      if (source[k] !== "(") continue;
      k++;
      while (k < n && /\s/.test(source[k])) {
        if (source[k] === "\n") line++;
        k++;
      }
      const quote = source[k];
      if (quote !== '"' && quote !== "'" && quote !== "`") continue;
      depth++; // the call's opening parenthesis
      i = k;
      const name = readString(quote);
      if (name === undefined) continue;
      const parent = stack[stack.length - 1]?.node;
      const kind = match[1] === "describe" || match[1] === "suite" ? "suite" : "test";
      const id = parent ? `${parent.id} > ${name}` : name;
      const node: LocatedTest = { id, label: name, line: callLine, children: [], kind };
      (parent ? parent.children : roots).push(node);
      if (kind === "suite") stack.push({ node, depth });
    } else {
      i++;
    }
  }
  return roots;
}

/** unittest test methods grouped by TestCase class; ids are `module.Class.method`. */
export function locatePythonTests(source: string, moduleName: string): LocatedTest[] {
  const roots: LocatedTest[] = [];
  let current: { node: LocatedTest; indent: number } | undefined;
  source.split(/\r?\n/).forEach((text, line) => {
    const classMatch = /^(\s*)class\s+([A-Za-z_]\w*)\s*(\(([^)]*)\))?\s*:/.exec(text);
    if (classMatch) {
      const indent = classMatch[1].length;
      const bases = classMatch[4] ?? "";
      if (indent === 0 && /TestCase/.test(bases)) {
        const node: LocatedTest = { id: `${moduleName}.${classMatch[2]}`, label: classMatch[2], line, children: [], kind: "suite" };
        roots.push(node);
        current = { node, indent };
      } else if (indent === 0) {
        current = undefined;
      }
      return;
    }
    if (current && /^\S/.test(text) && !text.startsWith("#")) current = undefined;
    const methodMatch = /^(\s+)(?:async\s+)?def\s+(test\w*)\s*\(/.exec(text);
    if (current && methodMatch) {
      const method = methodMatch[2];
      current.node.children.push({
        id: `${current.node.id}.${method}`,
        label: method.replace(/^test_/, "").replace(/_/g, " "),
        line,
        children: [],
        kind: "test",
      });
    }
  });
  return roots;
}
