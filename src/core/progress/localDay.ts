// Calendar days in the learner's local time, as "YYYY-MM-DD". Reviews are scheduled in whole days:
// a question due "tomorrow" is due from local midnight, whatever the hour it was graded, and day
// arithmetic is done on the calendar (UTC of the date's components), so daylight-saving changes
// never make a day 23 or 25 hours long.

/** A calendar date, "YYYY-MM-DD". */
export type LocalDay = string;

/** Where the current time comes from: injected so that tests (and the scheduler) never read the system clock. */
export type Clock = () => Date;

const DAY_MS = 86_400_000;
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (value: number, width: number) => String(value).padStart(width, "0");

/** The local calendar day of an instant (in the time zone of the process). */
export function localDay(date: Date): LocalDay {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** Whether a value is a real calendar day in the "YYYY-MM-DD" form (2024-02-30 is not). */
export function isLocalDay(value: unknown): value is LocalDay {
  if (typeof value !== "string") return false;
  const match = PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1970 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function dayNumber(day: LocalDay): number {
  const match = PATTERN.exec(day);
  if (!match) throw new Error(`not a day: ${JSON.stringify(day)}`);
  return Math.round(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS);
}

function fromDayNumber(days: number): LocalDay {
  const date = new Date(days * DAY_MS);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

export function addDays(day: LocalDay, days: number): LocalDay {
  return fromDayNumber(dayNumber(day) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDay, to: LocalDay): number {
  return dayNumber(to) - dayNumber(from);
}

/** Milliseconds from `now` to the next local midnight (when "today" changes). */
export function msUntilNextDay(now: Date): number {
  const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return Math.max(1, midnight.getTime() - now.getTime());
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "today", "tomorrow", "in 3 days (Fri 7 Jun)", "on Mon 3 Mar 2025" for more than a year ahead. */
export function describeDay(day: LocalDay, today: LocalDay): string {
  const distance = daysBetween(today, day);
  if (distance <= 0) return "today";
  if (distance === 1) return "tomorrow";
  const date = new Date(dayNumber(day) * DAY_MS);
  const label = `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
  return distance > 365 ? `on ${label} ${date.getUTCFullYear()}` : `in ${distance} days (${label})`;
}

/** "1 day", "12 days", "3 mo", "1.2 yr": the short interval shown on a grade button. */
export function describeInterval(days: number): string {
  if (days < 30) return `${days} day${days === 1 ? "" : "s"}`;
  if (days < 365) return `${Math.round(days / 30)} mo`;
  const years = Math.round((days / 365) * 10) / 10;
  return `${years} yr`;
}
