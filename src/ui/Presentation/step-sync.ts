/**
 * Keeps the audience window and the speaker window on one step through a BroadcastChannel
 * (same origin, same browser; no server). Either window can advance; the last change wins,
 * judged by when it was made, so two windows never bounce a step back and forth.
 *
 * A window that loads (or reloads) asks "where are we?" and adopts the answer; its URL still
 * holds its own step, so a window alone keeps working and a reload of either loses nothing.
 */
import { useEffect, useRef } from 'react';
import type { PresentStep, QuizParam } from '../../routes/paths';

/**
 * Where the talk is: the step and the press within it (title, part, answer), and whether the
 * presenter turned every step into a question, since that changes what the next press shows.
 */
export interface TalkPosition {
  step: PresentStep;
  quiz: QuizParam | null;
}

type SyncMessage =
  | { type: 'step'; step: PresentStep; quiz: QuizParam | null; at: number }
  | { type: 'where' }
  | { type: 'blackout' };

function channelName(mapId: string): string {
  return `musubi:present:${mapId}`;
}

/** One text per position: two positions are the same press of the same talk iff equal. */
function positionKey({ step, quiz }: TalkPosition): string {
  const press = step.slide ?? `${step.part ?? 1}${step.answered ? '!' : ''}`;
  return [step.tour ?? '', step.id, press, quiz ?? ''].join('\u0000');
}

interface StepSyncOptions {
  mapId: string;
  position: TalkPosition;
  /** Another window moved: go there too (without announcing it back). */
  onRemoteStep(position: TalkPosition): void;
  onRemoteBlackout?(): void;
}

/** Syncs `position` with the other windows of this map; returns a way to black out the others. */
export function useStepSync({ mapId, position, onRemoteStep, onRemoteBlackout }: StepSyncOptions): {
  postBlackout(): void;
} {
  const channelRef = useRef<BroadcastChannel | null>(null);
  // `at` 0: the position came from this window's URL, not from a decision; any answer may
  // replace it.
  const current = useRef({ position, at: 0 });
  const announced = useRef(positionKey(position));
  const appliedFromRemote = useRef<string | null>(null);
  const callbacks = useRef({ onRemoteStep, onRemoteBlackout });
  useEffect(() => {
    callbacks.current = { onRemoteStep, onRemoteBlackout };
  });

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(channelName(mapId));
    channelRef.current = channel;
    const post = (message: SyncMessage) => channel.postMessage(message);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      // Another tab of the same site may run another version of the app: check the shape.
      if (!isSyncMessage(event.data)) return;
      const message = event.data;
      if (message.type === 'where') {
        const { position: here, at } = current.current;
        post({ type: 'step', step: here.step, quiz: here.quiz, at });
      } else if (message.type === 'blackout') {
        callbacks.current.onRemoteBlackout?.();
      } else if (message.type === 'step') {
        const there: TalkPosition = { step: message.step, quiz: message.quiz ?? null };
        if (positionKey(there) === positionKey(current.current.position)) return;
        if (message.at < current.current.at) return;
        current.current = { position: there, at: message.at };
        appliedFromRemote.current = positionKey(there);
        callbacks.current.onRemoteStep(there);
      }
    };
    post({ type: 'where' });
    return () => {
      channel.close();
      if (channelRef.current === channel) channelRef.current = null;
    };
  }, [mapId]);

  const key = positionKey(position);
  useEffect(() => {
    if (key === announced.current) return;
    announced.current = key;
    if (key === appliedFromRemote.current) {
      appliedFromRemote.current = null;
      current.current = { ...current.current, position };
      return;
    }
    current.current = { position, at: Date.now() };
    channelRef.current?.postMessage({
      type: 'step',
      step: position.step,
      quiz: position.quiz,
      at: current.current.at,
    } satisfies SyncMessage);
  }, [key, position]);

  return {
    postBlackout: () => channelRef.current?.postMessage({ type: 'blackout' } satisfies SyncMessage),
  };
}

function isSyncMessage(value: unknown): value is SyncMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Partial<Record<string, unknown>>;
  if (message.type === 'where' || message.type === 'blackout') return true;
  if (message.type !== 'step' || typeof message.at !== 'number') return false;
  if (!(message.quiz === undefined || message.quiz === null || isQuizParam(message.quiz))) {
    return false;
  }
  const step = message.step as Partial<Record<string, unknown>> | null | undefined;
  return (
    typeof step === 'object' &&
    step !== null &&
    typeof step.id === 'string' &&
    (step.tour === null || typeof step.tour === 'string') &&
    (step.slide === undefined || step.slide === 'title' || step.slide === 'end') &&
    (step.part === undefined || (Number.isInteger(step.part) && (step.part as number) > 0)) &&
    (step.answered === undefined || typeof step.answered === 'boolean')
  );
}

function isQuizParam(value: unknown): value is QuizParam {
  return value === 'on' || value === 'off';
}
