"""A saga orchestrator: steps with compensations executed in reverse on failure."""

from dataclasses import dataclass, field
from typing import Any, Callable, Generic, List, Optional, Sequence, TypeVar

C = TypeVar("C")


@dataclass
class SagaStep(Generic[C]):
    """One local transaction and the action that semantically undoes it. Provided.

    ``name`` is unique within the saga; the step fails if ``action`` raises. ``compensate`` is
    optional: steps without one are skipped during rollback.
    """

    name: str
    action: Callable[[C], None]
    compensate: Optional[Callable[[C], None]] = None


@dataclass
class SagaResult:
    """What happened during a run. Provided.

    status: "completed", "compensated" or "failed".
    """

    status: str
    completed_steps: List[str] = field(default_factory=list)
    compensated_steps: List[str] = field(default_factory=list)
    failed_step: Optional[str] = None
    error: Optional[BaseException] = None
    stuck_compensations: List[str] = field(default_factory=list)


class SagaOrchestrator(Generic[C]):
    """Runs saga steps in order and compensates completed steps in reverse order on failure."""

    def __init__(self, steps: Sequence[SagaStep], compensation_attempts: int = 3) -> None:
        """Raises ``ValueError`` on duplicate step names or compensation_attempts not an int >= 1."""
        raise NotImplementedError

    def run(self, context: Any) -> SagaResult:
        """Run each action in order.

        On the first failure: run no later step, compensate the completed steps newest first (each
        retried up to compensation_attempts times; a stuck one is recorded and the rest still
        run). Never raises because of a step; the result says what happened. status: "completed"
        (no failure), "compensated" (failure fully undone), "failed" (a compensation stuck).
        """
        raise NotImplementedError
