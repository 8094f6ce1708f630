import type { ContentSource } from "../../src/core/content/catalogueLoader";

/** An in-memory content folder: paths relative to the content root. */
export function memorySource(files: Record<string, string>): ContentSource {
  return {
    async readText(path) {
      if (!(path in files)) throw new Error(`ENOENT: ${path}`);
      return files[path];
    },
    async list(path) {
      const prefix = path ? `${path}/` : "";
      const names = new Map<string, boolean>();
      for (const file of Object.keys(files)) {
        if (!file.startsWith(prefix)) continue;
        const rest = file.slice(prefix.length);
        const [name, ...more] = rest.split("/");
        names.set(name, more.length > 0 || names.get(name) === true);
      }
      return [...names].map(([name, isDirectory]) => ({ name, isDirectory }));
    },
  };
}

export const CATEGORIES = `- id: databases
  title: Databases
  icon: database
  summary: Storage.
- id: caching
  title: Caching
  icon: zap
  summary: Caches.
`;

/** A guide that satisfies every format rule; `overrides` replace front-matter lines or the body. */
export function validGuide(id: string, options: { category?: string; body?: string; related?: string[]; exercises?: string[]; questionPrefix?: string } = {}): string {
  const prose = Array.from({ length: 120 }, (_, i) => `Sentence ${i} explains how the storage engine keeps writes sequential and reads fast.`).join(" ");
  const questions = Array.from({ length: 8 }, (_, i) => `### Question number ${i}? {#${options.questionPrefix ?? id}-q${i}}\n\nAnswer ${i}.\n`).join("\n");
  const body =
    options.body ??
    `Intro paragraph. ${prose}

## How it works

Details here, see [the other guide](guide:${options.related?.[0] ?? id}).

\`\`\`ts
const x: number = 1;
\`\`\`

## Trade-offs

| Choice | Cost |
|---|---|
| A | low |

## In the interview

Say the right things.

## Questions

${questions}`;
  return `---
id: ${id}
title: Guide ${id}
category: ${options.category ?? "databases"}
summary: A summary of ${id}.
difficulty: intermediate
estimatedMinutes: 20
tags: [storage]
keywords: [LSM, 429]
related: [${(options.related ?? []).join(", ")}]
exercises: [${(options.exercises ?? []).join(", ")}]
---
${body}`;
}
