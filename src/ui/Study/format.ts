/**
 * Times in study mode, in the reader's language: the interval a rating button promises ("10 min",
 * "4 days") and the date of a next review. Intl does the wording in both languages.
 */
import type { Language } from '../i18n/language';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The interval in its largest whole unit: `<1 min`, `10 min`, `3 hr`, `4 days`, `2 mo`. */
export function formatInterval(ms: number, language: Language): string {
  const [value, unit]: [number, 'minute' | 'hour' | 'day' | 'month' | 'year'] =
    ms < HOUR
      ? [Math.max(1, Math.round(ms / MINUTE)), 'minute']
      : ms < DAY
        ? [Math.round(ms / HOUR), 'hour']
        : ms < 30 * DAY
          ? [Math.round(ms / DAY), 'day']
          : ms < 365 * DAY
            ? [Math.round(ms / (30 * DAY)), 'month']
            : [Math.round((ms / (365 * DAY)) * 10) / 10, 'year'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short' }).format(
    value,
  );
}

/** A moment: its time alone when it is today, else its date and time. */
export function formatWhen(time: number, now: number, language: Language): string {
  const sameDay = new Date(time).toDateString() === new Date(now).toDateString();
  return new Intl.DateTimeFormat(language, {
    ...(sameDay ? {} : { dateStyle: 'medium' }),
    timeStyle: 'short',
  }).format(time);
}
