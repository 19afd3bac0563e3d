/**
 * Keeps the audience window and the speaker window on one step through a BroadcastChannel
 * (same origin, same browser; no server). Either window can advance; the last change wins,
 * judged by when it was made, so two windows never bounce a step back and forth.
 *
 * A window that loads (or reloads) asks "where are we?" and adopts the answer; its URL still
 * holds its own step, so a window alone keeps working and a reload of either loses nothing.
 */
import { useEffect, useRef } from 'react';
import type { PresentStep } from '../../routes/paths';

type SyncMessage =
  { type: 'step'; step: PresentStep; at: number } | { type: 'where' } | { type: 'blackout' };

function channelName(mapId: string): string {
  return `musubi:present:${mapId}`;
}

function stepKey(step: PresentStep): string {
  return `${step.tour ?? ''}\u0000${step.id}`;
}

interface StepSyncOptions {
  mapId: string;
  step: PresentStep;
  /** Another window moved: go there too (without announcing it back). */
  onRemoteStep(step: PresentStep): void;
  onRemoteBlackout?(): void;
}

/** Syncs `step` with the other windows of this map; returns a way to black out the others. */
export function useStepSync({ mapId, step, onRemoteStep, onRemoteBlackout }: StepSyncOptions): {
  postBlackout(): void;
} {
  const channelRef = useRef<BroadcastChannel | null>(null);
  // `at` 0: the step came from this window's URL, not from a decision; any answer may replace it.
  const current = useRef({ step, at: 0 });
  const announced = useRef(stepKey(step));
  const appliedFromRemote = useRef<string | null>(null);
  const callbacks = useRef({ onRemoteStep, onRemoteBlackout });
  useEffect(() => {
    callbacks.current = { onRemoteStep, onRemoteBlackout };
  });

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(channelName(mapId));
    channelRef.current = channel;
    channel.onmessage = (event: MessageEvent<unknown>) => {
      // Another tab of the same site may run another version of the app: check the shape.
      if (!isSyncMessage(event.data)) return;
      const message = event.data;
      if (message.type === 'where') {
        channel.postMessage({ type: 'step', step: current.current.step, at: current.current.at });
      } else if (message.type === 'blackout') {
        callbacks.current.onRemoteBlackout?.();
      } else if (message.type === 'step') {
        if (stepKey(message.step) === stepKey(current.current.step)) return;
        if (message.at < current.current.at) return;
        current.current = { step: message.step, at: message.at };
        appliedFromRemote.current = stepKey(message.step);
        callbacks.current.onRemoteStep(message.step);
      }
    };
    channel.postMessage({ type: 'where' } satisfies SyncMessage);
    return () => {
      channel.close();
      if (channelRef.current === channel) channelRef.current = null;
    };
  }, [mapId]);

  const key = stepKey(step);
  useEffect(() => {
    if (key === announced.current) return;
    announced.current = key;
    if (key === appliedFromRemote.current) {
      appliedFromRemote.current = null;
      current.current = { ...current.current, step };
      return;
    }
    current.current = { step, at: Date.now() };
    channelRef.current?.postMessage({
      type: 'step',
      step,
      at: current.current.at,
    } satisfies SyncMessage);
  }, [key, step]);

  return {
    postBlackout: () => channelRef.current?.postMessage({ type: 'blackout' } satisfies SyncMessage),
  };
}

function isSyncMessage(value: unknown): value is SyncMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Partial<Record<string, unknown>>;
  if (message.type === 'where' || message.type === 'blackout') return true;
  if (message.type !== 'step' || typeof message.at !== 'number') return false;
  const step = message.step as Partial<Record<string, unknown>> | null | undefined;
  return (
    typeof step === 'object' &&
    step !== null &&
    typeof step.id === 'string' &&
    (step.tour === null || typeof step.tour === 'string')
  );
}
