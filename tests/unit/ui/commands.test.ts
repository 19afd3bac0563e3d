import { expect, test } from 'vitest';
import { displayKey, matchesKey, normaliseKey } from '../../../src/ui/commands/keys';
import {
  COMMANDS,
  SCREEN_COMMANDS,
  commandsOf,
  type ScreenName,
} from '../../../src/ui/commands/commands';
import { messages } from '../../../src/ui/i18n/messages';

const SCREENS = Object.keys(SCREEN_COMMANDS) as ScreenName[];

test.each(SCREENS)('no two commands claim one key on the %s screen', (screen) => {
  const claims = new Map<string, string>();
  for (const command of commandsOf(screen)) {
    for (const key of command.keys) {
      const normal = normaliseKey(key);
      expect(
        claims.get(normal),
        `${key} is claimed by ${claims.get(normal)} and ${command.id}`,
      ).toBeUndefined();
      claims.set(normal, command.id);
    }
  }
});

test.each(SCREENS)('the %s screen lists each of its commands once', (screen) => {
  const ids = SCREEN_COMMANDS[screen];
  expect(new Set(ids).size).toBe(ids.length);
});

test('every command has keys and a label in both languages', () => {
  for (const command of Object.values(COMMANDS)) {
    expect(messages.en[command.label].length).toBeGreaterThan(0);
    expect(messages.ja[command.label].length).toBeGreaterThan(0);
    expect(command.keys.length).toBeGreaterThan(0);
  }
});

const key = (k: string, modifiers: Partial<KeyboardEvent> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

test.each([
  ['Mod+k', key('k', { ctrlKey: true }), true],
  ['Mod+k', key('k', { metaKey: true }), true],
  ['Mod+k', key('k'), false],
  ['k', key('k', { ctrlKey: true }), false],
  ['?', key('?', { shiftKey: true }), true],
  ['+', key('+', { shiftKey: true }), true],
  ['t', key('T', { shiftKey: true }), false],
  ['Escape', key('Escape'), true],
])('%s matches %o: %s', (notation, event, expected) => {
  expect(matchesKey(event, notation)).toBe(expected);
});

test('keys are shown the way each platform writes them', () => {
  expect(displayKey('Mod+k', false)).toBe('Ctrl+K');
  expect(displayKey('Mod+k', true)).toBe('⌘K');
  expect(displayKey('+', false)).toBe('+');
  expect(normaliseKey('Mod+K')).toBe(normaliseKey('Mod+k'));
});
