import math
import unittest

from event_sourced_account import (
    AccountState,
    BankAccount,
    CommandRejectedError,
    Snapshot,
    StoredEvent,
    apply_event,
    initial_state,
    rebuild,
)


def open_account(*deposits):
    """An open account owned by ada with the given deposits already made."""
    account = BankAccount()
    account.execute({"type": "open", "owner": "ada"})
    for amount in deposits:
        account.execute({"type": "deposit", "amount": amount})
    return account


def state(status, owner, balance, version):
    return AccountState(status=status, owner=owner, balance=balance, version=version)


class EventSourcedAccountTest(unittest.TestCase):
    def test_a_new_account_starts_in_the_initial_state(self):
        self.assertEqual(initial_state(), state("new", None, 0, 0))
        self.assertEqual(BankAccount().state(), initial_state())
        self.assertEqual(BankAccount().changes(), [])

    def test_apply_event_folds_each_event_into_a_new_state_and_leaves_the_old_one_untouched(self):
        start = initial_state()
        opened = apply_event(start, {"type": "AccountOpened", "owner": "ada"})
        funded = apply_event(opened, {"type": "MoneyDeposited", "amount": 500})
        spent = apply_event(funded, {"type": "MoneyWithdrawn", "amount": 200})
        emptied = apply_event(spent, {"type": "MoneyWithdrawn", "amount": 300})
        closed = apply_event(emptied, {"type": "AccountClosed"})
        self.assertEqual(start, state("new", None, 0, 0))
        self.assertEqual(opened, state("open", "ada", 0, 1))
        self.assertEqual(funded, state("open", "ada", 500, 2))
        self.assertEqual(spent, state("open", "ada", 300, 3))
        self.assertEqual(closed, state("closed", "ada", 0, 5))

    def test_accepted_commands_record_numbered_events_and_update_the_state(self):
        account = BankAccount()
        self.assertEqual(
            account.execute({"type": "open", "owner": "ada"}),
            [(1, {"type": "AccountOpened", "owner": "ada"})],
        )
        self.assertEqual(
            account.execute({"type": "deposit", "amount": 1000}),
            [(2, {"type": "MoneyDeposited", "amount": 1000})],
        )
        self.assertEqual(
            account.execute({"type": "withdraw", "amount": 250}),
            [(3, {"type": "MoneyWithdrawn", "amount": 250})],
        )
        self.assertEqual(account.state(), state("open", "ada", 750, 3))
        self.assertEqual([e.version for e in account.changes()], [1, 2, 3])

    def test_rebuilding_from_the_history_gives_the_same_state_as_the_live_account(self):
        account = open_account(100, 250)
        account.execute({"type": "withdraw", "amount": 50})
        history = account.changes()
        self.assertEqual(rebuild(history), account.state())
        self.assertEqual(BankAccount.from_history(history).state(), state("open", "ada", 300, 4))
        self.assertEqual(rebuild([]), initial_state())

    def test_a_withdrawal_larger_than_the_balance_is_rejected_and_records_nothing(self):
        account = open_account(100)
        with self.assertRaises(CommandRejectedError):
            account.execute({"type": "withdraw", "amount": 101})
        self.assertEqual(account.state(), state("open", "ada", 100, 2))
        self.assertEqual(len(account.changes()), 2)
        account.execute({"type": "withdraw", "amount": 100})
        self.assertEqual(account.state().balance, 0)

    def test_commands_are_rejected_unless_the_account_is_in_the_right_status(self):
        fresh = BankAccount()
        with self.assertRaises(CommandRejectedError):
            fresh.execute({"type": "deposit", "amount": 10})
        with self.assertRaises(CommandRejectedError):
            fresh.execute({"type": "close"})
        account = open_account()
        with self.assertRaises(CommandRejectedError):
            account.execute({"type": "open", "owner": "eve"})
        account.execute({"type": "close"})
        with self.assertRaises(CommandRejectedError):
            account.execute({"type": "deposit", "amount": 10})
        with self.assertRaises(CommandRejectedError):
            account.execute({"type": "withdraw", "amount": 10})
        with self.assertRaises(CommandRejectedError):
            account.execute({"type": "close"})
        with self.assertRaises(CommandRejectedError):
            account.execute({"type": "open", "owner": "eve"})  # a closed account is never reopened
        self.assertEqual(account.state(), state("closed", "ada", 0, 2))
        self.assertEqual(fresh.changes(), [])

    def test_amounts_must_be_positive_integers_and_the_owner_must_not_be_empty(self):
        with self.assertRaises(CommandRejectedError):
            BankAccount().execute({"type": "open", "owner": ""})
        with self.assertRaises(CommandRejectedError):
            BankAccount().execute({"type": "open", "owner": "   "})
        account = open_account(100)
        for amount in [0, -5, 1.5, math.nan]:
            with self.assertRaises(CommandRejectedError):
                account.execute({"type": "deposit", "amount": amount})
            with self.assertRaises(CommandRejectedError):
                account.execute({"type": "withdraw", "amount": amount})
        self.assertEqual(account.state(), state("open", "ada", 100, 2))

    def test_an_account_can_only_be_closed_once_its_balance_is_zero(self):
        account = open_account(40)
        with self.assertRaises(CommandRejectedError):
            account.execute({"type": "close"})
        account.execute({"type": "withdraw", "amount": 40})
        self.assertEqual(account.execute({"type": "close"}), [(4, {"type": "AccountClosed"})])
        self.assertEqual(account.state().status, "closed")

    def test_a_snapshot_plus_the_later_events_rebuilds_the_same_state_as_the_whole_history(self):
        account = open_account(100, 200)
        snapshot = account.take_snapshot()
        self.assertEqual(snapshot, (3, state("open", "ada", 300, 3)))
        account.execute({"type": "withdraw", "amount": 50})
        account.execute({"type": "deposit", "amount": 5})
        later = account.changes()[3:]
        self.assertEqual(rebuild(later, snapshot), account.state())
        self.assertEqual(rebuild(later, snapshot), state("open", "ada", 255, 5))

    def test_rebuild_skips_the_events_a_snapshot_already_covers(self):
        account = open_account(100, 200)
        snapshot = account.take_snapshot()
        account.execute({"type": "deposit", "amount": 1})
        self.assertEqual(rebuild(account.changes(), snapshot), account.state())
        self.assertEqual(rebuild(account.changes(), snapshot).balance, 301)
        self.assertEqual(rebuild(account.changes()[:3], snapshot), snapshot.state)

    def test_an_account_loaded_from_a_snapshot_keeps_numbering_its_events_after_it(self):
        original = open_account(100)
        snapshot = original.take_snapshot()
        loaded = BankAccount.from_history([], snapshot)
        self.assertEqual(loaded.state(), snapshot.state)
        self.assertEqual(
            loaded.execute({"type": "deposit", "amount": 7}),
            [(3, {"type": "MoneyDeposited", "amount": 7})],
        )
        self.assertEqual(loaded.changes(), [(3, {"type": "MoneyDeposited", "amount": 7})])
        self.assertEqual(loaded.state().balance, 107)

    def test_recorded_events_replay_even_when_they_would_be_rejected_as_commands_today(self):
        history = [
            StoredEvent(1, {"type": "AccountOpened", "owner": "legacy"}),
            StoredEvent(2, {"type": "MoneyDeposited", "amount": 100}),
            StoredEvent(3, {"type": "MoneyWithdrawn", "amount": 150}),  # an old overdraft rule allowed this
        ]
        self.assertEqual(rebuild(history), state("open", "legacy", -50, 3))
        account = BankAccount.from_history(history)
        with self.assertRaises(CommandRejectedError):
            account.execute({"type": "withdraw", "amount": 1})

    def test_a_history_with_a_missing_or_repeated_version_is_rejected(self):
        opened = StoredEvent(1, {"type": "AccountOpened", "owner": "ada"})

        def deposit(version):
            return StoredEvent(version, {"type": "MoneyDeposited", "amount": 1})

        with self.assertRaises(ValueError):
            rebuild([opened, deposit(3)])
        with self.assertRaises(ValueError):
            rebuild([opened, deposit(2), deposit(2)])
        with self.assertRaises(ValueError):
            rebuild([deposit(2)])
        snapshot = Snapshot(1, apply_event(initial_state(), opened.event))
        with self.assertRaises(ValueError):
            rebuild([deposit(3)], snapshot)
        with self.assertRaises(ValueError):
            BankAccount.from_history([opened, deposit(5)])


if __name__ == "__main__":
    unittest.main()
