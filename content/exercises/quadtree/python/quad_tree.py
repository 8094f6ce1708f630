"""A point quadtree with range and k-nearest queries."""

from typing import List, NamedTuple


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


class QuadTree:
    """A leaf holds up to ``capacity`` points; one more splits it (below ``max_depth``) into four
    equal quadrants, with points on a dividing line going right (x >= mid_x) / up (y >= mid_y)."""

    def __init__(self, bounds: Rect, capacity: int = 4, max_depth: int = 8) -> None:
        """Create an empty tree covering ``bounds``.

        Raises ValueError when the bounds' width or height is not a positive finite number,
        ``capacity`` is not a positive integer, or ``max_depth`` is not a non-negative integer.
        """
        raise NotImplementedError

    def insert(self, point: Point) -> bool:
        """Store ``point``; return False (storing nothing) when it lies outside the bounds."""
        raise NotImplementedError

    def query_range(self, range_: Rect) -> List[Point]:
        """Every stored point inside ``range_`` (edges included), in any order."""
        raise NotImplementedError

    def nearest(self, x: float, y: float, k: int = 1) -> List[Point]:
        """The ``k`` stored points nearest to (x, y), closest first, equal distances by id ascending.

        Raises ValueError when ``k`` is not a non-negative integer.
        """
        raise NotImplementedError

    def __len__(self) -> int:
        """Number of stored points."""
        raise NotImplementedError

    def depth(self) -> int:
        """Depth of the deepest node: 0 while the root is a leaf."""
        raise NotImplementedError
