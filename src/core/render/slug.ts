// GitHub-style heading slugs, used for heading ids and `guide:id#anchor` links.

export function slugify(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** Hands out unique slugs within one document: `intro`, `intro-1`, `intro-2`. */
export class SlugAllocator {
  private readonly counts = new Map<string, number>();

  allocate(text: string): string {
    const base = slugify(text) || "section";
    const count = this.counts.get(base) ?? 0;
    this.counts.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  }
}
