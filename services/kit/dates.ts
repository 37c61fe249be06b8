// Dates in the school's time zone (APP_CONFIG timezone), shared by the pages and the feeds.

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's date in the school's time zone, YYYY-MM-DD. */
export function schoolDate(now: Date, timeZone: string): string {
  let f = dateFormats.get(timeZone);
  if (!f) {
    // Building a formatter is costly (ICU); one per zone is kept.
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, f);
  }
  return f.format(now);
}
