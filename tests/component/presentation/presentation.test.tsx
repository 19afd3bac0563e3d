import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { commandsOf } from '../../../src/ui/commands/commands';
import { messages } from '../../../src/ui/i18n/messages';
import { sourceOf } from '../fixtures/build';
import { currentUrl, renderApp } from '../support/render-app';
import { demoGraph } from './demo-map';

const source = () => sourceOf(demoGraph());

function visibleIds(setVisible: { mock: { calls: unknown[][] } }): string[] | null {
  const last = setVisible.mock.calls.at(-1)?.[0] as ReadonlySet<string> | null | undefined;
  return last ? [...last] : null;
}

describe('presenting a tour step', () => {
  test('the card shows the concept and “Step N of M”; PageDown moves the URL and the card', async () => {
    const { user, router } = await renderApp('/demo/present/pod', source());
    expect(screen.getByRole('heading', { level: 1, name: 'Pod' })).toBeInTheDocument();
    expect(screen.getByText('Step 3 of 6')).toBeInTheDocument();
    // The title is press 0, so step 3 is press 3.
    expect(screen.getByRole('progressbar', { name: 'Tour progress' })).toHaveAttribute(
      'aria-valuenow',
      '3',
    );
    expect(document.querySelector('[data-stage-card]')).toHaveAttribute('data-stage-card', 'step');

    await user.keyboard('{PageDown}');
    expect(currentUrl(router)).toBe('/demo/present/alpha');
    expect(screen.getByRole('heading', { level: 1, name: 'Alpha' })).toBeInTheDocument();
    expect(screen.getByText('Step 4 of 6')).toBeInTheDocument();

    await user.keyboard('{PageUp}{PageUp}');
    expect(currentUrl(router)).toBe('/demo/present/zebra-section');
  });

  test('all the clicker keys move: → ↓ Space N forward, ← ↑ P back, Home and End to the title and the end', async () => {
    const { user, router } = await renderApp('/demo/present/pod', source());
    const steps: string[] = [];
    for (const key of [
      '{ArrowRight}',
      '{ArrowLeft}',
      '{ArrowDown}',
      '{ArrowUp}',
      ' ',
      'p',
      'n',
      '{End}',
      '{Home}',
    ]) {
      await user.keyboard(key);
      steps.push(currentUrl(router).replace('/demo/present/', ''));
    }
    expect(steps).toEqual([
      'alpha',
      'pod',
      'alpha',
      'pod',
      'alpha',
      'pod',
      'alpha',
      'service?slide=end',
      'notes?slide=title',
    ]);
  });

  test('after the last step comes the closing, and the closing is the end (no wrap-around)', async () => {
    const { user, router } = await renderApp('/demo/present/service', source());
    await user.keyboard('{PageDown}');
    expect(currentUrl(router)).toBe('/demo/present/service?slide=end');
    await user.keyboard('{PageDown}');
    expect(currentUrl(router)).toBe('/demo/present/service?slide=end');
    await user.keyboard('{PageUp}');
    expect(currentUrl(router)).toBe('/demo/present/service');
  });

  test('the map builds up: only the concepts reached so far are visible, the current one framed', async () => {
    const { user, fake } = await renderApp('/demo/present/pod', source());
    const { handle } = fake.current();
    expect(visibleIds(handle.setVisible)).toEqual(['notes', 'zebra-section', 'pod']);
    expect(handle.select).toHaveBeenLastCalledWith('pod');
    // Pod's neighbours: Zebra section (reached) is framed with it, Service (not reached) is not.
    expect(handle.focus).toHaveBeenLastCalledWith(['pod', 'zebra-section']);
    // The map keeps clear of the card and the footer (jsdom lays nothing out: all zero here).
    expect(handle.setInsets).toHaveBeenCalled();
    // The stage follows the app's theme (light by default), the map with it.
    expect(handle.setTheme).toHaveBeenLastCalledWith('light');

    await user.keyboard('{PageDown}');
    expect(visibleIds(handle.setVisible)).toEqual(['notes', 'zebra-section', 'pod', 'alpha']);
    // Moving never rebuilds the map, so positions cannot change between steps.
    expect(fake.live()).toHaveLength(1);
  });

  test('?reveal=all shows the whole map; R toggles it in the URL', async () => {
    const { user, router, fake } = await renderApp('/demo/present/pod?reveal=all', source());
    expect(fake.current().handle.setVisible).toHaveBeenLastCalledWith(null);
    await user.keyboard('{PageDown}');
    expect(currentUrl(router)).toBe('/demo/present/alpha?reveal=all');
    await user.keyboard('r');
    expect(currentUrl(router)).toBe('/demo/present/alpha');
    expect(visibleIds(fake.current().handle.setVisible)).toHaveLength(4);
  });

  test('a named tour follows the companion file’s order', async () => {
    const { user, router } = await renderApp('/demo/present/short/service', source());
    expect(screen.getByText('Step 1 of 2')).toBeInTheDocument();
    expect(screen.getByText('The short way')).toBeInTheDocument();
    await user.keyboard('{PageDown}');
    expect(currentUrl(router)).toBe('/demo/present/short/pod');
    expect(screen.getByRole('heading', { level: 1, name: 'Pod' })).toBeInTheDocument();
  });

  test('the card shows links as links, unsafe ones as text, and the notes’ text never as HTML', async () => {
    await renderApp('/demo/present/pod', source());
    expect(screen.getByRole('link', { name: 'Pod docs' })).toHaveAttribute(
      'href',
      'https://kubernetes.io/docs/concepts/workloads/pods/',
    );
    expect(screen.queryByRole('link', { name: 'evil' })).toBeNull();
    expect(screen.getByText(/<b>not bold<\/b>/)).toBeInTheDocument();
    expect(document.querySelector('.presentation b')).toBeNull();
  });
});

