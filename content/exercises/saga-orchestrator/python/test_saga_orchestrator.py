import unittest
from types import SimpleNamespace

from saga_orchestrator import SagaOrchestrator, SagaStep


def step(name, fail=False, compensate=True):
    """A step that logs its action and compensation; ``fail`` makes the action raise."""

    def action(context):
        if fail:
            raise RuntimeError(f"{name} failed")
        context.log.append(f"do {name}")

    def undo(context):
        context.log.append(f"undo {name}")

    return SagaStep(name, action, undo if compensate else None)


def new_context():
    return SimpleNamespace(log=[], reservation_id=None)


class SagaOrchestratorTest(unittest.TestCase):
    def test_runs_every_step_in_order_and_reports_the_saga_completed(self):
        context = new_context()
        result = SagaOrchestrator([step("reserve"), step("charge"), step("ship")]).run(context)
        self.assertEqual(context.log, ["do reserve", "do charge", "do ship"])
        self.assertEqual(result.status, "completed")
        self.assertEqual(result.completed_steps, ["reserve", "charge", "ship"])
        self.assertEqual(result.compensated_steps, [])
        self.assertEqual(result.stuck_compensations, [])
        self.assertIsNone(result.failed_step)

    def test_passes_the_same_context_to_every_action_so_later_steps_can_use_earlier_results(self):
        context = new_context()

        def reserve(c):
            c.reservation_id = "r-42"

        saga = SagaOrchestrator(
            [SagaStep("reserve", reserve), SagaStep("confirm", lambda c: c.log.append(f"confirm {c.reservation_id}"))]
        )
        saga.run(context)
        self.assertEqual(context.log, ["confirm r-42"])

    def test_waits_for_each_step_to_finish_before_starting_the_next(self):
        context = new_context()

        def slow(name):
            def action(c):
                c.log.append(f"start {name}")
                c.log.append(f"end {name}")

            return SagaStep(name, action)

        SagaOrchestrator([slow("a"), slow("b")]).run(context)
        self.assertEqual(context.log, ["start a", "end a", "start b", "end b"])

    def test_compensates_the_completed_steps_in_reverse_order_when_a_step_fails(self):
        context = new_context()
        result = SagaOrchestrator([step("reserve"), step("charge"), step("ship", fail=True)]).run(context)
        self.assertEqual(context.log, ["do reserve", "do charge", "undo charge", "undo reserve"])
        self.assertEqual(result.status, "compensated")
        self.assertEqual(result.completed_steps, ["reserve", "charge"])
        self.assertEqual(result.compensated_steps, ["charge", "reserve"])

    def test_neither_compensates_the_failed_step_nor_runs_the_steps_after_it(self):
        context = new_context()
        SagaOrchestrator([step("a"), step("b", fail=True), step("c"), step("d")]).run(context)
        self.assertEqual(context.log, ["do a", "undo a"])

    def test_reports_the_failed_step_and_its_original_error(self):
        failure = ValueError("card declined")

        def charge(c):
            raise failure

        result = SagaOrchestrator([step("reserve"), SagaStep("charge", charge)]).run(new_context())
        self.assertEqual(result.failed_step, "charge")
        self.assertIs(result.error, failure)

    def test_compensates_nothing_when_the_first_step_fails(self):
        context = new_context()
        result = SagaOrchestrator([step("a", fail=True), step("b")]).run(context)
        self.assertEqual(context.log, [])
        self.assertEqual(result.status, "compensated")
        self.assertEqual(result.completed_steps, [])
        self.assertEqual(result.compensated_steps, [])
        self.assertEqual(result.failed_step, "a")

    def test_skips_steps_without_a_compensation_during_rollback(self):
        context = new_context()
        steps = [step("a"), step("notify", compensate=False), step("c"), step("d", fail=True)]
        result = SagaOrchestrator(steps).run(context)
        self.assertEqual(context.log, ["do a", "do notify", "do c", "undo c", "undo a"])
        self.assertEqual(result.compensated_steps, ["c", "a"])
        self.assertEqual(result.status, "compensated")

    def test_passes_the_context_to_compensations(self):
        context = new_context()

        def reserve(c):
            c.reservation_id = "r-7"

        saga = SagaOrchestrator(
            [
                SagaStep("reserve", reserve, lambda c: c.log.append(f"release {c.reservation_id}")),
                step("charge", fail=True),
            ]
        )
        saga.run(context)
        self.assertEqual(context.log, ["release r-7"])

    def test_retries_a_failing_compensation_up_to_compensation_attempts_times(self):
        context = new_context()
        attempts = []

        def refund(c):
            attempts.append(1)
            if len(attempts) < 3:
                raise TimeoutError("payments timeout")
            c.log.append("refunded")

        # compensation_attempts is not given: it defaults to 3
        result = SagaOrchestrator([SagaStep("charge", lambda c: None, refund), step("ship", fail=True)]).run(context)
        self.assertEqual(len(attempts), 3)
        self.assertEqual(context.log, ["refunded"])
        self.assertEqual(result.status, "compensated")
        self.assertEqual(result.compensated_steps, ["charge"])

    def test_marks_the_saga_failed_when_a_compensation_never_succeeds_and_still_compensates_earlier_steps(self):
        context = new_context()
        attempts = []

        def refund(c):
            attempts.append(1)
            raise ConnectionError("refund service down")

        result = SagaOrchestrator(
            [step("reserve"), SagaStep("charge", lambda c: None, refund), step("ship", fail=True)],
            compensation_attempts=2,
        ).run(context)
        self.assertEqual(len(attempts), 2)
        self.assertEqual(context.log, ["do reserve", "undo reserve"])
        self.assertEqual(result.status, "failed")
        self.assertEqual(result.stuck_compensations, ["charge"])
        self.assertEqual(result.compensated_steps, ["reserve"])

    def test_completes_a_saga_with_no_steps(self):
        result = SagaOrchestrator([]).run(new_context())
        self.assertEqual(result.status, "completed")
        self.assertEqual(result.completed_steps, [])

    def test_rejects_duplicate_step_names_and_fewer_than_one_compensation_attempt_with_value_error(self):
        with self.assertRaises(ValueError):
            SagaOrchestrator([step("a"), step("a")])
        with self.assertRaises(ValueError):
            SagaOrchestrator([step("a")], compensation_attempts=0)
        with self.assertRaises(ValueError):
            SagaOrchestrator([step("a")], compensation_attempts=1.5)


if __name__ == "__main__":
    unittest.main()
