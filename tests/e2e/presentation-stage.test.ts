import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { MIN_FIT } from '../../src/ui/Presentation/useFitText';
import { allProblems, useBrowser } from './support/browser';

// Issue 11, "Done when": on the seed's default tour, its named tour and a quiz tour, at a 1080p
// screen, a 720p laptop and a 4:3 projector, every press of the clicker is measured the way a
// check outside the suite would (through `[data-stage-card]` and the map's test hook): the
// focused concept and the concepts revealed around it are inside the viewport and outside the
// card, and the card's content does not overflow (its type never smaller than the readable
// minimum). Camera moves are instant here (reduced motion), so each press is measured settled.
const { openPage } = useBrowser();

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];

const TOURS = [
  // 31 concepts, with a title and a closing.
  { name: 'the seed’s default tour', start: '/kubernetes/present/kubernetes関連メモ', stops: 33 },
  {
    name: 'the seed’s architecture tour',
    start: '/kubernetes/present/architecture/pod',
    stops: 14,
  },
  // Five questions and their answers; Network Policy takes four cards.
  { name: 'the lecture’s quiz tour', start: '/lecture/present/recall/pod', stops: 15 },
];

interface StopMeasure {
  at: string;
  kind: string;
  /** What is wrong at this press, in words; empty when nothing is. */
  problems: string[];
  fit: number;
}

/** One press, measured: the card's box and overflow, the focused concept and its neighbours. */
function measure(page: Page): Promise<StopMeasure> {
  return page.evaluate(() => {
    const cy = window.__musubiCy!;
    const card = document.querySelector<HTMLElement>('[data-stage-card]')!;
    const box = card.getBoundingClientRect();
    const problems: string[] = [];
    if (card.scrollHeight > card.clientHeight + 1 || card.scrollWidth > card.clientWidth + 1) {
      problems.push(`the card overflows (${card.scrollHeight} > ${card.clientHeight})`);
    }
    const focused = cy.nodes('.selected');
    // The concept, every concept related to it, the one it is drawn in and those it holds:
    // whatever of them the room can see.
    const around = focused
      .closedNeighborhood()
      .nodes()
      .union(focused.parent())
      .union(focused.children())
      .filter((node) => node.visible());
    const canvas = cy.container()!.getBoundingClientRect();
    around.forEach((node) => {
      const drawn = node.renderedBoundingBox({ includeLabels: true });
      const x1 = canvas.left + drawn.x1;
      const x2 = canvas.left + drawn.x2;
      const y1 = canvas.top + drawn.y1;
      const y2 = canvas.top + drawn.y2;
      if (x1 < -1 || y1 < -1 || x2 > innerWidth + 1 || y2 > innerHeight + 1) {
        problems.push(`${node.id()} is cut by the edge of the screen`);
      }
      if (x1 < box.right && x2 > box.left && y1 < box.bottom && y2 > box.top) {
        problems.push(`${node.id()} is under the card`);
      }
    });
    return {
      at: decodeURIComponent(location.pathname + location.search),
      kind: card.dataset.stageCard ?? '',
      problems,
      fit: Number(card.dataset.fit),
    };
  });
}

/** Two frames after the URL changed: the card fitted, the camera moved. */
async function settled(page: Page, from: string): Promise<void> {
  await page.waitForFunction((url) => location.href !== url, from);
  await page.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

describe.each(SIZES)('the stage at $width×$height', (viewport) => {
  test.each(TOURS)('$name: every press frames the step beside a card that fits', async (tour) => {
    const { page, problems } = await openPage(`${tour.start}?slide=title`, {
      viewport,
      reducedMotion: true,
    });
    await page.locator('[data-stage-card="title"]').waitFor();
    await page.waitForFunction(() => (window.__musubiCy?.nodes().length ?? 0) > 0);
    const presses: StopMeasure[] = [];
    for (let press = 0; press < tour.stops; press++) {
      const measured = await measure(page);
      presses.push(measured);
      if (press === tour.stops - 1) break;
      const url = page.url();
      await page.keyboard.press('PageDown');
      await settled(page, url);
    }
    const wrong = presses.flatMap((stop) =>
      stop.problems.map((problem) => `${stop.at}: ${problem}`),
    );
    expect(wrong).toEqual([]);
    const small = presses.filter((stop) => !(stop.fit >= MIN_FIT));
    expect(small.map((stop) => `${stop.at}: type at ${stop.fit}`)).toEqual([]);
    expect(presses[0]!.kind).toBe('title');
    expect(presses.at(-1)!.kind).toBe('end');
    expect(presses.slice(1, -1).every((stop) => stop.kind === 'step')).toBe(true);
    // The closing is the last press.
    const url = page.url();
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(200);
    expect(page.url()).toBe(url);
    expect(allProblems(problems)).toEqual([]);
  });
});
