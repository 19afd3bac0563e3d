/**
 * Key notation for actions: `k`, `/`, `?`, `+`, `Escape`, `Mod+k` (Ctrl on Windows and Linux,
 * Cmd on macOS), `Shift+a`. Matched against KeyboardEvent.key, so `?` and `+` work on any
 * keyboard layout whatever Shift combination produces them.
 */
interface KeyChord {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

function parseKey(notation: string): KeyChord {
  const parts = notation.split('+');
  // `+` itself is written `+`: splitting gives ['', ''].
  const key = notation.endsWith('+') ? '+' : parts.pop()!;
  const modifiers = notation.endsWith('+') ? parts.slice(0, -2) : parts;
  return {
    mod: modifiers.includes('Mod'),
    shift: modifiers.includes('Shift'),
    alt: modifiers.includes('Alt'),
    key: key.length === 1 ? key.toLowerCase() : key,
  };
}

/** One spelling per chord, to compare claims of two actions. */
export function normaliseKey(notation: string): string {
  const chord = parseKey(notation);
  return [chord.mod && 'Mod', chord.alt && 'Alt', chord.shift && 'Shift', chord.key]
    .filter(Boolean)
    .join('+');
}

export function matchesKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
  notation: string,
): boolean {
  const chord = parseKey(notation);
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (key !== chord.key) return false;
  if ((event.ctrlKey || event.metaKey) !== chord.mod) return false;
  if (event.altKey !== chord.alt) return false;
  // Shift matters for letters only: `?` and `+` need Shift on most layouts and none on others.
  const isLetter = /^\p{L}$/u.test(key);
  return !isLetter || event.shiftKey === chord.shift;
}

/** How a key is shown in the help overlay. */
export function displayKey(notation: string, isMac: boolean): string {
  const chord = parseKey(notation);
  const key =
    /^\p{Ll}$/u.test(chord.key) && (chord.mod || chord.alt) ? chord.key.toUpperCase() : chord.key;
  const modifiers = [
    chord.mod && (isMac ? '⌘' : 'Ctrl+'),
    chord.alt && (isMac ? '⌥' : 'Alt+'),
    chord.shift && (isMac ? '⇧' : 'Shift+'),
  ];
  return modifiers.filter(Boolean).join('') + (KEY_NAMES[key] ?? key);
}

/** Keys whose `KeyboardEvent.key` value reads badly in the help overlay. */
const KEY_NAMES: Readonly<Record<string, string>> = {
  ' ': 'Space',
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Escape: 'Esc',
};
