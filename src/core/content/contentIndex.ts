// The build-time catalogue index (dist/content-index.json) and its validation when read back.
import type { Catalogue } from "./types";

/** 2: guides carry their questions (ids and titles). */
export const CONTENT_INDEX_VERSION = 2;

export interface ContentIndex extends Catalogue {
  version: number;
}

/** Returns the catalogue in an index file's JSON, or undefined when it is not a current, well-formed index. */
export function readContentIndex(json: string): Catalogue | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const index = value as Partial<ContentIndex>;
  if (index.version !== CONTENT_INDEX_VERSION) return undefined;
  if (![index.categories, index.guides, index.exercises, index.problems].every(Array.isArray)) return undefined;
  if (!index.guides!.every((guide) => Array.isArray((guide as { questions?: unknown } | null)?.questions))) return undefined;
  return { categories: index.categories!, guides: index.guides!, exercises: index.exercises!, problems: index.problems! };
}
