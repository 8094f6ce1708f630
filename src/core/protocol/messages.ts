// Messages between the guide panel's webview and the extension host, declared once for both sides.
// Everything coming from the webview is validated against this union before it is acted on.
import { isGrade, type Grade } from "../progress/scheduler";

export type WebviewToHostMessage =
  | { type: "ready" }
  | { type: "openGuide"; guideId: string; anchor?: string }
  | { type: "openExercise"; exerciseId: string }
  | { type: "openExternal"; url: string }
  | { type: "setRead"; guideId: string; read: boolean }
  | { type: "navigate"; direction: "back" | "forward" }
  | { type: "generateExercise"; exerciseId: string; language?: "typescript" | "python" }
  | { type: "copyCode"; text: string }
  | { type: "showHint"; exerciseId: string }
  /** Opens the review page: the whole course, or one guide's questions; `includeNew` adds new questions after the due ones. */
  | { type: "openReview"; guideId?: string; includeNew?: boolean }
  /** Grades the question shown on a review page; the host ignores a question that is not up for review. */
  | { type: "gradeQuestion"; questionId: string; grade: Grade };

export type HostToWebviewMessage =
  | { type: "readState"; guideId: string; read: boolean }
  | { type: "scrollTo"; anchor: string }
  | { type: "hints"; exerciseId: string; hints: string[]; total: number };

/** What a panel shows; persisted with the webview's state so a reload restores it. */
export type PanelPage =
  | { kind: "guide"; guideId: string; anchor?: string }
  | { kind: "exercise"; exerciseId: string }
  /** Question review: the whole course or one guide; `includeNew`: new questions follow the due ones. */
  | { kind: "review"; guideId?: string; includeNew?: boolean };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ANCHOR = /^[\p{L}\p{N}_-]{1,200}$/u;
export const MAX_COPY_LENGTH = 200_000;

type Shape = Record<string, (value: unknown) => boolean>;
const isId = (value: unknown) => typeof value === "string" && ID.test(value);
const isBool = (value: unknown) => typeof value === "boolean";

const SHAPES: Record<WebviewToHostMessage["type"], { required: Shape; optional?: Shape }> = {
  ready: { required: {} },
  openGuide: { required: { guideId: isId }, optional: { anchor: (value) => typeof value === "string" && ANCHOR.test(value) } },
  openExercise: { required: { exerciseId: isId } },
  openExternal: { required: { url: isHttpsUrl } },
  setRead: { required: { guideId: isId, read: isBool } },
  navigate: { required: { direction: (value) => value === "back" || value === "forward" } },
  generateExercise: { required: { exerciseId: isId }, optional: { language: (value) => value === "typescript" || value === "python" } },
  copyCode: { required: { text: (value) => typeof value === "string" && value.length <= MAX_COPY_LENGTH } },
  showHint: { required: { exerciseId: isId } },
  openReview: { required: {}, optional: { guideId: isId, includeNew: isBool } },
  gradeQuestion: { required: { questionId: isId, grade: isGrade } },
};

const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

export function isHttpsUrl(value: unknown): boolean {
  if (typeof value !== "string" || value.length > 2048) return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/** The message, if it is exactly one of the declared shapes (no unknown fields); otherwise undefined. */
export function parseWebviewMessage(value: unknown): WebviewToHostMessage | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const type = record.type;
  if (typeof type !== "string" || !hasOwn(SHAPES, type)) return undefined;
  const shape = SHAPES[type as WebviewToHostMessage["type"]];
  for (const key of Object.keys(record)) {
    if (key === "type") continue;
    // Own properties only: a key such as "__proto__" must not find Object.prototype.
    const check = hasOwn(shape.required, key) ? shape.required[key] : shape.optional && hasOwn(shape.optional, key) ? shape.optional[key] : undefined;
    if (typeof check !== "function" || !check(record[key])) return undefined;
  }
  for (const key of Object.keys(shape.required)) if (!hasOwn(record, key)) return undefined;
  return record as WebviewToHostMessage;
}

/** Validates a page restored from webview state (also untrusted). */
export function parsePanelPage(value: unknown): PanelPage | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const page = value as Record<string, unknown>;
  if (page.kind === "guide" && isId(page.guideId)) {
    return typeof page.anchor === "string" && ANCHOR.test(page.anchor)
      ? { kind: "guide", guideId: page.guideId as string, anchor: page.anchor }
      : { kind: "guide", guideId: page.guideId as string };
  }
  if (page.kind === "exercise" && isId(page.exerciseId)) return { kind: "exercise", exerciseId: page.exerciseId as string };
  if (page.kind === "review") {
    if (page.guideId !== undefined && !isId(page.guideId)) return undefined;
    if (page.includeNew !== undefined && !isBool(page.includeNew)) return undefined;
    return reviewPage(page.guideId as string | undefined, page.includeNew === true);
  }
  return undefined;
}

/** A review page, without undefined fields (pages are compared and persisted as JSON). */
export function reviewPage(guideId: string | undefined, includeNew: boolean): PanelPage {
  return { kind: "review", ...(guideId !== undefined ? { guideId } : {}), ...(includeNew ? { includeNew: true } : {}) };
}
