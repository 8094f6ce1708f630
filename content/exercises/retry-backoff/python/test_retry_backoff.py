import unittest

from retry_backoff import backoff_delay, mulberry32, retry


class TransientError(Exception):
    pass


class FatalError(Exception):
    pass


class RecordingSleep:
    """A fake sleep that records each delay and returns without waiting."""

    def __init__(self) -> None:
        self.delays = []

    def __call__(self, ms: int) -> None:
        self.delays.append(ms)


class Flaky:
    """An operation that fails ``failures`` times with TransientError, then returns "done"."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.attempts = []

    def __call__(self, attempt: int) -> str:
        self.attempts.append(attempt)
        if len(self.attempts) <= self.failures:
            raise TransientError(f"failure {len(self.attempts)}")
        return "done"


def options(**overrides):
    values = dict(
        max_attempts=5,
        base_delay_ms=100,
        max_delay_ms=1_000,
        random=mulberry32(42),
        sleep=lambda ms: None,
    )
    values.update(overrides)
    return values


class RetryBackoffTest(unittest.TestCase):
    def test_doubles_the_delay_ceiling_with_every_attempt(self):
        almost_one = lambda: 0.999999  # noqa: E731
        delays = [backoff_delay(n, 100, 10_000, almost_one) for n in (1, 2, 3, 4, 5)]
        self.assertEqual(delays, [99, 199, 399, 799, 1599])

    def test_never_lets_the_ceiling_exceed_max_delay_ms(self):
        self.assertEqual(backoff_delay(10, 100, 1_000, lambda: 0.5), 500)
        self.assertEqual(backoff_delay(4, 100, 1_000, lambda: 0.999999), 799)
        self.assertEqual(backoff_delay(5, 100, 1_000, lambda: 0.999999), 999)

    def test_keeps_the_ceiling_at_max_delay_ms_for_very_large_attempt_numbers(self):
        self.assertEqual(backoff_delay(33, 100, 1_000, lambda: 0.5), 500)
        self.assertEqual(backoff_delay(40, 100, 1_000, lambda: 0.5), 500)
        self.assertEqual(backoff_delay(2_000, 100, 1_000, lambda: 0.5), 500)

    def test_uses_full_jitter_over_the_whole_range_from_zero_to_the_ceiling(self):
        self.assertEqual(backoff_delay(3, 100, 1_000, lambda: 0.0), 0)
        random = mulberry32(7)
        self.assertEqual([backoff_delay(n, 50, 10_000, random) for n in (1, 2, 3, 4)], [0, 6, 195, 279])

    def test_rejects_attempt_numbers_below_1_with_value_error(self):
        with self.assertRaises(ValueError):
            backoff_delay(0, 100, 1_000, lambda: 0.5)
        with self.assertRaises(ValueError):
            backoff_delay(1.5, 100, 1_000, lambda: 0.5)

    def test_returns_the_first_successful_result_without_sleeping(self):
        sleep = RecordingSleep()
        operation = Flaky(0)
        self.assertEqual(retry(operation, **options(sleep=sleep)), "done")
        self.assertEqual(operation.attempts, [1])
        self.assertEqual(sleep.delays, [])

    def test_retries_until_the_operation_succeeds_passing_1_based_attempt_numbers(self):
        operation = Flaky(3)
        self.assertEqual(retry(operation, **options()), "done")
        self.assertEqual(operation.attempts, [1, 2, 3, 4])

    def test_finishes_a_seeded_full_jitter_sleep_before_each_retry(self):
        events = []

        def sleep(ms: int) -> None:
            events.append(f"sleep {ms}")
            events.append("woke")

        def operation(attempt: int) -> str:
            events.append(f"attempt {attempt}")
            if attempt < 5:
                raise TransientError("flaky")
            return "done"

        retry(operation, **options(max_attempts=5, base_delay_ms=100, max_delay_ms=1_000, random=mulberry32(42), sleep=sleep))
        self.assertEqual(
            events,
            [
                "attempt 1", "sleep 60", "woke",
                "attempt 2", "sleep 89", "woke",
                "attempt 3", "sleep 340", "woke",
                "attempt 4", "sleep 535", "woke",
                "attempt 5",
            ],
        )

    def test_gives_up_after_max_attempts_and_rethrows_the_last_attempts_error(self):
        sleep = RecordingSleep()
        operation = Flaky(100)
        with self.assertRaises(TransientError) as raised:
            retry(operation, **options(max_attempts=3, sleep=sleep))
        self.assertEqual(str(raised.exception), "failure 3")
        self.assertEqual(operation.attempts, [1, 2, 3])
        self.assertEqual(len(sleep.delays), 2)

    def test_rethrows_a_non_retryable_error_immediately_without_sleeping(self):
        sleep = RecordingSleep()
        calls = []

        def operation(attempt: int) -> str:
            calls.append(attempt)
            raise FatalError("card declined")

        with self.assertRaises(FatalError):
            retry(operation, **options(sleep=sleep, is_retryable=lambda error: not isinstance(error, FatalError)))
        self.assertEqual(calls, [1])
        self.assertEqual(sleep.delays, [])

    def test_asks_is_retryable_about_each_error_and_stops_at_the_first_one_it_rejects(self):
        sleep = RecordingSleep()
        seen = []
        errors = [TransientError("503"), TransientError("503"), FatalError("400"), TransientError("503")]
        calls = []

        def operation(attempt: int) -> str:
            calls.append(attempt)
            raise errors[len(calls) - 1]

        def is_retryable(error: Exception) -> bool:
            seen.append(error)
            return isinstance(error, TransientError)

        with self.assertRaises(FatalError):
            retry(operation, **options(max_attempts=10, sleep=sleep, is_retryable=is_retryable))
        self.assertEqual(len(calls), 3)
        self.assertEqual(seen, errors[:3])
        self.assertEqual(len(sleep.delays), 2)

    def test_calls_the_operation_once_and_never_sleeps_when_max_attempts_is_1(self):
        sleep = RecordingSleep()
        operation = Flaky(1)
        with self.assertRaises(TransientError):
            retry(operation, **options(max_attempts=1, sleep=sleep))
        self.assertEqual(operation.attempts, [1])
        self.assertEqual(sleep.delays, [])

    def test_rejects_invalid_options_with_value_error_before_calling_the_operation(self):
        operation = Flaky(0)
        for bad in (
            dict(max_attempts=0),
            dict(max_attempts=2.5),
            dict(base_delay_ms=-1),
            dict(base_delay_ms=500, max_delay_ms=100),
        ):
            with self.assertRaises(ValueError):
                retry(operation, **options(**bad))
        self.assertEqual(operation.attempts, [])


if __name__ == "__main__":
    unittest.main()