describe('unknown steps and tours', () => {
  test('an unknown step says so and links to the tour’s start and the map', async () => {
    const { user, router } = await renderApp('/demo/present/short/alpha', source());
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The concept “alpha” is not a step of this tour.',
    );
    await user.click(screen.getByRole('link', { name: 'Start the tour at its first concept' }));
    expect(currentUrl(router)).toBe('/demo/present/short/service');
  });

  test('an unknown tour lists the tours that exist', async () => {
    await renderApp('/demo/present/nope/pod', source());
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('There is no tour “nope” in this map.');
    expect(within(alert).getByRole('link', { name: 'The short way' })).toHaveAttribute(
      'href',
      '/demo/present/short/service',
    );
    expect(within(alert).getByRole('link', { name: 'Back to the map' })).toHaveAttribute(
      'href',
      '/demo',
    );
  });
});

describe('the room’s controls', () => {
  test('B blacks the screen out, any key brings it back without moving', async () => {
    const { user, router } = await renderApp('/demo/present/pod', source());
    await user.keyboard('b');
    expect(screen.getByTestId('blackout')).toBeInTheDocument();
    await user.keyboard('{PageDown}');
    expect(screen.queryByTestId('blackout')).toBeNull();
    expect(currentUrl(router)).toBe('/demo/present/pod');
    await user.keyboard('.');
    expect(screen.getByTestId('blackout')).toBeInTheDocument();
  });

  test('Esc shows the whole map; Esc again returns to the explorer at this concept', async () => {
    const { user, router, fake } = await renderApp('/demo/present/pod', source());
    await user.keyboard('{Escape}');
    expect(screen.getByRole('status')).toHaveTextContent('Overview of the whole map');
    expect(fake.current().handle.setVisible).toHaveBeenLastCalledWith(null);
    expect(fake.current().handle.fit).toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(currentUrl(router)).toBe('/demo/node/pod');
  });

  test('O toggles the overview and back to the step', async () => {
    const { user } = await renderApp('/demo/present/pod', source());
    await user.keyboard('o');
    expect(screen.queryByRole('heading', { level: 1, name: 'Pod' })).toBeNull();
    await user.keyboard('o');
    expect(screen.getByRole('heading', { level: 1, name: 'Pod' })).toBeInTheDocument();
  });

  test('G goes to a concept of the tour by typing its name', async () => {
    const { user, router } = await renderApp('/demo/present/notes', source());
    await user.keyboard('g');
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByRole('combobox'), 'servi');
    await user.keyboard('{Enter}');
    expect(currentUrl(router)).toBe('/demo/present/service');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('? lists exactly the presentation’s commands', async () => {
    const { user } = await renderApp('/demo/present/pod', source());
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const command of commandsOf('present')) {
      expect(within(dialog).getByText(messages.en[command.label])).toBeInTheDocument();
    }
    expect(within(dialog).getAllByRole('row')).toHaveLength(commandsOf('present').length);
    expect(within(dialog).queryByText('Toggle the outline')).toBeNull();
  });

  test('S opens the speaker view in a second window; a blocked pop-up offers a link', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const { user } = await renderApp('/demo/present/pod', source());
    await user.keyboard('s');
    expect(open).toHaveBeenCalledWith(
      expect.stringMatching(/\/demo\/speaker\/pod$/),
      expect.any(String),
      expect.any(String),
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The browser blocked the speaker window');
    expect(within(alert).getByRole('link', { name: 'Open the speaker view' })).toHaveAttribute(
      'href',
      expect.stringMatching(/\/demo\/speaker\/pod$/),
    );
    open.mockRestore();
  });
});

