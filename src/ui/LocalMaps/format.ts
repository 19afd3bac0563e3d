import type { Language } from '../i18n/language';

/** `6.1 kB`, `1.2 MB`: the size of a map's notes, in the reader's language. */
export function formatBytes(bytes: number, language: Language): string {
  const [value, unit] =
    bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [bytes / 1000, 'kilobyte'];
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit,
    maximumFractionDigits: 1,
  }).format(value);
}

export function formatDate(time: number, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    time,
  );
}

export function formatCount(count: number, language: Language): string {
  return new Intl.NumberFormat(language).format(count);
}
