import { describe, expect, test } from 'vitest';
import { matchesKey } from '../../../src/ui/actions/keys';
import { actionsFor, CONTEXTS_ACTIVE_TOGETHER } from '../../../src/ui/actions/registry';
import type { ActionContext } from '../../../src/ui/actions/registry';

const PRESENTING: readonly ActionContext[] = ['global', 'present'];

const press = (key: string) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: key === '?',
});

/** The one action a key press runs while presenting, as useActionKeys picks it. */
function actionFor(key: string): string[] {
  return actionsFor(PRESENTING)
    .filter((action) => action.keys.some((notation) => matchesKey(press(key), notation)))
    .map((action) => action.id);
}

describe('presentation keys in the one action registry', () => {
  test('presenting is one of the context sets the registry checks for double bindings', () => {
    expect(CONTEXTS_ACTIVE_TOGETHER).toContainEqual(PRESENTING);
  });

  // reveal.js conventions, so presentation clickers work (they send PageDown/PageUp, `.` or B).
  test.each([
    ['ArrowRight', 'present-next'],
    ['ArrowDown', 'present-next'],
    [' ', 'present-next'],
    ['PageDown', 'present-next'],
    ['n', 'present-next'],
    ['ArrowLeft', 'present-previous'],
    ['ArrowUp', 'present-previous'],
    ['PageUp', 'present-previous'],
    ['p', 'present-previous'],
    ['Home', 'present-first'],
    ['End', 'present-last'],
    ['b', 'present-blackout'],
    ['.', 'present-blackout'],
    ['f', 'present-fullscreen'],
    ['o', 'present-overview'],
    ['Escape', 'present-escape'],
    ['g', 'present-go-to'],
    ['s', 'present-speaker'],
    ['?', 'help'],
  ])('%j runs exactly %s', (key, id) => {
    expect(actionFor(key)).toEqual([id]);
  });

  test('no presentation key is active in the explorer', () => {
    expect(actionsFor(['global', 'map']).some((action) => action.context === 'present')).toBe(
      false,
    );
  });
});
