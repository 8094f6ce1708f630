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
        if not isinstance(compensation_attempts, int) or compensation_attempts < 1:
            raise ValueError(f"compensation_attempts must be an int >= 1, got {compensation_attempts!r}")
        names = [step.name for step in steps]
        if len(set(names)) != len(names):
            raise ValueError(f"duplicate step names in {names}")
        self._steps = list(steps)
        self._compensation_attempts = compensation_attempts

    def run(self, context: Any) -> SagaResult:
        completed: List[SagaStep] = []
        for step in self._steps:
            try:
                step.action(context)
            except Exception as error:
                return self._roll_back(context, completed, step.name, error)
            completed.append(step)
        return SagaResult(status="completed", completed_steps=[step.name for step in completed])

    def _roll_back(self, context: Any, completed: List[SagaStep], failed_step: str, error: Exception) -> SagaResult:
        result = SagaResult(
            status="compensated",
            completed_steps=[step.name for step in completed],
            failed_step=failed_step,
            error=error,
        )
        for step in reversed(completed):
            if step.compensate is None:
                continue
            if self._try_compensate(step.compensate, context):
                result.compensated_steps.append(step.name)
            else:
                result.stuck_compensations.append(step.name)
        if result.stuck_compensations:
            result.status = "failed"
        return result

    def _try_compensate(self, compensate: Callable[[Any], None], context: Any) -> bool:
        for _ in range(self._compensation_attempts):
            try:
                compensate(context)
                return True
            except Exception:
                pass  # retry straight away; the caller records a compensation that never succeeds
        return False
