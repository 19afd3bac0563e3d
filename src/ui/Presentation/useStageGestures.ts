import { useLayoutEffect, useRef } from 'react';
import { commandsOf, type Gesture, type ScreenCommands } from '../commands/commands';

/** A swipe: this far across, mostly sideways, quickly. */
const SWIPE_PX = 50;
const SWIPE_MS = 800;
/** A tap: hardly moved, briefly. */
const TAP_PX = 12;
const TAP_MS = 500;
/** Taps in this share of the width at either edge step back or forward (reveal.js-like zones). */
const EDGE_ZONE = 0.3;

/** What a gesture must not start on: it is the control's own touch. */
const INTERACTIVE = 'a, button, input, textarea, select, [role="dialog"], .stage-controls';

/**
 * Touch gestures on the stage: swipe left or right, tap near an edge. Each runs the command that
 * claims it in the command table (commands.ts `gestures`), as a key would; a tap in the middle
 * shows the on-screen controls. Mouse clicks are left alone (the mouse has the buttons).
 */
export function useStageGestures(
  handlers: ScreenCommands<'present'>,
  onTapMiddle: () => void,
  enabled: boolean,
): void {
  const latest = useRef({ handlers, onTapMiddle, enabled });
  useLayoutEffect(() => {
    latest.current = { handlers, onTapMiddle, enabled };
  });

  useLayoutEffect(() => {
    let start: { x: number; y: number; at: number; id: number } | null = null;
    const onDown = (event: PointerEvent) => {
      if (event.pointerType === 'mouse' || !event.isPrimary) return;
      const target = event.target instanceof Element ? event.target : null;
      start = target?.closest(INTERACTIVE)
        ? null
        : { x: event.clientX, y: event.clientY, at: event.timeStamp, id: event.pointerId };
    };
    const onUp = (event: PointerEvent) => {
      const from = start;
      start = null;
      if (!from || from.id !== event.pointerId || !latest.current.enabled) return;
      const gesture = gestureOf(from, event, window.innerWidth);
      if (gesture === 'tapMiddle') {
        latest.current.onTapMiddle();
        return;
      }
      if (gesture === null) return;
      const command = commandsOf('present').find((candidate) =>
        candidate.gestures?.includes(gesture),
      );
      if (command) latest.current.handlers[command.id as keyof ScreenCommands<'present'>]();
    };
    const onCancel = () => (start = null);
    window.addEventListener('pointerdown', onDown);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onCancel);
    return () => {
      window.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onCancel);
    };
  }, []);
}

function gestureOf(
  from: { x: number; y: number; at: number },
  to: PointerEvent,
  width: number,
): Gesture | 'tapMiddle' | null {
  const dx = to.clientX - from.x;
  const dy = to.clientY - from.y;
  const ms = to.timeStamp - from.at;
  if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > 1.5 * Math.abs(dy) && ms <= SWIPE_MS) {
    return dx < 0 ? 'swipeLeft' : 'swipeRight';
  }
  if (Math.hypot(dx, dy) <= TAP_PX && ms <= TAP_MS) {
    if (to.clientX < width * EDGE_ZONE) return 'tapLeft';
    if (to.clientX > width * (1 - EDGE_ZONE)) return 'tapRight';
    return 'tapMiddle';
  }
  return null;
}
