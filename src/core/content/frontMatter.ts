// Splits a guide file into its YAML front matter and markdown body, keeping line numbers.

export interface FrontMatterSplit {
  /** YAML text between the `---` fences, or undefined when the file has none. */
  yaml: string | undefined;
  /** 1-based file line where the YAML text starts. */
  yamlFirstLine: number;
  body: string;
  /** 1-based file line where the body starts. */
  bodyFirstLine: number;
}

export function splitFrontMatter(text: string): FrontMatterSplit {
  const normalized = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const lines = normalized.split("\n");
  if (lines[0]?.trim() !== "---") {
    return { yaml: undefined, yamlFirstLine: 1, body: normalized, bodyFirstLine: 1 };
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === "---");
  if (close === -1) {
    return { yaml: undefined, yamlFirstLine: 2, body: normalized, bodyFirstLine: 1 };
  }
  return {
    yaml: lines.slice(1, close).join("\n"),
    yamlFirstLine: 2,
    body: lines.slice(close + 1).join("\n"),
    bodyFirstLine: close + 2,
  };
}
