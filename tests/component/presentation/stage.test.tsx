import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { STAGE_COLOURS, contrastRatio } from '../../../src/ui/Presentation/stage-theme';
import { stageInsets } from '../../../src/ui/Presentation/stage-insets';
import { sourceOf } from '../fixtures/build';
import { currentUrl, renderApp } from '../support/render-app';
import { demoGraph } from './demo-map';

const source = () => sourceOf(demoGraph());
const card = () => document.querySelector('[data-stage-card]') as HTMLElement;

describe('a talk has a beginning and an end', () => {
  test('the title names the notes, the tour and how many concepts it covers; the map is empty', async () => {
    const { fake } = await renderApp('/demo/present/short/service?slide=title', source());
    expect(card()).toHaveAttribute('data-stage-card', 'title');
    expect(within(card()).getByRole('heading', { level: 1, name: 'Notes' })).toBeInTheDocument();
    expect(card()).toHaveTextContent('Tour: The short way');
    expect(card()).toHaveTextContent('2 concepts');
    expect(screen.getByText('Title · 2 steps')).toBeInTheDocument();
    // On a cold start (the first test of a fresh run) the map can come a moment after the card.
    await waitFor(() =>
      expect(fake.current().handle.setVisible).toHaveBeenLastCalledWith(new Set()),
    );
  });

  test('the default tour’s title says it follows the notes', async () => {
    await renderApp('/demo/present/notes?slide=title', source());
    expect(card()).toHaveTextContent('All concepts, in the notes’ order');
    expect(card()).toHaveTextContent('6 concepts');
  });

  test('the closing shows the whole map with the tour’s concepts emphasised, and lists them', async () => {
    const { fake } = await renderApp('/demo/present/short/pod?slide=end', source());
    const { handle } = fake.current();
    expect(card()).toHaveAttribute('data-stage-card', 'end');
    expect(
      within(card()).getByRole('heading', { level: 1, name: 'What we covered' }),
    ).toBeInTheDocument();
    expect(
      within(card())
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Service', 'Pod']);
    expect(handle.setVisible).toHaveBeenLastCalledWith(null);
    expect(handle.setEmphasis).toHaveBeenLastCalledWith(new Set(['service', 'pod']));
    expect(handle.fit).toHaveBeenCalled();
  });

  test('leaving the closing takes the emphasis away', async () => {
    const { user, fake } = await renderApp('/demo/present/short/pod?slide=end', source());
    await user.keyboard('{PageUp}');
    expect(fake.current().handle.setEmphasis).toHaveBeenLastCalledWith(null);
  });
});

describe('a concept with no text of its own', () => {
  test('shows what it holds instead of “Nothing is written”, and the map shows those too', async () => {
    const { fake } = await renderApp('/demo/present/notes', source());
    const holds = within(card()).getByRole('region', { name: 'What it holds' });
    expect(holds).toHaveTextContent('It holds 2 concepts:');
    expect(
      within(holds)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Zebra section', 'Middle section']);
    expect(card()).not.toHaveTextContent('Nothing is written');
    expect(fake.current().handle.setVisible).toHaveBeenLastCalledWith(
      new Set(['notes', 'zebra-section', 'middle-section']),
    );
  });

  test('a concept that holds nothing and says nothing still says so', async () => {
    await renderApp('/demo/present/middle-section', source());
    expect(card()).toHaveTextContent('Nothing is written under this concept.');
  });
});

describe('on-screen controls', () => {
  test('appear when the mouse moves and run the same commands as the keys', async () => {
    const { user, router } = await renderApp('/demo/present/pod', source());
    const controls = screen.getByRole('navigation', { name: 'Presentation controls' });
    expect(controls).toHaveAttribute('data-shown', 'false');
    act(() => {
      fireEvent.pointerMove(window, { pointerType: 'mouse' });
    });
    expect(controls).toHaveAttribute('data-shown', 'true');
    await user.click(within(controls).getByRole('button', { name: 'Next' }));
    expect(currentUrl(router)).toBe('/demo/present/alpha');
    await user.click(within(controls).getByRole('button', { name: 'Previous' }));
    expect(currentUrl(router)).toBe('/demo/present/pod');
    await user.click(within(controls).getByRole('button', { name: 'Go to…' }));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  test('each button says its key and what it does', async () => {
    await renderApp('/demo/present/pod', source());
    const next = screen.getByRole('button', { name: 'Next' });
    expect(next).toHaveAttribute('aria-keyshortcuts', 'ArrowRight');
    expect(next).toHaveAttribute('title', 'Next (step, part of a long card, or answer)');
  });

  test('Exit and X leave for the explorer at the concept', async () => {
    const { user, router } = await renderApp('/demo/present/pod', source());
    await user.keyboard('x');
    expect(currentUrl(router)).toBe('/demo/node/pod');
  });
});

describe('the stage’s colours', () => {
  test.each(['dark', 'light'] as const)(
    '%s: text reads at 4.5:1, the accent stands at 3:1',
    (theme) => {
      const colours = STAGE_COLOURS[theme];
      for (const surface of [colours.background, colours.surface, colours.code]) {
        expect(contrastRatio(colours.text, surface)).toBeGreaterThanOrEqual(4.5);
      }
      for (const surface of [colours.background, colours.surface]) {
        expect(contrastRatio(colours.muted, surface)).toBeGreaterThanOrEqual(4.5);
      }
      // The focused concept's border, the progress bar and the card's edge, against the stage.
      expect(contrastRatio(colours.accent, colours.background)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(colours.accent, colours.surface)).toBeGreaterThanOrEqual(3);
    },
  );

  test('the contrast formula is WCAG’s', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('where the map keeps clear of the card', () => {
  const stage = { left: 0, top: 0, right: 1920, bottom: 1080 };
  const footer = { left: 0, top: 1000, right: 1920, bottom: 1080 };

  test('a card on the right of a wide screen takes the right side', () => {
    const card = { left: 1160, top: 30, right: 1890, bottom: 1000 };
    expect(stageInsets(stage, card, footer)).toEqual({ top: 0, right: 760, bottom: 80, left: 0 });
  });

  test('a card along the bottom of a tall screen takes the bottom', () => {
    const tall = { left: 0, top: 0, right: 390, bottom: 844 };
    const low = { left: 10, top: 420, right: 380, bottom: 790 };
    expect(stageInsets(tall, low, { left: 0, top: 800, right: 390, bottom: 844 })).toEqual({
      top: 0,
      right: 0,
      bottom: 424,
      left: 0,
    });
  });

  test('no card (the overview): only the footer', () => {
    expect(stageInsets(stage, null, footer)).toEqual({ top: 0, right: 0, bottom: 80, left: 0 });
  });
});
