import { useLayoutEffect, useRef } from 'react';
import { actionsFor } from './registry';
import type { ActionContext, ActionEnvironment } from './registry';
import { matchesKey } from './keys';

/**
 * The one keyboard listener: runs the first action of the active contexts whose key matches.
 * Typing in a field is left alone, and so is everything while `enabled` is false (a modal
 * dialog is open and handles its own keys). The environment is read through a ref, so the
 * listener is attached once and always calls the latest callbacks.
 *
 * Layout effects, not passive ones: they run before the browser paints, so a screen that can be
 * seen already listens. With useEffect a clicker press right after the first frame (or on a
 * busy machine, a while after it) fell in the gap before the listener existed and was lost.
 */
export function useActionKeys(
  contexts: readonly ActionContext[],
  environment: ActionEnvironment,
  enabled: boolean,
): void {
  const latest = useRef({ contexts, environment, enabled });
  useLayoutEffect(() => {
    latest.current = { contexts, environment, enabled };
  });

  useLayoutEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const { contexts, environment, enabled } = latest.current;
      if (!enabled || event.defaultPrevented || isTyping(event.target)) return;
      const action = actionsFor(contexts).find((candidate) =>
        candidate.keys.some((key) => matchesKey(event, key)),
      );
      if (!action) return;
      event.preventDefault();
      action.run(environment);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}
