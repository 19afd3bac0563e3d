import { expect, test } from 'vitest';
import { displayKey, matchesKey, normaliseKey } from '../../src/ui/actions/keys';
import { actions, actionsFor, CONTEXTS_ACTIVE_TOGETHER } from '../../src/ui/actions/registry';

test.each(CONTEXTS_ACTIVE_TOGETHER.map((contexts) => [contexts.join(' + '), contexts] as const))(
  'no two actions claim one key when %s are active',
  (_name, contexts) => {
    const claims = new Map<string, string>();
    for (const action of actionsFor(contexts)) {
      for (const key of action.keys) {
        const normal = normaliseKey(key);
        expect(
          claims.get(normal),
          `${key} is claimed by ${claims.get(normal)} and ${action.id}`,
        ).toBeUndefined();
        claims.set(normal, action.id);
      }
    }
  },
);

test('action ids are unique and every action has both labels', () => {
  expect(new Set(actions.map((action) => action.id)).size).toBe(actions.length);
  for (const action of actions) {
    expect(action.label.en.length).toBeGreaterThan(0);
    expect(action.label.ja.length).toBeGreaterThan(0);
    expect(action.keys.length).toBeGreaterThan(0);
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
