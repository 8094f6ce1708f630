// A ContentSource over a folder on disk (Node's fs): used by the checkers, the index builder and the host.
import { readdir, readFile } from "node:fs/promises";
import * as path from "node:path";
import type { ContentSource } from "./catalogueLoader";

export function fsContentSource(root: string): ContentSource {
  const resolveInside = (relative: string): string => {
    const full = path.resolve(root, relative);
    const rel = path.relative(root, full);
    if (rel.startsWith("..") || path.isAbsolute(rel)) throw new Error(`path "${relative}" is outside the content folder`);
    return full;
  };
  return {
    readText: (relative) => readFile(resolveInside(relative), "utf8"),
    async list(relative) {
      try {
        const entries = await readdir(resolveInside(relative), { withFileTypes: true });
        return entries.map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
        throw error;
      }
    },
  };
}
