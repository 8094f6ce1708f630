// Syntax highlighting with highlight.js core and only the languages the course uses (keeps the bundle small).
import hljs from "highlight.js/lib/core";
import bash from "highlight.js/lib/languages/bash";
import dockerfile from "highlight.js/lib/languages/dockerfile";
import go from "highlight.js/lib/languages/go";
import graphql from "highlight.js/lib/languages/graphql";
import http from "highlight.js/lib/languages/http";
import ini from "highlight.js/lib/languages/ini";
import java from "highlight.js/lib/languages/java";
import javascript from "highlight.js/lib/languages/javascript";
import json from "highlight.js/lib/languages/json";
import lua from "highlight.js/lib/languages/lua";
import nginx from "highlight.js/lib/languages/nginx";
import plaintext from "highlight.js/lib/languages/plaintext";
import protobuf from "highlight.js/lib/languages/protobuf";
import python from "highlight.js/lib/languages/python";
import rust from "highlight.js/lib/languages/rust";
import shell from "highlight.js/lib/languages/shell";
import sql from "highlight.js/lib/languages/sql";
import typescript from "highlight.js/lib/languages/typescript";
import xml from "highlight.js/lib/languages/xml";
import yaml from "highlight.js/lib/languages/yaml";
import diff from "highlight.js/lib/languages/diff";
import c from "highlight.js/lib/languages/c";
import cpp from "highlight.js/lib/languages/cpp";

const LANGUAGES = {
  bash,
  c,
  cpp,
  diff,
  dockerfile,
  go,
  graphql,
  http,
  ini,
  java,
  javascript,
  json,
  lua,
  nginx,
  plaintext,
  protobuf,
  python,
  rust,
  shell,
  sql,
  typescript,
  xml,
  yaml,
};
for (const [name, language] of Object.entries(LANGUAGES)) hljs.registerLanguage(name, language);

/** Fence names that are not highlight.js language names or aliases. */
const EXTRA_ALIASES: Record<string, string> = { text: "plaintext", txt: "plaintext", redis: "plaintext", promql: "plaintext", toml: "ini", hcl: "ini" };

/** The highlight.js language for a fence's info string, or undefined when we do not know it. */
export function resolveLanguage(info: string): string | undefined {
  const name = info.trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  if (!name) return undefined;
  const mapped = EXTRA_ALIASES[name] ?? name;
  return hljs.getLanguage(mapped) ? mapped : undefined;
}

/** Highlighted HTML for `code`; escaped plain text when the language is unknown. */
export function highlightCode(code: string, language: string | undefined, escape: (text: string) => string): string {
  if (!language || language === "plaintext") return escape(code);
  try {
    return hljs.highlight(code, { language, ignoreIllegals: true }).value;
  } catch {
    return escape(code);
  }
}
