import unittest

from feature_flags import FeatureFlags, FlagConfig, TargetingRule, User, bucket

USERS = [User(f"user-{i}") for i in range(1_000)]


def enabled_ids(flags, key):
    return {user.id for user in USERS if flags.is_enabled(key, user)}


def single(**config):
    values = {"key": "new-checkout", "rollout_percentage": 0}
    values.update(config)
    return FeatureFlags([FlagConfig(**values)])


class FeatureFlagsTest(unittest.TestCase):
    def test_buckets_a_user_by_fnv_1a_of_flag_key_and_user_id_modulo_100(self):
        self.assertEqual(bucket("new-checkout", "user-1"), 63)
        self.assertEqual(bucket("new-checkout", "user-2"), 82)
        self.assertEqual(bucket("new-checkout", "user-42"), 26)
        self.assertEqual(bucket("dark-mode", "user-1"), 58)
        self.assertEqual(bucket("dark-mode", "ünïcode"), 37)

    def test_gives_the_same_answer_for_a_user_every_time_across_instances(self):
        config = FlagConfig("new-checkout", 50)
        first = enabled_ids(FeatureFlags([config]), "new-checkout")
        second = enabled_ids(FeatureFlags([config]), "new-checkout")
        self.assertEqual(second, first)
        self.assertEqual(enabled_ids(FeatureFlags([config]), "new-checkout"), first)

    def test_enables_nobody_at_0_percent_and_everybody_at_100_percent(self):
        self.assertEqual(len(enabled_ids(single(rollout_percentage=0), "new-checkout")), 0)
        self.assertEqual(len(enabled_ids(single(rollout_percentage=100), "new-checkout")), 1_000)

    def test_enables_about_the_configured_share_of_users(self):
        count = len(enabled_ids(single(rollout_percentage=30), "new-checkout"))
        self.assertTrue(250 <= count <= 350, f"{count} of 1000 users at 30%")
        self.assertTrue(single(rollout_percentage=30).is_enabled("new-checkout", User("user-42")))
        self.assertFalse(single(rollout_percentage=30).is_enabled("new-checkout", User("user-1")))

    def test_only_adds_users_as_the_percentage_grows(self):
        at20 = enabled_ids(single(rollout_percentage=20), "new-checkout")
        at50 = enabled_ids(single(rollout_percentage=50), "new-checkout")
        self.assertLessEqual(at20, at50, "some users lost the feature when the rollout grew")
        self.assertGreater(len(at50), len(at20))

    def test_rolls_different_flags_out_to_different_users(self):
        flags = FeatureFlags([FlagConfig("new-checkout", 50), FlagConfig("dark-mode", 50)])
        checkout = enabled_ids(flags, "new-checkout")
        dark_mode = enabled_ids(flags, "dark-mode")
        overlap = len(checkout & dark_mode)
        self.assertLess(overlap, len(checkout) * 0.75, f"the two flags share {overlap} of {len(checkout)} users")

    def test_enables_allow_listed_users_even_at_0_percent(self):
        flags = single(rollout_percentage=0, allow_users=["user-1", "qa-bot"])
        self.assertTrue(flags.is_enabled("new-checkout", User("qa-bot")))
        self.assertTrue(flags.is_enabled("new-checkout", User("user-1")))
        self.assertFalse(flags.is_enabled("new-checkout", User("user-2")))

    def test_disables_deny_listed_users_even_at_100_percent_and_even_when_they_are_also_allow_listed(self):
        flags = single(rollout_percentage=100, allow_users=["user-7"], deny_users=["user-7", "user-8"])
        self.assertFalse(flags.is_enabled("new-checkout", User("user-7")))
        self.assertFalse(flags.is_enabled("new-checkout", User("user-8")))
        self.assertTrue(flags.is_enabled("new-checkout", User("user-9")))

    def test_lets_the_first_matching_targeting_rule_decide_and_falls_back_to_the_default_rollout(self):
        flags = single(
            rollout_percentage=0,
            rules=[
                TargetingRule("plan", ["internal"], 0),
                TargetingRule("country", ["DE", "AT"], 100),
            ],
        )
        self.assertTrue(flags.is_enabled("new-checkout", User("user-1", {"country": "AT"})))
        self.assertFalse(flags.is_enabled("new-checkout", User("user-1", {"country": "FR"})))
        self.assertFalse(flags.is_enabled("new-checkout", User("user-1", {"country": "DE", "plan": "internal"})))
        self.assertFalse(flags.is_enabled("new-checkout", User("user-1")))

    def test_applies_a_rules_own_percentage_to_the_users_it_matches(self):
        flags = single(rollout_percentage=100, rules=[TargetingRule("plan", ["free"], 30)])
        self.assertTrue(flags.is_enabled("new-checkout", User("user-42", {"plan": "free"})))  # bucket 26
        self.assertFalse(flags.is_enabled("new-checkout", User("user-1", {"plan": "free"})))  # bucket 63
        self.assertTrue(flags.is_enabled("new-checkout", User("user-1", {"plan": "pro"})))

    def test_turns_a_flag_off_for_everyone_with_the_kill_switch_and_back_on_when_it_is_released(self):
        flags = single(rollout_percentage=100, allow_users=["qa-bot"])
        flags.set_killed("new-checkout", True)
        self.assertFalse(flags.is_enabled("new-checkout", User("qa-bot")))
        self.assertEqual(len(enabled_ids(flags, "new-checkout")), 0)
        flags.set_killed("new-checkout", False)
        self.assertTrue(flags.is_enabled("new-checkout", User("qa-bot")))
        self.assertEqual(len(enabled_ids(flags, "new-checkout")), 1_000)
        self.assertFalse(single(rollout_percentage=100, killed=True).is_enabled("new-checkout", User("user-1")))

    def test_treats_an_unknown_flag_as_disabled(self):
        self.assertFalse(single(rollout_percentage=100).is_enabled("no-such-flag", User("user-1")))

    def test_rejects_invalid_percentages_duplicate_keys_and_unknown_kill_switch_keys(self):
        for bad in (101, -1, 12.5):
            with self.assertRaises(ValueError):
                single(rollout_percentage=bad)
        with self.assertRaises(ValueError):
            single(rules=[TargetingRule("plan", ["x"], 150)])
        with self.assertRaises(ValueError):
            FeatureFlags([FlagConfig("a", 1), FlagConfig("a", 2)])
        with self.assertRaises(KeyError):
            single().set_killed("no-such-flag", True)


if __name__ == "__main__":
    unittest.main()
