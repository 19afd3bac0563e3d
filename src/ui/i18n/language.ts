import { readPreference } from '../preferences/storage';

/** The languages of the interface; a dictionary (dictionary.ts) has one table for each. */
export type Language = 'en' | 'ja';

export const LANGUAGE_PREFERENCE = 'language';

/** The remembered language, else the browser's (`ja`, `ja-JP` → Japanese), else English. */
export function initialLanguage(): Language {
  const remembered = readPreference(LANGUAGE_PREFERENCE);
  if (remembered === 'en' || remembered === 'ja') return remembered;
  const browser = typeof navigator === 'undefined' ? '' : navigator.language;
  return browser.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
