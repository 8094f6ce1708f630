"""Runs an exercise's unittest tests and reports structured results for Backend Interview Prep.

Usage: python interview_prep_runner.py <exercise-folder> [test-id ...]

Every event is one line on stdout: EVENT_PREFIX followed by JSON (see src/core/exercises/testEvents.ts,
which this file mirrors). Everything else on stdout/stderr is the tests' own output. Standard library
only, Python 3.8+.
"""

import inspect
import json
import os
import sys
import time
import traceback
import unittest

EVENT_PREFIX = "@@interview-prep-event@@"
_REAL_STDOUT = sys.stdout


def emit(event):
    _REAL_STDOUT.write("\n" + EVENT_PREFIX + json.dumps(event) + "\n")
    _REAL_STDOUT.flush()


def short_repr(value, limit=4000):
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "..."


class _ComparisonFailure(AssertionError):
    """An assertion failure that remembers the compared values, for the editor's expected/actual diff."""

    def __init__(self, message, actual, expected):
        super().__init__(message)
        self.actual = actual
        self.expected = expected


def _wrap_comparison(name):
    original = getattr(unittest.TestCase, name)

    def wrapped(self, first, second, *args, **kwargs):
        try:
            return original(self, first, second, *args, **kwargs)
        except AssertionError as error:
            # Tests use (actual, expected) order: docs/content-format.md.
            raise _ComparisonFailure(str(error), first, second).with_traceback(error.__traceback__) from None

    wrapped.__name__ = name
    setattr(unittest.TestCase, name, wrapped)


for _name in ("assertEqual", "assertListEqual", "assertDictEqual", "assertTupleEqual", "assertSetEqual",
              "assertSequenceEqual", "assertCountEqual", "assertAlmostEqual"):
    _wrap_comparison(_name)


def test_location(test):
    method = getattr(test, getattr(test, "_testMethodName", ""), None)
    code = getattr(inspect.unwrap(getattr(method, "__func__", method)), "__code__", None) if method else None
    if code is None:
        return None, None
    # co_firstlineno is the first decorator's line for decorated methods; close enough to place the item.
    return os.path.abspath(code.co_filename), code.co_firstlineno


def failure_location(tb, folder):
    """The deepest frame inside the exercise folder: where the assertion or the error is."""
    location = (None, None)
    for frame in traceback.extract_tb(tb):
        path = os.path.abspath(frame.filename)
        if path.startswith(folder + os.sep):
            location = (path, frame.lineno)
    return location


def display_name(test):
    method = getattr(test, "_testMethodName", str(test))
    return method[len("test_"):].replace("_", " ") if method.startswith("test_") else method


class StructuredResult(unittest.TestResult):
    def __init__(self, folder):
        super().__init__()
        self.folder = folder
        self.started = {}

    def _base(self, test):
        file, line = test_location(test)
        event = {"id": test.id(), "name": display_name(test)}
        if file:
            event["file"] = file
            event["line"] = line
        return event

    def startTest(self, test):
        super().startTest(test)
        self.started[test.id()] = time.perf_counter()
        emit(dict(self._base(test), type="start"))

    def _finish(self, test, outcome, error=None):
        started = self.started.get(test.id(), time.perf_counter())
        event = dict(self._base(test), type="result", outcome=outcome,
                     durationMs=round((time.perf_counter() - started) * 1000, 3))
        if error is not None:
            kind, value, tb = error
            file, line = failure_location(tb, self.folder)
            if isinstance(value, AssertionError):
                message = str(value) or "assertion failed"
            else:
                message = "".join(traceback.format_exception_only(kind, value)).strip()
            failure = {"message": message,
                       "stack": "".join(traceback.format_exception(kind, value, tb))[-8000:]}
            if isinstance(value, _ComparisonFailure):
                failure["actual"] = short_repr(value.actual)
                failure["expected"] = short_repr(value.expected)
            if file:
                failure["file"] = file
                failure["line"] = line
            event["failure"] = failure
        emit(event)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._finish(test, "passed")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._finish(test, "failed", err)

    def addError(self, test, err):
        super().addError(test, err)
        if isinstance(test, unittest.TestCase):
            self._finish(test, "failed", err)
        else:
            emit({"type": "error", "message": "".join(traceback.format_exception(*err))[-8000:]})

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._finish(test, "skipped")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._finish(test, "passed")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._finish(test, "failed", None)


def main(argv):
    if len(argv) < 2:
        sys.stderr.write("usage: interview_prep_runner.py <exercise-folder> [test-id ...]\n")
        return 2
    folder = os.path.abspath(argv[1])
    sys.path.insert(0, folder)
    os.chdir(folder)
    sys.dont_write_bytecode = True
    loader = unittest.TestLoader()
    ids = argv[2:]
    if ids:
        suite = unittest.TestSuite()
        for test_id in ids:
            try:
                suite.addTest(loader.loadTestsFromName(test_id))
            except Exception:  # a renamed or broken test: report it, run the rest
                emit({"type": "error", "message": "cannot load %s:\n%s" % (test_id, traceback.format_exc()[-4000:])})
    else:
        suite = loader.discover(folder, pattern="test_*.py", top_level_dir=folder)
    result = StructuredResult(folder)
    suite.run(result)
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
