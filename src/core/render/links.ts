// Classifies link targets in guides. Only four kinds of target exist; everything else renders inert.

export type LinkTarget =
  | { kind: "guide"; guideId: string; anchor?: string }
  | { kind: "exercise"; exerciseId: string }
  | { kind: "anchor"; anchor: string }
  | { kind: "external"; url: string }
  | { kind: "rejected"; reason: string };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ANCHOR = /^[\p{L}\p{N}_-]+$/u;

export function classifyLink(rawHref: string): LinkTarget {
  const href = rawHref.trim();
  const guide = /^guide:([^#]*)(?:#(.*))?$/.exec(href);
  if (guide) {
    const [, guideId, anchor] = guide;
    if (!ID.test(guideId)) return { kind: "rejected", reason: `invalid guide id "${guideId}"` };
    if (anchor !== undefined && !ANCHOR.test(anchor)) return { kind: "rejected", reason: `invalid anchor "${anchor}"` };
    return anchor === undefined ? { kind: "guide", guideId } : { kind: "guide", guideId, anchor };
  }
  const exercise = /^exercise:(.*)$/.exec(href);
  if (exercise) {
    return ID.test(exercise[1])
      ? { kind: "exercise", exerciseId: exercise[1] }
      : { kind: "rejected", reason: `invalid exercise id "${exercise[1]}"` };
  }
  if (href.startsWith("#")) {
    const anchor = href.slice(1);
    return ANCHOR.test(anchor) ? { kind: "anchor", anchor } : { kind: "rejected", reason: `invalid anchor "${anchor}"` };
  }
  if (/^https?:\/\//i.test(href)) {
    try {
      const url = new URL(href);
      if (url.protocol === "https:" || url.protocol === "http:") return { kind: "external", url: url.href };
    } catch {
      return { kind: "rejected", reason: `malformed URL "${href}"` };
    }
  }
  return { kind: "rejected", reason: `unsupported link target "${href}" (use guide:, exercise:, #anchor or https:)` };
}
