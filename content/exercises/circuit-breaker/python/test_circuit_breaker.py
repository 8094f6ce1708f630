import unittest

from circuit_breaker import CircuitBreaker, CircuitOpenError


class FakeClock:
    def __init__(self) -> None:
        self.now = 0

    def __call__(self) -> int:
        return self.now


def ok() -> str:
    return "ok"


def boom() -> None:
    raise ConnectionError("dependency down")


class CircuitBreakerTest(unittest.TestCase):
    def setup_breaker(self, failure_threshold, reset_timeout_ms, success_threshold=1):
        self.clock = FakeClock()
        return CircuitBreaker(failure_threshold, reset_timeout_ms, self.clock, success_threshold=success_threshold)

    def fail_calls(self, breaker, times=1):
        """Call a failing operation and swallow its error."""
        for _ in range(times):
            with self.assertRaisesRegex(ConnectionError, "dependency down"):
                breaker.call(boom)

    def test_starts_closed_and_returns_the_operations_result(self):
        breaker = self.setup_breaker(3, 1000)
        self.assertEqual(breaker.state, "closed")
        self.assertEqual(breaker.call(lambda: 42), 42)
        self.assertEqual(breaker.state, "closed")

    def test_rethrows_the_operations_own_error_and_stays_closed_below_the_threshold(self):
        breaker = self.setup_breaker(3, 1000)
        failure = TimeoutError("timeout talking to payments")

        def operation():
            raise failure

        with self.assertRaises(TimeoutError) as raised:
            breaker.call(operation)
        self.assertIs(raised.exception, failure)
        self.fail_calls(breaker)
        self.assertEqual(breaker.state, "closed")

    def test_opens_after_failure_threshold_consecutive_failures(self):
        breaker = self.setup_breaker(3, 1000)
        self.fail_calls(breaker, 2)
        self.assertEqual(breaker.state, "closed")
        self.fail_calls(breaker)
        self.assertEqual(breaker.state, "open")

    def test_resets_the_consecutive_failure_count_after_a_success(self):
        breaker = self.setup_breaker(3, 1000)
        self.fail_calls(breaker, 2)
        breaker.call(ok)
        self.fail_calls(breaker, 2)
        self.assertEqual(breaker.state, "closed")
        self.fail_calls(breaker)
        self.assertEqual(breaker.state, "open")

    def test_fails_fast_with_circuit_open_error_while_open_without_running_the_operation(self):
        breaker = self.setup_breaker(2, 1000)
        self.clock.now = 5_000
        self.fail_calls(breaker, 2)
        self.clock.now = 5_400
        runs = []
        with self.assertRaises(CircuitOpenError) as raised:
            breaker.call(lambda: runs.append(1))
        self.assertEqual(raised.exception.retry_after_ms, 600)
        self.assertEqual(runs, [])

    def test_stays_open_until_the_reset_timeout_has_fully_elapsed_then_reports_half_open(self):
        breaker = self.setup_breaker(1, 1000)
        self.clock.now = 10_000
        self.fail_calls(breaker)
        self.clock.now = 10_999
        self.assertEqual(breaker.state, "open")
        with self.assertRaises(CircuitOpenError):
            breaker.call(ok)
        self.clock.now = 11_000
        self.assertEqual(breaker.state, "half-open")

    def test_closes_after_a_successful_trial_call_in_half_open(self):
        breaker = self.setup_breaker(2, 1000)
        self.fail_calls(breaker, 2)
        self.clock.now = 1_000
        runs = []
        self.assertEqual(breaker.call(lambda: runs.append(1) or len(runs)), 1)
        self.assertEqual(breaker.state, "closed")

    def test_reopens_after_a_failed_trial_call_and_restarts_the_reset_timeout(self):
        breaker = self.setup_breaker(3, 1000)
        self.fail_calls(breaker, 3)
        self.clock.now = 1_500
        self.assertEqual(breaker.state, "half-open")
        self.fail_calls(breaker)
        self.assertEqual(breaker.state, "open")
        self.clock.now = 2_499
        with self.assertRaises(CircuitOpenError) as raised:
            breaker.call(ok)
        self.assertEqual(raised.exception.retry_after_ms, 1)
        self.clock.now = 2_500
        self.assertEqual(breaker.state, "half-open")

    def test_needs_success_threshold_consecutive_successes_in_half_open_before_closing(self):
        breaker = self.setup_breaker(1, 100, success_threshold=2)
        self.fail_calls(breaker)
        self.clock.now = 100
        breaker.call(ok)
        self.assertEqual(breaker.state, "half-open")
        breaker.call(ok)
        self.assertEqual(breaker.state, "closed")

        self.fail_calls(breaker)
        self.clock.now = 300
        breaker.call(ok)
        self.fail_calls(breaker)  # a failure between trial successes reopens the circuit
        self.assertEqual(breaker.state, "open")
        self.clock.now = 400
        breaker.call(ok)  # the success before the failure no longer counts
        self.assertEqual(breaker.state, "half-open")
        breaker.call(ok)
        self.assertEqual(breaker.state, "closed")

    def test_counts_failures_from_zero_again_after_closing(self):
        breaker = self.setup_breaker(3, 1000)
        self.fail_calls(breaker, 3)
        self.clock.now = 1_000
        breaker.call(ok)
        self.assertEqual(breaker.state, "closed")
        self.fail_calls(breaker, 2)
        self.assertEqual(breaker.state, "closed")
        self.fail_calls(breaker)
        self.assertEqual(breaker.state, "open")

    def test_opens_on_the_first_failure_when_failure_threshold_is_1(self):
        breaker = self.setup_breaker(1, 1000)
        self.fail_calls(breaker)
        self.assertEqual(breaker.state, "open")

    def test_rejects_invalid_thresholds_and_timeouts_with_value_error(self):
        clock = FakeClock()
        with self.assertRaises(ValueError):
            CircuitBreaker(0, 1000, clock)
        with self.assertRaises(ValueError):
            CircuitBreaker(1.5, 1000, clock)
        with self.assertRaises(ValueError):
            CircuitBreaker(3, 0, clock)
        with self.assertRaises(ValueError):
            CircuitBreaker(3, 1000, clock, success_threshold=0)


if __name__ == "__main__":
    unittest.main()
