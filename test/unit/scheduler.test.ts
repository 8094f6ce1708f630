import assert from "node:assert/strict";
import { addDays, daysBetween, describeDay, describeInterval, isLocalDay, localDay, msUntilNextDay, type LocalDay } from "../../src/core/progress/localDay";
import {
  GRADES,
  INITIAL_EASE,
  isDue,
  MAX_EASE,
  MAX_INTERVAL_DAYS,
  MIN_EASE,
  nextIntervals,
  scheduleReview,
  type Grade,
  type QuestionReview,
} from "../../src/core/progress/scheduler";

/** Grades a question on successive due days (each review happens on the day it falls due). */
function reviewOnDueDays(grades: Grade[], start: LocalDay = "2024-01-10"): QuestionReview[] {
  const history: QuestionReview[] = [];
  let review: QuestionReview | undefined;
  let day = start;
  for (const grade of grades) {
    review = scheduleReview(review, grade, day);
    history.push(review);
    day = review.due;
  }
  return history;
}

describe("local days", () => {
  it("takes the calendar day in local time, not UTC", () => {
    // Built from local components, so the expectation holds in every time zone.
    assert.equal(localDay(new Date(2024, 0, 31, 0, 0, 1)), "2024-01-31");
    assert.equal(localDay(new Date(2024, 0, 31, 23, 59, 59)), "2024-01-31");
    assert.equal(localDay(new Date(2024, 1, 1, 0, 0, 0)), "2024-02-01");
    assert.equal(localDay(new Date(999, 0, 1)).length, 10, "padded to YYYY-MM-DD");
  });

  it("adds and counts days on the calendar, across months, leap days and years", () => {
    assert.equal(addDays("2024-02-28", 1), "2024-02-29");
    assert.equal(addDays("2023-02-28", 1), "2023-03-01");
    assert.equal(addDays("2024-12-31", 1), "2025-01-01");
    assert.equal(addDays("2024-03-01", -1), "2024-02-29");
    assert.equal(addDays("2024-01-10", 365), "2025-01-09");
    assert.equal(daysBetween("2024-01-10", "2024-03-10"), 60);
    assert.equal(daysBetween("2024-03-10", "2024-01-10"), -60);
    // Days that are 23 or 25 hours long in daylight-saving zones are still one day.
    assert.equal(addDays("2024-03-30", 1), "2024-03-31");
    assert.equal(addDays("2024-10-26", 2), "2024-10-28");
    assert.equal(daysBetween("2024-03-09", "2024-03-11"), 2);
  });

  it("recognises only real days in the YYYY-MM-DD form", () => {
    for (const day of ["2024-02-29", "2023-12-31", "1970-01-01"]) assert.equal(isLocalDay(day), true, day);
    for (const value of ["2023-02-29", "2024-13-01", "2024-00-10", "2024-1-1", "24-01-01", "2024-01-01T00:00", "", 20240101, null, undefined, "1969-12-31"]) {
      assert.equal(isLocalDay(value), false, String(value));
    }
  });

  it("knows how long until local midnight", () => {
    assert.equal(msUntilNextDay(new Date(2024, 4, 1, 23, 59, 0)), 60_000);
    assert.equal(msUntilNextDay(new Date(2024, 4, 1, 0, 0, 0)) > 0, true);
  });

  it("describes days and intervals for people", () => {
    assert.equal(describeDay("2024-06-05", "2024-06-05"), "today");
    assert.equal(describeDay("2024-06-01", "2024-06-05"), "today", "overdue is today");
    assert.equal(describeDay("2024-06-06", "2024-06-05"), "tomorrow");
    assert.equal(describeDay("2024-06-07", "2024-06-05"), "in 2 days (Fri 7 Jun)");
    assert.equal(describeDay("2026-06-08", "2024-06-05"), "on Mon 8 Jun 2026");
    assert.equal(describeInterval(1), "1 day");
    assert.equal(describeInterval(6), "6 days");
    assert.equal(describeInterval(45), "2 mo");
    assert.equal(describeInterval(365), "1 yr");
  });
});

