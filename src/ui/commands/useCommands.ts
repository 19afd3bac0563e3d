import { useLayoutEffect, useRef } from 'react';
import { commandsOf, type ScreenCommands, type ScreenName } from './commands';
import { matchesKey } from './keys';

/**
 * The one keyboard listener of a screen: runs the screen's command whose key matches. Typing in a
 * field is left alone, and so is everything while `enabled` is false (a modal dialog is open and
 * handles its own keys). Handlers are read through a ref, so the listener is attached once and
 * always calls the latest ones.
 *
 * Layout effects, not passive ones: they run before the browser paints, so a screen that can be
 * seen already listens. With useEffect a clicker press right after the first frame (or on a
 * busy machine, a while after it) fell in the gap before the listener existed and was lost.
 */
export function useCommands<Screen extends ScreenName>(
  screen: Screen,
  handlers: ScreenCommands<Screen>,
  enabled: boolean,
): void {
  const latest = useRef({ screen, handlers, enabled });
  useLayoutEffect(() => {
    latest.current = { screen, handlers, enabled };
  });

  useLayoutEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const { screen, handlers, enabled } = latest.current;
      if (!enabled || event.defaultPrevented || isTyping(event.target)) return;
      const command = commandsOf(screen).find((candidate) =>
        candidate.keys.some((key) => matchesKey(event, key)),
      );
      if (!command) return;
      event.preventDefault();
      (handlers as Readonly<Record<string, () => void>>)[command.id]?.();
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
