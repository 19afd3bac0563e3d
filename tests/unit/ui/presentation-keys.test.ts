import { describe, expect, test } from 'vitest';
import {
  COMMANDS,
  commandsOf,
  SCREEN_COMMANDS,
  STAGE_BUTTONS,
} from '../../../src/ui/commands/commands';
import { matchesKey } from '../../../src/ui/commands/keys';

const press = (key: string) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: key === '?',
});

/** The one command a key press runs while presenting, as useCommands picks it. */
function commandFor(key: string): string[] {
  return commandsOf('present')
    .filter((command) => command.keys.some((notation) => matchesKey(press(key), notation)))
    .map((command) => command.id);
}

describe('presentation keys in the one command table', () => {
  test('presenting is one of the screens checked for double bindings', () => {
    expect(Object.keys(SCREEN_COMMANDS)).toContain('present');
  });

  // reveal.js conventions, so presentation clickers work (they send PageDown/PageUp, `.` or B).
  test.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    [' ', 'next'],
    ['PageDown', 'next'],
    ['n', 'next'],
    ['ArrowLeft', 'previous'],
    ['ArrowUp', 'previous'],
    ['PageUp', 'previous'],
    ['p', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['b', 'blackout'],
    ['.', 'blackout'],
    ['f', 'fullscreen'],
    ['o', 'overview'],
    ['Escape', 'overviewOrLeave'],
    ['g', 'goTo'],
    ['s', 'speakerView'],
    ['q', 'quiz'],
    ['x', 'leave'],
    ['?', 'help'],
  ])('%j runs exactly %s', (key, id) => {
    expect(commandFor(key)).toEqual([id]);
  });

  test('no presentation command is active in the explorer', () => {
    const explorer = new Set<string>(SCREEN_COMMANDS.map);
    for (const id of ['next', 'previous', 'blackout', 'speakerView', 'goTo']) {
      expect(explorer.has(id)).toBe(false);
    }
  });

  test('the speaker screen supports exactly what acts there (no zoom, no fullscreen)', () => {
    const speaker = new Set<string>(SCREEN_COMMANDS.speaker);
    for (const id of ['zoomIn', 'fit', 'fullscreen', 'overview', 'speakerView', 'reveal']) {
      expect(speaker.has(id)).toBe(false);
    }
  });
});

describe('touch and on-screen controls in the same table', () => {
  test('swipes and edge taps step forward and back; no gesture runs two commands', () => {
    const claims = new Map<string, string>();
    for (const command of commandsOf('present')) {
      for (const gesture of command.gestures ?? []) {
        expect(claims.get(gesture), gesture).toBeUndefined();
        claims.set(gesture, command.id);
      }
    }
    expect(Object.fromEntries(claims)).toEqual({
      swipeLeft: 'next',
      tapRight: 'next',
      swipeRight: 'previous',
      tapLeft: 'previous',
    });
  });

  test('every on-screen button is a command of the stage, with a short label', () => {
    const present = new Set<string>(SCREEN_COMMANDS.present);
    for (const id of STAGE_BUTTONS) {
      expect(present.has(id)).toBe(true);
      expect(COMMANDS[id].button).toBeDefined();
    }
  });
});