describe("scheduler (SM-2)", () => {
  const today = "2024-01-10";

  it("schedules a new question: Again and Hard tomorrow, Good tomorrow, Easy in four days", () => {
    assert.deepEqual(nextIntervals(undefined), { again: 1, hard: 1, good: 1, easy: 4 });
    const good = scheduleReview(undefined, "good", today);
    assert.deepEqual(good, {
      ease: INITIAL_EASE,
      interval: 1,
      repetitions: 1,
      lapses: 0,
      reviews: 1,
      lastGrade: "good",
      due: "2024-01-11",
      lastReviewed: today,
      firstReviewed: today,
    });
    assert.equal(scheduleReview(undefined, "easy", today).due, "2024-01-14");
    assert.equal(scheduleReview(undefined, "easy", today).ease, 2.65);
  });

  it("grows intervals with Good: 1, 6, then × ease, up to a year", () => {
    const history = reviewOnDueDays(Array(8).fill("good"));
    assert.deepEqual(history.map((review) => review.interval), [1, 6, 15, 38, 95, 238, 365, 365]);
    assert.ok(history.every((review) => review.ease === INITIAL_EASE), "Good leaves the ease alone");
    assert.deepEqual(history.map((review) => review.repetitions), [1, 2, 3, 4, 5, 6, 7, 8]);
    assert.equal(history[2].due, addDays(history[1].due, 15), "due = review day + interval");
  });

  it("orders the grades: Again < Hard < Good < Easy, at every stage", () => {
    let review: QuestionReview | undefined;
    let day = today;
    for (let step = 0; step < 6; step++) {
      const next = nextIntervals(review);
      assert.ok(next.again <= next.hard && next.hard <= next.good && next.good < next.easy, `step ${step}: ${JSON.stringify(next)}`);
      if (step > 0) assert.ok(next.hard < next.good, `step ${step}: Hard is shorter than Good once learned`);
      review = scheduleReview(review, "good", day);
      day = review.due;
    }
  });

  it("makes every successful review at least one day longer than the last", () => {
    for (const grade of ["hard", "good", "easy"] as const) {
      const history = reviewOnDueDays(["good", "good", ...Array(6).fill(grade)]);
      for (let i = 1; i < history.length; i++) {
        assert.ok(
          history[i].interval > history[i - 1].interval || history[i].interval === MAX_INTERVAL_DAYS,
          `${grade}: ${history.map((review) => review.interval).join(", ")}`,
        );
      }
    }
  });

  it("resets on Again: repetitions start over, a lapse is counted, due tomorrow, ease drops", () => {
    const [, , learned] = reviewOnDueDays(["good", "good", "good"]);
    assert.equal(learned.interval, 15);
    const forgotten = scheduleReview(learned, "again", "2024-02-10");
    assert.equal(forgotten.repetitions, 0);
    assert.equal(forgotten.lapses, 1);
    assert.equal(forgotten.interval, 1);
    assert.equal(forgotten.due, "2024-02-11");
    assert.equal(forgotten.ease, 2.3);
    assert.equal(forgotten.reviews, 4);
    assert.equal(forgotten.firstReviewed, learned.firstReviewed, "the first review day is kept");
    // Relearning starts at the beginning again: 1 day, then 6.
    const relearned = scheduleReview(forgotten, "good", forgotten.due);
    assert.equal(relearned.interval, 1);
    assert.equal(scheduleReview(relearned, "good", relearned.due).interval, 6);
  });

  it("changes the ease by grade (Hard −0.15, Easy +0.15) and keeps it within bounds", () => {
    const base = scheduleReview(undefined, "good", today);
    assert.equal(scheduleReview(base, "hard", base.due).ease, 2.35);
    assert.equal(scheduleReview(base, "easy", base.due).ease, 2.65);
    const floor = reviewOnDueDays(Array(20).fill("again"));
    assert.equal(floor.at(-1)?.ease, MIN_EASE);
    assert.equal(floor.at(-1)?.lapses, 20);
    const ceiling = reviewOnDueDays(Array(40).fill("easy"));
    assert.equal(ceiling.at(-1)?.ease, MAX_EASE);
    assert.equal(ceiling.at(-1)?.interval, MAX_INTERVAL_DAYS);
  });

  it("uses the ease before the grade for the interval, as SM-2 does", () => {
    const [, second] = reviewOnDueDays(["good", "good"]);
    const hard = scheduleReview(second, "hard", second.due);
    assert.equal(hard.interval, 7, "6 × 1.2 rounds to 7");
    const afterHard = scheduleReview(hard, "good", hard.due);
    assert.equal(afterHard.interval, Math.round(7 * 2.35));
  });

  it("is due on its due day and after it, not before", () => {
    const review = scheduleReview(undefined, "good", today);
    assert.equal(isDue(review, "2024-01-10"), false);
    assert.equal(isDue(review, "2024-01-11"), true);
    assert.equal(isDue(review, "2024-03-01"), true);
  });

  it("works in whole days: the hour of a review does not matter", () => {
    const morning = scheduleReview(undefined, "good", localDay(new Date(2024, 0, 10, 0, 5)));
    const night = scheduleReview(undefined, "good", localDay(new Date(2024, 0, 10, 23, 55)));
    assert.deepEqual(morning, night);
  });

  it("never produces an invalid schedule, whatever the sequence of grades", () => {
    // A deterministic walk through many grade sequences (a small linear congruential generator).
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 200; run++) {
      let review: QuestionReview | undefined;
      let day = "2024-01-01";
      for (let step = 0; step < 30; step++) {
        const grade = GRADES[Math.floor(random() * GRADES.length)];
        const lateBy = Math.floor(random() * 5);
        day = addDays(review?.due ?? day, lateBy);
        review = scheduleReview(review, grade, day);
        assert.ok(review.ease >= MIN_EASE && review.ease <= MAX_EASE, `ease ${review.ease}`);
        assert.ok(Number.isInteger(review.interval) && review.interval >= 1 && review.interval <= MAX_INTERVAL_DAYS, `interval ${review.interval}`);
        assert.equal(daysBetween(day, review.due), review.interval);
        assert.equal(review.reviews, step + 1);
      }
    }
  });
});
