"""A point quadtree with range and k-nearest queries."""

import math
from typing import List, NamedTuple, Optional, Tuple


class Point(NamedTuple):
    """A stored point."""

    x: float
    y: float
    id: str


class Rect(NamedTuple):
    """The rectangle x <= px <= x + width, y <= py <= y + height (edges included)."""

    x: float
    y: float
    width: float
    height: float


def _contains(rect: Rect, x: float, y: float) -> bool:
    return rect.x <= x <= rect.x + rect.width and rect.y <= y <= rect.y + rect.height


def _intersects(a: Rect, b: Rect) -> bool:
    return a.x <= b.x + b.width and b.x <= a.x + a.width and a.y <= b.y + b.height and b.y <= a.y + a.height


def _rect_distance2(rect: Rect, x: float, y: float) -> float:
    """Squared distance from (x, y) to the closest point of ``rect`` (0 inside)."""
    dx = x - min(max(x, rect.x), rect.x + rect.width)
    dy = y - min(max(y, rect.y), rect.y + rect.height)
    return dx * dx + dy * dy


class _Node:
    __slots__ = ("rect", "depth", "points", "children")

    def __init__(self, rect: Rect, depth: int) -> None:
        self.rect = rect
        self.depth = depth
        self.points: List[Point] = []
        self.children: Optional[List["_Node"]] = None  # SW, SE, NW, NE once split


def _insert_sorted(best: List[Tuple[float, str, "Point"]], candidate: Tuple[float, str, "Point"]) -> None:
    """Insert ``candidate`` into ``best``, which is sorted by (distance², id)."""
    i = len(best)
    while i > 0 and candidate[:2] < best[i - 1][:2]:
        i -= 1
    best.insert(i, candidate)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class QuadTree:
    """A point quadtree with range and k-nearest queries."""

    def __init__(self, bounds: Rect, capacity: int = 4, max_depth: int = 8) -> None:
        bounds = Rect(*bounds)
        if not (math.isfinite(bounds.x) and math.isfinite(bounds.y)):
            raise ValueError("bounds must have finite coordinates")
        if not (math.isfinite(bounds.width) and bounds.width > 0 and math.isfinite(bounds.height) and bounds.height > 0):
            raise ValueError("bounds must have a positive finite width and height")
        if not _is_int(capacity) or capacity < 1:
            raise ValueError(f"capacity must be a positive integer, got {capacity!r}")
        if not _is_int(max_depth) or max_depth < 0:
            raise ValueError(f"max_depth must be a non-negative integer, got {max_depth!r}")
        self._root = _Node(bounds, 0)
        self._capacity = capacity
        self._max_depth = max_depth
        self._count = 0

    def insert(self, point: Point) -> bool:
        if not _contains(self._root.rect, point.x, point.y):
            return False
        self._insert_into(self._root, point)
        self._count += 1
        return True

    def query_range(self, range_: Rect) -> List[Point]:
        range_ = Rect(*range_)
        found: List[Point] = []
        stack = [self._root]
        while stack:
            node = stack.pop()
            if not _intersects(node.rect, range_):
                continue
            if node.children:
                stack.extend(node.children)
            else:
                found.extend(p for p in node.points if _contains(range_, p.x, p.y))
        return found

    def nearest(self, x: float, y: float, k: int = 1) -> List[Point]:
        if not _is_int(k) or k < 0:
            raise ValueError(f"k must be a non-negative integer, got {k!r}")
        best: List[Tuple[float, str, Point]] = []  # sorted by (distance², id), at most k long

        def visit(node: _Node) -> None:
            if len(best) == k and _rect_distance2(node.rect, x, y) > best[-1][0]:
                return
            if node.children:
                for child in sorted(node.children, key=lambda c: _rect_distance2(c.rect, x, y)):
                    visit(child)
                return
            for p in node.points:
                candidate = ((p.x - x) ** 2 + (p.y - y) ** 2, p.id, p)
                if len(best) == k and candidate[:2] >= best[-1][:2]:
                    continue
                _insert_sorted(best, candidate)
                if len(best) > k:
                    best.pop()

        if k > 0:
            visit(self._root)
        return [p for _, _, p in best]

    def __len__(self) -> int:
        return self._count

    def depth(self) -> int:
        deepest = 0
        stack = [self._root]
        while stack:
            node = stack.pop()
            deepest = max(deepest, node.depth)
            if node.children:
                stack.extend(node.children)
        return deepest

    def _insert_into(self, node: _Node, point: Point) -> None:
        while node.children:
            node = node.children[self._quadrant(node, point)]
        node.points.append(point)
        if len(node.points) > self._capacity and node.depth < self._max_depth:
            self._split(node)

    def _split(self, node: _Node) -> None:
        x, y, width, height = node.rect
        w, h = width / 2, height / 2
        node.children = [
            _Node(Rect(x, y, w, h), node.depth + 1),
            _Node(Rect(x + w, y, w, h), node.depth + 1),
            _Node(Rect(x, y + h, w, h), node.depth + 1),
            _Node(Rect(x + w, y + h, w, h), node.depth + 1),
        ]
        points, node.points = node.points, []
        for p in points:
            self._insert_into(node, p)

    @staticmethod
    def _quadrant(node: _Node, point: Point) -> int:
        """0 = SW, 1 = SE, 2 = NW, 3 = NE; points on a dividing line go right / up."""
        mid_x = node.rect.x + node.rect.width / 2
        mid_y = node.rect.y + node.rect.height / 2
        return (1 if point.x >= mid_x else 0) + (2 if point.y >= mid_y else 0)
