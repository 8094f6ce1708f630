/** A stored point. */
export interface Point {
  x: number;
  y: number;
  id: string;
}

/** The rectangle x <= px <= x + width, y <= py <= y + height (edges included). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Node {
  rect: Rect;
  depth: number;
  points: Point[];
  /** SW, SE, NW, NE once split. */
  children: Node[] | undefined;
}

function contains(rect: Rect, x: number, y: number): boolean {
  return x >= rect.x && x <= rect.x + rect.width && y >= rect.y && y <= rect.y + rect.height;
}

function intersects(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;
}

/** Squared distance from (x, y) to the closest point of `rect` (0 inside). */
function rectDistance2(rect: Rect, x: number, y: number): number {
  const dx = x - Math.min(Math.max(x, rect.x), rect.x + rect.width);
  const dy = y - Math.min(Math.max(y, rect.y), rect.y + rect.height);
  return dx * dx + dy * dy;
}

function compareCandidates(a: [number, Point], b: [number, Point]): number {
  return a[0] - b[0] || (a[1].id < b[1].id ? -1 : a[1].id > b[1].id ? 1 : 0);
}

/** A point quadtree with range and k-nearest queries. */
export class QuadTree {
  private readonly root: Node;
  private readonly capacity: number;
  private readonly maxDepth: number;
  private count = 0;

  constructor(bounds: Rect, capacity = 4, maxDepth = 8) {
    const positiveFinite = (v: number): boolean => Number.isFinite(v) && v > 0;
    if (!Number.isFinite(bounds.x) || !Number.isFinite(bounds.y) || !positiveFinite(bounds.width) || !positiveFinite(bounds.height)) {
      throw new RangeError("bounds must have finite coordinates and a positive width and height");
    }
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    if (!Number.isInteger(maxDepth) || maxDepth < 0) throw new RangeError(`maxDepth must be a non-negative integer, got ${maxDepth}`);
    this.root = { rect: { ...bounds }, depth: 0, points: [], children: undefined };
    this.capacity = capacity;
    this.maxDepth = maxDepth;
  }

  insert(point: Point): boolean {
    if (!contains(this.root.rect, point.x, point.y)) return false;
    this.insertInto(this.root, point);
    this.count++;
    return true;
  }

  queryRange(range: Rect): Point[] {
    const found: Point[] = [];
    const stack = [this.root];
    while (stack.length > 0) {
      const node = stack.pop() as Node;
      if (!intersects(node.rect, range)) continue;
      if (node.children) stack.push(...node.children);
      else for (const p of node.points) if (contains(range, p.x, p.y)) found.push(p);
    }
    return found;
  }

  nearest(x: number, y: number, k = 1): Point[] {
    if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be a non-negative integer, got ${k}`);
    const best: Array<[number, Point]> = []; // sorted by (distance², id), at most k long
    const visit = (node: Node): void => {
      if (k === 0) return;
      if (best.length === k && rectDistance2(node.rect, x, y) > best[k - 1][0]) return;
      if (node.children) {
        const ordered = [...node.children].sort((a, b) => rectDistance2(a.rect, x, y) - rectDistance2(b.rect, x, y));
        for (const child of ordered) visit(child);
        return;
      }
      for (const p of node.points) {
        const candidate: [number, Point] = [(p.x - x) ** 2 + (p.y - y) ** 2, p];
        if (best.length === k && compareCandidates(candidate, best[k - 1]) >= 0) continue;
        let i = best.length;
        while (i > 0 && compareCandidates(candidate, best[i - 1]) < 0) i--;
        best.splice(i, 0, candidate);
        if (best.length > k) best.pop();
      }
    };
    visit(this.root);
    return best.map(([, p]) => p);
  }

  get size(): number {
    return this.count;
  }

  depth(): number {
    let deepest = 0;
    const stack = [this.root];
    while (stack.length > 0) {
      const node = stack.pop() as Node;
      deepest = Math.max(deepest, node.depth);
      if (node.children) stack.push(...node.children);
    }
    return deepest;
  }

  private insertInto(node: Node, point: Point): void {
    while (node.children) node = node.children[this.quadrant(node, point)];
    node.points.push(point);
    if (node.points.length > this.capacity && node.depth < this.maxDepth) this.split(node);
  }

  private split(node: Node): void {
    const { x, y, width, height } = node.rect;
    const w = width / 2;
    const h = height / 2;
    const child = (cx: number, cy: number): Node => ({
      rect: { x: cx, y: cy, width: w, height: h },
      depth: node.depth + 1,
      points: [],
      children: undefined,
    });
    node.children = [child(x, y), child(x + w, y), child(x, y + h), child(x + w, y + h)];
    const points = node.points;
    node.points = [];
    for (const p of points) this.insertInto(node, p);
  }

  /** 0 = SW, 1 = SE, 2 = NW, 3 = NE; points on a dividing line go right / up. */
  private quadrant(node: Node, point: Point): number {
    const midX = node.rect.x + node.rect.width / 2;
    const midY = node.rect.y + node.rect.height / 2;
    return (point.x >= midX ? 1 : 0) + (point.y >= midY ? 2 : 0);
  }
}
