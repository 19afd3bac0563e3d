import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import { resetStudyStore, studyStore } from '../../../src/ui/Study/study-store';
import { currentUrl, renderApp } from '../support/render-app';

beforeEach(() => {
  // Each case starts with a browser that has never studied.
  globalThis.indexedDB = new IDBFactory();
  resetStudyStore();
});

/** The card: the live region the student reads. */
const card = () => screen.getByRole('region', { name: /Which concept is this\?|^(Pod|Service)$/ });

async function openSession(url = '/kubernetes/study') {
  const app = await renderApp(url);
  await screen.findByRole('button', { name: /Show answer/ });
  return app;
}

describe('a review session, by keyboard', () => {
  test('/kubernetes/study opens the first due card: its name blanked in the text and hidden on the map', async () => {
    const { router, fake } = await openSession();
    expect(currentUrl(router)).toBe('/kubernetes/study/pod');
    expect(screen.getByRole('heading', { level: 2, name: 'Which concept is this?' })).toBeVisible();
    // Pod's own text, with "Pods" in its link blanked down to its plural ending.
    expect(within(card()).getByText(/コンテナインスタンス/)).toBeVisible();
    expect(card()).toHaveAttribute('aria-live', 'polite');
    expect(card().textContent).not.toMatch(/Pod(?!s)/);
    expect(within(card()).getAllByText('(blank)').length).toBeGreaterThan(0);
    // The neighbourhood is in the card too, so the map is not needed to answer.
    expect(within(card()).getByText('Deployment')).toBeVisible();
    const map = fake.current().handle;
    expect(map.select).toHaveBeenLastCalledWith('pod');
    expect(map.setMasked).toHaveBeenLastCalledWith(new Set(['pod']));
    expect(screen.getByText('4 due (4 new)')).toBeVisible();
  });

  test('Space shows the answer; 3 rates Good and the next card comes, with one fewer due', async () => {
    const { user, router, fake } = await openSession();
    await user.keyboard('3'); // nothing to rate before the answer shows
    expect(currentUrl(router)).toBe('/kubernetes/study/pod');

    await user.keyboard(' ');
    expect(within(screen.getByRole('region', { name: 'Answer' })).getByText('Pod')).toBeVisible();
    // The blanks are filled in with the name, marked.
    // (A plural is hidden with the name, so the mark may read `Pods`.)
    expect(within(card()).getAllByText(/^Pods?$/, { selector: 'mark' }).length).toBe(1);
    expect(fake.current().handle.setMasked).toHaveBeenLastCalledWith(null);
    expect(screen.getByRole('group', { name: 'How well did you know it?' })).toBeVisible();

    await user.keyboard('3');
    await waitFor(() => expect(currentUrl(router)).toBe('/kubernetes/study/service'));
    expect(await screen.findByText('3 due (3 new)')).toBeVisible();
    await screen.findByRole('button', { name: /Show answer/ });
    expect(screen.getByText('1 done today')).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Answer' })).toBeNull();
    expect(studyStore().records('kubernetes')?.get('pod')).toMatchObject({ state: 'learning' });
  });

  test('Enter shows the answer too; 1–4 each rate and move on', async () => {
    const { user, router } = await openSession();
    const seen: string[] = [];
    for (const key of ['1', '2', '4']) {
      await user.keyboard('{Enter}');
      await user.keyboard(key);
      await waitFor(() =>
        expect(currentUrl(router)).not.toBe(seen.at(-1) ?? '/kubernetes/study/pod'),
      );
      seen.push(currentUrl(router));
      // The next card is drawn, its answer hidden again.
      await screen.findByRole('button', { name: /Show answer/ });
    }
    expect(seen).toEqual([
      '/kubernetes/study/service',
      '/kubernetes/study/deployment',
      '/kubernetes/study/ingress',
    ]);
    const records = studyStore().records('kubernetes')!;
    expect(records.get('pod')?.state).toBe('learning'); // Again
    expect(records.get('deployment')?.state).toBe('review'); // Easy graduates at once
  });

  test('Enter on a focused rating button presses that button', async () => {
    const { user, router } = await openSession();
    await user.keyboard(' ');
    screen.getByRole('button', { name: /Easy/ }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(currentUrl(router)).toBe('/kubernetes/study/service'));
    expect(studyStore().records('kubernetes')?.get('pod')?.state).toBe('review');
  });

  test('the state survives a reload: a new visit starts where the last one stopped', async () => {
    const first = await openSession();
    await first.user.keyboard(' ');
    await first.user.keyboard('3');
    await waitFor(() => expect(currentUrl(first.router)).toBe('/kubernetes/study/service'));
    first.unmount();

    resetStudyStore(); // the page is gone; only IndexedDB remains
    const { router } = await openSession();
    expect(currentUrl(router)).toBe('/kubernetes/study/service');
    expect(screen.getByText('3 due (3 new)')).toBeVisible();
  });

  test('"explain it" shows the name and asks for the text', async () => {
    const { user } = await openSession('/kubernetes/study/pod?ask=explain');
    expect(screen.getByRole('heading', { level: 2, name: 'Pod' })).toBeVisible();
    expect(screen.queryByText(/コンテナインスタンス/)).toBeNull();
    await user.keyboard(' ');
    expect(screen.getByText(/コンテナインスタンス/)).toBeVisible();
  });

  test('? lists the study keys; Escape leaves for the map with the knowledge overlay on', async () => {
    const { user, router } = await openSession();
    await user.keyboard('?');
    const help = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const label of ['Show the answer', 'Good: I knew it', 'Stop studying, back to the map']) {
      expect(within(help).getByText(label)).toBeVisible();
    }
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(currentUrl(router)).toBe('/kubernetes?overlay=knowledge'));
  });

  test('a URL that names no card says so', async () => {
    await renderApp('/kubernetes/study/用語的なもの');
    expect(await screen.findByRole('alert')).toHaveTextContent('“用語的なもの” is not a card');
  });
});
