import unittest

from mini_redis import MiniRedis

# RESP2 helpers to keep the expectations readable.
OK = "+OK\r\n"
NIL = "$-1\r\n"


def integer(n):
    return f":{n}\r\n"


def bulk(s):
    return f"${len(s)}\r\n{s}\r\n"


def arr(*items):
    return f"*{len(items)}\r\n" + "".join(items)


def message(channel, payload):
    return arr(bulk("message"), bulk(channel), bulk(payload))


class FakeClock:
    """A clock the test moves by hand (milliseconds)."""

    def __init__(self, start: float = 0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


def server(max_keys=100):
    clock = FakeClock()
    redis = MiniRedis(max_keys, clock)
    return clock, redis, redis.connect()


class MiniRedisTest(unittest.TestCase):
    def test_ping_replies_pong_and_command_names_are_case_insensitive(self):
        _, _, c = server()
        self.assertEqual(c.execute("PING"), "+PONG\r\n")
        self.assertEqual(c.execute("ping"), "+PONG\r\n")
        self.assertEqual(c.execute("set Key Value"), OK)
        self.assertEqual(c.execute("GET Key"), bulk("Value"))
        self.assertEqual(c.execute("GET key"), NIL)

    def test_set_stores_a_value_that_get_returns_as_a_bulk_string_and_overwrites(self):
        _, redis, c = server()
        self.assertEqual(c.execute("GET user:1"), NIL)
        self.assertEqual(c.execute("SET user:1 ada"), OK)
        self.assertEqual(c.execute("GET user:1"), bulk("ada"))
        self.assertEqual(c.execute("SET   user:1   grace"), OK)
        self.assertEqual(redis.connect().execute("GET user:1"), bulk("grace"))
        self.assertEqual(c.execute("DBSIZE"), integer(1))

    def test_del_and_exists_count_the_keys_they_find(self):
        _, _, c = server()
        c.execute("SET a 1")
        c.execute("SET b 2")
        self.assertEqual(c.execute("EXISTS a b missing"), integer(2))
        self.assertEqual(c.execute("EXISTS a a"), integer(2))
        self.assertEqual(c.execute("DEL a missing"), integer(1))
        self.assertEqual(c.execute("DEL a"), integer(0))
        self.assertEqual(c.execute("GET a"), NIL)
        self.assertEqual(c.execute("DBSIZE"), integer(1))

    def test_a_key_set_with_ex_or_px_disappears_at_its_deadline(self):
        clock, _, c = server()
        self.assertEqual(c.execute("SET session abc EX 10"), OK)
        self.assertEqual(c.execute("SET token xyz PX 1500"), OK)
        clock.now = 1499
        self.assertEqual(c.execute("GET token"), bulk("xyz"))
        clock.now = 1500
        self.assertEqual(c.execute("GET token"), NIL)
        self.assertEqual(c.execute("EXISTS token"), integer(0))
        self.assertEqual(c.execute("DBSIZE"), integer(1))
        clock.now = 9999
        self.assertEqual(c.execute("GET session"), bulk("abc"))
        clock.now = 10_000
        self.assertEqual(c.execute("GET session"), NIL)
        self.assertEqual(c.execute("DBSIZE"), integer(0))

    def test_ttl_and_pttl_report_the_time_left_minus_1_without_expiry_and_minus_2_for_a_missing_key(self):
        clock, _, c = server()
        c.execute("SET s v EX 10")
        c.execute("SET forever v")
        clock.now = 1500
        self.assertEqual(c.execute("TTL s"), integer(9))  # 8.5 s rounds half up too
        clock.now = 2400
        self.assertEqual(c.execute("PTTL s"), integer(7600))
        self.assertEqual(c.execute("TTL s"), integer(8))
        clock.now = 2500
        self.assertEqual(c.execute("TTL s"), integer(8))  # 7.5 s rounds half up
        clock.now = 2501
        self.assertEqual(c.execute("TTL s"), integer(7))
        self.assertEqual(c.execute("TTL forever"), integer(-1))
        self.assertEqual(c.execute("PTTL forever"), integer(-1))
        self.assertEqual(c.execute("TTL missing"), integer(-2))
        clock.now = 10_000
        self.assertEqual(c.execute("PTTL s"), integer(-2))

    def test_a_plain_set_clears_the_ttl_incr_keeps_it_and_expire_sets_it(self):
        clock, _, c = server()
        c.execute("SET a 1 EX 5")
        c.execute("SET a 2")
        self.assertEqual(c.execute("TTL a"), integer(-1))
        c.execute("SET n 10 PX 3000")
        self.assertEqual(c.execute("INCR n"), integer(11))
        self.assertEqual(c.execute("PTTL n"), integer(3000))
        self.assertEqual(c.execute("EXPIRE a 2"), integer(1))
        self.assertEqual(c.execute("EXPIRE missing 2"), integer(0))
        self.assertEqual(c.execute("EXISTS missing"), integer(0))
        clock.now = 2000
        self.assertEqual(c.execute("GET a"), NIL)
        c.execute("SET b 1")
        self.assertEqual(c.execute("EXPIRE b 0"), integer(1))
        self.assertEqual(c.execute("GET b"), NIL)

    def test_incr_starts_from_zero_and_is_shared_by_every_connection(self):
        _, redis, c = server()
        other = redis.connect()
        self.assertEqual(c.execute("INCR visits"), integer(1))
        self.assertEqual(other.execute("INCR visits"), integer(2))
        for _ in range(50):
            c.execute("INCR visits")
            other.execute("INCR visits")
        self.assertEqual(c.execute("GET visits"), bulk("102"))
        c.execute("SET negative -5")
        self.assertEqual(other.execute("INCR negative"), integer(-4))

    def test_incr_rejects_values_that_are_not_64_bit_integers_and_leaves_them_unchanged(self):
        _, _, c = server()
        for value in ["abc", "1.5", "+1", "007", "9223372036854775807"]:
            c.execute(f"SET k {value}")
            self.assertTrue(c.execute("INCR k").startswith("-ERR"), f"INCR of {value}")
            self.assertEqual(c.execute("GET k"), bulk(value))
        c.execute("SET k 9223372036854775806")
        self.assertEqual(c.execute("INCR k"), integer("9223372036854775807"))

    def test_a_new_key_beyond_max_keys_evicts_the_least_recently_used_key(self):
        _, _, c = server(3)
        c.execute("SET a 1")
        c.execute("SET b 2")
        c.execute("SET c 3")
        c.execute("GET a")  # b is now the least recently used
        c.execute("SET d 4")
        self.assertEqual(c.execute("EXISTS a b c d"), integer(3))
        self.assertEqual(c.execute("GET b"), NIL)
        c.execute("INCR c")  # order of use: a, d, c
        c.execute("INCR e")
        self.assertEqual(c.execute("GET a"), NIL)
        self.assertEqual(c.execute("DBSIZE"), integer(3))

    def test_exists_and_ttl_do_not_count_as_a_use_and_overwriting_a_key_never_evicts(self):
        _, _, c = server(2)
        c.execute("SET a 1")
        c.execute("SET b 2")
        self.assertEqual(c.execute("EXISTS a"), integer(1))
        self.assertEqual(c.execute("TTL a"), integer(-1))
        c.execute("SET b 20")  # overwrite: nothing evicted, b becomes most recent
        self.assertEqual(c.execute("DBSIZE"), integer(2))
        c.execute("SET c 3")  # a is still the least recently used
        self.assertEqual(c.execute("GET a"), NIL)
        self.assertEqual(c.execute("GET b"), bulk("20"))
        c.execute("EXPIRE b 100")  # a use of b, so c is least recent now
        c.execute("SET d 4")
        self.assertEqual(c.execute("GET c"), NIL)
        self.assertEqual(c.execute("EXISTS b d"), integer(2))

    def test_expired_keys_are_dropped_before_a_live_key_is_evicted(self):
        clock, _, c = server(2)
        c.execute("SET old 1 PX 100")  # least recently used, and about to expire
        c.execute("SET keep 2")
        c.execute("GET old")  # now keep is the least recently used live key
        clock.now = 100
        c.execute("SET new 3")
        self.assertEqual(c.execute("GET keep"), bulk("2"))
        self.assertEqual(c.execute("GET new"), bulk("3"))
        self.assertEqual(c.execute("DBSIZE"), integer(2))

    def test_publish_delivers_to_every_subscriber_of_the_channel_and_counts_them(self):
        _, redis, c = server()
        alice = redis.connect()
        bob = redis.connect()
        self.assertEqual(
            alice.execute("SUBSCRIBE news sport"),
            arr(bulk("subscribe"), bulk("news"), integer(1)) + arr(bulk("subscribe"), bulk("sport"), integer(2)),
        )
        self.assertEqual(bob.execute("SUBSCRIBE news"), arr(bulk("subscribe"), bulk("news"), integer(1)))
        self.assertEqual(c.execute("PUBLISH news hello"), integer(2))
        self.assertEqual(c.execute("PUBLISH sport goal"), integer(1))
        self.assertEqual(c.execute("PUBLISH weather rain"), integer(0))
        self.assertEqual(alice.drain(), [message("news", "hello"), message("sport", "goal")])
        self.assertEqual(bob.drain(), [message("news", "hello")])
        self.assertEqual(c.drain(), [])
        self.assertEqual(alice.drain(), [])

    def test_after_unsubscribe_a_connection_receives_nothing_more_from_that_channel(self):
        _, redis, c = server()
        listener = redis.connect()
        listener.execute("SUBSCRIBE a b")
        self.assertEqual(listener.execute("UNSUBSCRIBE a"), arr(bulk("unsubscribe"), bulk("a"), integer(1)))
        self.assertEqual(c.execute("PUBLISH a one"), integer(0))
        self.assertEqual(c.execute("PUBLISH b two"), integer(1))
        self.assertEqual(listener.drain(), [message("b", "two")])
        c.execute("SUBSCRIBE b")
        self.assertEqual(c.execute("PUBLISH b three"), integer(2))
        self.assertEqual(c.drain(), [message("b", "three")])

    def test_unknown_commands_wrong_arity_and_bad_options_reply_with_an_error_and_change_nothing(self):
        _, _, c = server()
        c.execute("SET k v")
        for line in ["FLY me", "GET", "GET a b", "SET k", "DEL", "SET k w EX 0", "SET k w EX ten",
                     "SET k w PX -5", "SET k w KEEP 5", "INCR", "EXPIRE k soon", "PUBLISH ch"]:
            self.assertTrue(c.execute(line).startswith("-ERR"), line)
        self.assertEqual(c.execute("GET k"), bulk("v"))
        self.assertEqual(c.execute("TTL k"), integer(-1))

    def test_rejects_a_max_keys_that_is_not_a_positive_integer(self):
        clock = FakeClock()
        with self.assertRaises(ValueError):
            MiniRedis(0, clock)
        with self.assertRaises(ValueError):
            MiniRedis(-1, clock)
        with self.assertRaises(ValueError):
            MiniRedis(2.5, clock)


if __name__ == "__main__":
    unittest.main()
