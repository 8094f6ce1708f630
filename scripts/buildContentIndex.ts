// Writes dist/content-index.json: the catalogue's metadata, read at activation instead of parsing
// every guide. Guide bodies stay in content/ and are read when a guide is opened.
import { mkdir, writeFile } from "node:fs/promises";
import * as path from "node:path";
import { loadCatalogue } from "../src/core/content/catalogueLoader";
import { fsContentSource } from "../src/core/content/fsContentSource";
import { CONTENT_INDEX_VERSION, type ContentIndex } from "../src/core/content/contentIndex";

export async function writeContentIndex(contentDir: string, outFile: string): Promise<ContentIndex> {
  const catalogue = await loadCatalogue(fsContentSource(path.resolve(contentDir)));
  const index: ContentIndex = { version: CONTENT_INDEX_VERSION, ...catalogue };
  await mkdir(path.dirname(outFile), { recursive: true });
  await writeFile(outFile, JSON.stringify(index));
  return index;
}
