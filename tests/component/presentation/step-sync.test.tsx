import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { App } from '../../../src/App';
import { createAppRoutes } from '../../../src/ui/routes';
import { sourceOf } from '../fixtures/build';
import { createFakeAdapter } from '../support/fake-adapter';
import { currentUrl } from '../support/render-app';
import { demoGraph } from './demo-map';
import { PATIENCE } from '../../support/patience';

/**
 * Every window asks "where are we?" as soon as its channel is open. A watcher on the channel
 * counts those questions, so a test talks to a window only once it listens: React may run the
 * effect that opens the channel after the window's first paint, and a message posted before it
 * would be lost.
 */
let asked = 0;
let onAsked: (() => void)[] = [];
let watcher: BroadcastChannel | null = null;
beforeEach(() => {
  asked = 0;
  watcher = new BroadcastChannel('musubi:present:demo');
  watcher.onmessage = (event: MessageEvent<{ type?: string }>) => {
    if (event.data.type !== 'where') return;
    asked++;
    for (const wake of onAsked.splice(0)) wake();
  };
});
afterEach(() => {
  watcher?.close();
  onAsked = [];
});

/** One app per "window": both in this document, talking over a real BroadcastChannel. */
async function openWindow(url: string) {
  const askedBefore = asked;
  const router = createMemoryRouter(createAppRoutes(), { initialEntries: [url] });
  const view = render(
    <App source={sourceOf(demoGraph())} adapter={createFakeAdapter().adapter} router={router} />,
  );
  // (Under StrictMode a window opens, closes and opens its channel in one go and asks twice.)
  while (asked === askedBefore) await new Promise<void>((wake) => onAsked.push(wake));
  return { router, root: view.container };
}

describe('the audience and speaker windows stay on one step', () => {
  test('the speaker’s Next button moves the audience too', async () => {
    const audience = await openWindow('/demo/present/pod');
    const speaker = await openWindow('/demo/speaker/pod');
    const next = await within(speaker.root).findByRole('button', { name: 'Next' });
    await userEvent.setup().click(next);
    await waitFor(() => expect(currentUrl(audience.router)).toBe('/demo/present/alpha'), PATIENCE);
    expect(currentUrl(speaker.router)).toBe('/demo/speaker/alpha');
    expect(await within(audience.root).findByText('Step 4 of 6')).toBeInTheDocument();
  });

  test('a window that opens late (or reloads) adopts the step of the one already presenting', async () => {
    const audience = await openWindow('/demo/present/short/service');
    await within(audience.root).findByText('Step 1 of 2');
    // Its URL is stale: the talk moved on while it was closed.
    const speaker = await openWindow('/demo/speaker/short/pod');
    await waitFor(
      () => expect(currentUrl(speaker.router)).toBe('/demo/speaker/short/service'),
      PATIENCE,
    );
    expect(currentUrl(audience.router)).toBe('/demo/present/short/service');
    // The router's state moves first; React renders the new step just after.
    await waitFor(() => expect(screen.getAllByText('Step 1 of 2')).toHaveLength(2));
  });

  test('every press is synced: the quiz switch, a question’s answer, back across steps', async () => {
    const audience = await openWindow('/demo/present/pod');
    const speaker = await openWindow('/demo/speaker/pod');
    const next = await within(speaker.root).findByRole('button', { name: 'Next' });
    // A third window of the talk turns it into questions: both follow.
    const other = new BroadcastChannel('musubi:present:demo');
    other.postMessage({
      type: 'step',
      step: { tour: null, id: 'pod' },
      quiz: 'on',
      at: Date.now(),
    });
    await waitFor(
      () => expect(currentUrl(audience.router)).toBe('/demo/present/pod?quiz=on'),
      PATIENCE,
    );
    await waitFor(
      () => expect(currentUrl(speaker.router)).toBe('/demo/speaker/pod?quiz=on'),
      PATIENCE,
    );
    other.close();

    const user = userEvent.setup();
    await user.click(next);
    await waitFor(
      () => expect(currentUrl(audience.router)).toBe('/demo/present/pod?answer=shown&quiz=on'),
      PATIENCE,
    );
    const previous = within(speaker.root).getByRole('button', { name: 'Previous' });
    await user.click(previous);
    await user.click(previous);
    await waitFor(
      () =>
        expect(currentUrl(audience.router)).toBe(
          '/demo/present/zebra-section?answer=shown&quiz=on',
        ),
      PATIENCE,
    );
  });

  test('messages of another shape (another version of the app) are ignored', async () => {
    const speaker = await openWindow('/demo/speaker/pod');
    await within(speaker.root).findByText('Step 3 of 6');
    const visited: string[] = [];
    const stopWatching = speaker.router.subscribe((state) => {
      visited.push(state.location.pathname);
    });
    const other = new BroadcastChannel('musubi:present:demo');
    // Each of these names a real step but is not a message this app writes: none may move it.
    other.postMessage({ type: 'step', step: { tour: 7, id: 'alpha' }, at: Date.now() });
    other.postMessage({ type: 'step', step: { tour: null, id: 'alpha' } });
    other.postMessage({ type: 'step', step: { tour: null, id: 42 }, at: Date.now() });
    other.postMessage({ type: 'step', step: null, at: Date.now() });
    other.postMessage({ type: 'step', step: { tour: null, id: 'alpha', part: -1 }, at: 1 });
    other.postMessage({ type: 'step', step: { tour: null, id: 'alpha' }, quiz: 'yes', at: 1 });
    // Channels deliver in order: once this one has moved the speaker, the others were read.
    other.postMessage({ type: 'step', step: { tour: null, id: 'service' }, at: Date.now() });
    await waitFor(() => expect(currentUrl(speaker.router)).toBe('/demo/speaker/service'), PATIENCE);
    expect(visited.filter((path) => path !== '/demo/speaker/service')).toEqual([]);
    stopWatching();
    other.close();
  });
  test('a press right after a step arrives from the other window goes on from that step', async () => {
    const audience = await openWindow('/demo/present/pod');
    const next = await within(audience.root).findByRole('button', { name: 'Next' });
    await within(audience.root).findByText('Step 3 of 6');
    // The press comes the moment the router has moved, before React has drawn the new step
    // (a clicker pressed twice quickly, on a slow machine).
    const stop = audience.router.subscribe((state) => {
      if (state.location.pathname !== '/demo/present/alpha') return;
      stop();
      fireEvent.click(next);
    });
    const other = new BroadcastChannel('musubi:present:demo');
    other.postMessage({
      type: 'step',
      step: { tour: null, id: 'alpha' },
      quiz: null,
      at: Date.now(),
    });
    other.close();
    expect(await within(audience.root).findByText('Step 5 of 6', {}, PATIENCE)).toBeInTheDocument();
  });
});
