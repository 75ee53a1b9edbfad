/** UTC day arithmetic for cost windows: the providers bucket costs by UTC day. */
export const DAY_MS = 86_400_000;

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function startOfUtcMonth(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

/** The first day the audit reads costs for: the month's start or 8 days back (yesterday + 7), whichever is earlier. */
export function costWindowStart(now: Date): Date {
  const eightDaysBack = new Date(startOfUtcDay(now).getTime() - 8 * DAY_MS);
  const month = startOfUtcMonth(now);
  return eightDaysBack < month ? eightDaysBack : month;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Every UTC day from `start` up to and including the day of `now`. */
export function daysFrom(start: Date, now: Date): string[] {
  const days: string[] = [];
  for (let t = startOfUtcDay(start).getTime(); t <= startOfUtcDay(now).getTime(); t += DAY_MS) days.push(isoDay(new Date(t)));
  return days;
}
