// CSS colours as getComputedStyle reports them, composited and compared the way WCAG 2 does.

/** 'rgb(1, 2, 3)' / 'rgba(1, 2, 3, 0.5)' / 'rgb(1 2 3 / 50%)' → {r, g, b, a}; throws on anything else. */
export function parseColor(css) {
  const m = /^rgba?\(([^)]*)\)$/.exec(String(css).trim());
  if (!m) throw new Error(`not an rgb() colour: ${css}`);
  const parts = m[1].split(/[\s,/]+/).filter(Boolean);
  const [r, g, b] = parts.slice(0, 3).map(Number);
  const alpha = parts[3] === undefined ? 1 : parts[3].endsWith('%') ? Number(parts[3].slice(0, -1)) / 100 : Number(parts[3]);
  if (![r, g, b, alpha].every(Number.isFinite)) throw new Error(`not an rgb() colour: ${css}`);
  return { r, g, b, a: alpha };
}

/** `top` painted over the opaque `bottom`. */
export function over(top, bottom) {
  const a = top.a;
  return { r: top.r * a + bottom.r * (1 - a), g: top.g * a + bottom.g * (1 - a), b: top.b * a + bottom.b * (1 - a), a: 1 };
}

/** Layers listed from the outermost (html) to the innermost, composited over white (the canvas). */
export function composite(layers) {
  return layers.map(parseColor).reduce((below, layer) => over(layer, below), { r: 255, g: 255, b: 255, a: 1 });
}

export function luminance({ r, g, b }) {
  const lin = (c) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(x, y) {
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p);
  return (hi + 0.05) / (lo + 0.05);
}

export const hex = ({ r, g, b }) => `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
