import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, test } from 'vitest';
import type { NodeId } from '../../../src/notes/concepts/model';
import { studyCards } from '../../../src/notes/study';
import { review } from '../../../src/ui/Study/scheduler';
import { resetStudyStore, studyStore } from '../../../src/ui/Study/study-store';
import { kubernetesMini } from '../fixtures/kubernetes-mini';
import { currentUrl, renderApp } from '../support/render-app';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetStudyStore();
});

const cardOf = (id: string) => studyCards(kubernetesMini).find((card) => card.id === id)!;

/** A review of Pod, as if the student had rated it Good a minute ago. */
async function studiedPod() {
  await studyStore().save(review('kubernetes', cardOf('pod'), null, 'good', Date.now() - 60_000));
}

describe('study progress in the explorer', () => {
  test('the knowledge overlay is a switch kept in the URL, and colours reviewed and new concepts apart', async () => {
    await studiedPod();
    const { user, router, fake } = await renderApp('/kubernetes/node/service');
    const toggle = screen.getByRole('button', { name: 'Knowledge' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await user.click(toggle);
    expect(currentUrl(router)).toBe('/kubernetes/node/service?overlay=knowledge');
    const { handle } = fake.current();
    await waitFor(() => expect(handle.setKnowledge).toHaveBeenLastCalledWith(expect.any(Map)));
    const status = handle.setKnowledge.mock.lastCall![0] as Map<NodeId, string>;
    expect(status.get('pod' as NodeId)).toBe('learning');
    expect(status.get('service' as NodeId)).toBe('new');
    // Concepts that are not cards keep the map's own colours.
    expect(status.has('用語的なもの' as NodeId)).toBe(false);

    // The legend says the same in words.
    const legend = screen.getByRole('list', { name: 'How well you know each concept' });
    expect(within(legend).getByText('Learning').parentElement).toHaveTextContent('Learning 1');
    expect(within(legend).getByText('New').parentElement).toHaveTextContent('New 3');

    // Moving on the map keeps the overlay on.
    act(() => fake.current().options.onSelect('pod' as NodeId));
    expect(currentUrl(router)).toBe('/kubernetes/node/pod?overlay=knowledge');

    await user.click(screen.getByRole('button', { name: 'Knowledge' }));
    expect(currentUrl(router)).toBe('/kubernetes/node/pod');
    expect(handle.setKnowledge).toHaveBeenLastCalledWith(null);
  });

  test('the panel shows when a concept is next reviewed', async () => {
    await studiedPod();
    await renderApp('/kubernetes/node/pod');
    expect(await screen.findByText('Next review:')).toBeVisible();
    expect(screen.getByText('Next review:').parentElement).not.toHaveTextContent('not studied yet');
  });

  test('a concept never studied says so', async () => {
    await renderApp('/kubernetes/node/deployment');
    expect(await screen.findByText('not studied yet')).toBeVisible();
  });

  test('a concept whose text changed since it was studied will be asked as new', async () => {
    const studied = review('kubernetes', cardOf('service'), null, 'good', Date.now());
    await studyStore().save({ ...studied, hash: 'the hash of an older text' });
    await renderApp('/kubernetes/node/service');
    expect(await screen.findByText('the text changed: asked as new')).toBeVisible();
  });

  test('“Study this section” starts a session on the section’s cards', async () => {
    const { user, router } = await renderApp('/kubernetes/node/用語的なもの');
    const link = screen.getByRole('link', { name: 'Study this section' });
    expect(link.parentElement).toHaveTextContent('4 cards');
    await user.click(link);
    await screen.findByRole('button', { name: /Show answer/ });
    expect(currentUrl(router)).toBe(
      `/kubernetes/study/pod?scope=${encodeURIComponent('用語的なもの')}`,
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Study: 用語的なもの — Kubernetes関連メモ' }),
    ).toBeVisible();
  });

  test('“Study” on the map says how many cards are due', async () => {
    await studiedPod();
    await renderApp('/kubernetes');
    expect(await screen.findByRole('link', { name: 'Study (3 due)' })).toHaveAttribute(
      'href',
      '/kubernetes/study',
    );
  });
});
