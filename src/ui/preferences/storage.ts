/**
 * Remembered preferences (theme, language) in localStorage. Storage can be unavailable (private
 * mode, blocked cookies, quota): then the preference simply lasts for the session.
 */
const PREFIX = 'musubi.';

export function readPreference(name: string): string | null {
  try {
    return window.localStorage.getItem(PREFIX + name);
  } catch {
    return null;
  }
}

export function writePreference(name: string, value: string): void {
  try {
    window.localStorage.setItem(PREFIX + name, value);
  } catch {
    // Not remembered; the choice still applies now.
  }
}
