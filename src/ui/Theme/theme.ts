import { readPreference } from '../preferences/storage';

export type Theme = 'light' | 'dark';

export const THEME_PREFERENCE = 'theme';

/** The remembered theme, else the system's (prefers-color-scheme), else light. */
export function initialTheme(): Theme {
  const remembered = readPreference(THEME_PREFERENCE);
  if (remembered === 'light' || remembered === 'dark') return remembered;
  const prefersDark =
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-color-scheme: dark)').matches;
  return prefersDark ? 'dark' : 'light';
}