describe('the speaker view', () => {
  test('shows the current and the next concept, the step, a clock and a timer that pauses', async () => {
    const { user, router } = await renderApp('/demo/speaker/pod', source());
    const current = screen.getByRole('region', { name: 'Now' });
    expect(within(current).getByRole('heading', { name: 'Pod' })).toBeInTheDocument();
    expect(within(current).getByText(/A group of containers/)).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Next' })).getByRole('heading', { name: 'Alpha' }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Step 3 of 6').length).toBeGreaterThan(0);
    expect(screen.getByTestId('elapsed')).toHaveTextContent(/^\d\d:\d\d$/);

    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByTestId('elapsed')).toHaveTextContent('00:00');

    await user.keyboard('{PageDown}');
    expect(currentUrl(router)).toBe('/demo/speaker/alpha');
  });

  test('follows the audience window through the BroadcastChannel', async () => {
    const { router } = await renderApp('/demo/speaker/pod', source());
    const audience = new BroadcastChannel('musubi:present:demo');
    audience.postMessage({ type: 'step', step: { tour: null, id: 'service' }, at: Date.now() });
    await waitFor(() => expect(currentUrl(router)).toBe('/demo/speaker/service'));
    audience.close();
  });
});

describe('the handout', () => {
  test('draws the map and lists every concept of the tour in order', async () => {
    await renderApp('/demo/handout/short', source());
    expect(screen.getByRole('img', { name: 'The whole map' })).toBeInTheDocument();
    const list = screen.getByRole('region', { name: 'Concepts, in tour order' });
    const headings = within(list)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual(['Service', 'Pod']);
  });

  test('the default handout has every concept', async () => {
    await renderApp('/demo/handout', source());
    const list = screen.getByRole('region', { name: 'Concepts, in tour order' });
    expect(within(list).getAllByRole('heading', { level: 3 })).toHaveLength(6);
  });
});

describe('starting from the explorer', () => {
  test('“Start tour here” in the node panel presents from that concept', async () => {
    const { user, router } = await renderApp('/demo/node/pod', source());
    await user.click(screen.getByRole('link', { name: 'Start tour here' }));
    expect(currentUrl(router)).toBe('/demo/present/pod');
    expect(await screen.findByText('Step 3 of 6')).toBeInTheDocument();
  });

  test('a named tour that visits the concept can start there too', async () => {
    const { user, router } = await renderApp('/demo/node/pod', source());
    await user.click(screen.getByRole('link', { name: 'Start “The short way” here' }));
    expect(currentUrl(router)).toBe('/demo/present/short/pod');
  });
});
