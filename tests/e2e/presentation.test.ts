import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser, PATIENCE } from './support/browser';

// Presenting the seed map's `architecture` tour (data/kubernetes.map.yaml), driven by keys as a
// presentation clicker would, in the production build.
const { openPage } = useBrowser();

const TOUR = '/kubernetes/present/architecture';
const FULL_HD = { width: 1920, height: 1080 };
const POLL = PATIENCE;

async function cardHeading(page: Page): Promise<string> {
  return (await page.locator('.presentation-card h1').textContent()) ?? '';
}

function path(page: Page): string {
  return new URL(page.url()).pathname + new URL(page.url()).search;
}

/** Ids of the map's nodes the room can see, through the test-only handle on Cytoscape. */
function visibleNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    interface CyNode {
      id(): string;
      visible(): boolean;
    }
    const cy = (window as unknown as { __musubiCy?: { nodes(): { toArray(): CyNode[] } } })
      .__musubiCy;
    if (!cy)
      throw new Error(
        'window.__musubiCy is missing: the map adapter exposes it under musubi:test-hook',
      );
    return cy
      .nodes()
      .toArray()
      .filter((node) => node.visible())
      .map((node) => node.id())
      .sort();
  });
}

async function openStep(step: string) {
  const opened = await openPage(`${TOUR}/${step}`, { viewport: FULL_HD });
  await opened.page.locator('.presentation-card h1').waitFor();
  return opened;
}

describe('presenting a tour in Chromium', () => {
  test('a step’s URL opens on that step, with its card and progress', async () => {
    const { page, problems } = await openStep('service');
    expect(await cardHeading(page)).toBe('Service');
    await expect.poll(() => page.getByText('Step 5 of 12').count(), POLL).toBe(1);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  });

  test('PageDown and PageUp move the URL and the card; Home and End go to the ends', async () => {
    const { page } = await openStep('pod');
    await page.keyboard.press('PageDown');
    await expect.poll(() => path(page), POLL).toBe(`${TOUR}/replicaset`);
    await expect.poll(() => cardHeading(page), POLL).toBe('ReplicaSet');

    await page.keyboard.press('PageUp');
    await expect.poll(() => path(page), POLL).toBe(`${TOUR}/pod`);

    await page.keyboard.press('End');
    await expect.poll(() => path(page), POLL).toBe(`${TOUR}/istio-auth`);
    await expect.poll(() => page.getByText('Step 12 of 12').count(), POLL).toBe(1);

    await page.keyboard.press('Home');
    await expect.poll(() => cardHeading(page), POLL).toBe('Pod');

    // The URL is the state: back returns to the previous step.
    await page.goBack();
    await expect.poll(() => cardHeading(page), POLL).toBe('Istio-Auth');
  });

  test('fast clicker presses are all counted', async () => {
    const { page } = await openStep('pod');
    for (let press = 0; press < 3; press++) await page.keyboard.press('PageDown');
    await expect.poll(() => path(page), POLL).toBe(`${TOUR}/daemonset`);
    await expect.poll(() => cardHeading(page), POLL).toBe('DaemonSet');
  });

  test('a clicker press the moment the first step appears is not lost', async () => {
    const { page } = await openStep('pod');
    // Press PageDown from inside the page as soon as the card is in the DOM, before React's
    // passive effects have run: a listener attached in useEffect would miss this press.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('.presentation-card h1')?.textContent !== 'Pod') return;
        observer.disconnect();
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }));
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.reload();
    await expect.poll(() => cardHeading(page), POLL).toBe('ReplicaSet');
    expect(path(page)).toBe(`${TOUR}/replicaset`);
  });

  test('the map shows exactly the concepts reached so far', async () => {
    const { page } = await openStep('deployment');
    await expect
      .poll(() => visibleNodeIds(page), POLL)
      .toEqual(['deployment', 'pod', 'replicaset']);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => visibleNodeIds(page), POLL)
      .toEqual(['daemonset', 'deployment', 'pod', 'replicaset']);
  });

  test('B blacks the screen out and any key brings it back on the same step', async () => {
    const { page } = await openStep('ingress');
    await page.keyboard.press('b');
    await page.getByTestId('blackout').waitFor();
    await page.keyboard.press('x');
    await page.getByTestId('blackout').waitFor({ state: 'detached' });
    expect(path(page)).toBe(`${TOUR}/ingress`);
  });

  test('Esc shows the whole map; Esc again leaves for the explorer at that concept', async () => {
    const { page } = await openStep('deployment');
    const reached = await visibleNodeIds(page);
    await page.keyboard.press('Escape');
    await page.getByText('Overview of the whole map', { exact: false }).waitFor();
    await expect
      .poll(async () => (await visibleNodeIds(page)).length, POLL)
      .toBeGreaterThan(reached.length);
    await page.keyboard.press('Escape');
    await expect.poll(() => path(page), POLL).toBe('/kubernetes/node/deployment');
  });
});

describe('the speaker view', () => {
  test('S opens it; it and the audience window stay on the same step whichever advances', async () => {
    const { page: audience, context } = await openStep('pod');
    const [speaker] = await Promise.all([
      context.waitForEvent('page'),
      audience.keyboard.press('s'),
    ]);
    await speaker.waitForLoadState();
    await speaker.getByRole('region', { name: 'Now' }).waitFor();
    expect(path(speaker)).toBe('/kubernetes/speaker/architecture/pod');

    await audience.keyboard.press('PageDown');
    await expect
      .poll(() => path(speaker), POLL)
      .toBe('/kubernetes/speaker/architecture/replicaset');

    await speaker.keyboard.press('PageDown');
    await expect
      .poll(() => path(speaker), POLL)
      .toBe('/kubernetes/speaker/architecture/deployment');
    await expect.poll(() => path(audience), POLL).toBe(`${TOUR}/deployment`);
    await expect.poll(() => cardHeading(audience), POLL).toBe('Deployment');

    // A reloaded speaker window asks the audience where the talk is.
    await audience.keyboard.press('PageDown');
    await expect.poll(() => path(speaker), POLL).toBe('/kubernetes/speaker/architecture/daemonset');
    await speaker.reload();
    await speaker.getByRole('region', { name: 'Now' }).waitFor();
    await audience.keyboard.press('PageDown');
    await expect.poll(() => path(speaker), POLL).toBe('/kubernetes/speaker/architecture/service');
  });
});

describe('the handout', () => {
  test('contains the map and every concept of the tour, in order', async () => {
    const { page } = await openPage('/kubernetes/handout/architecture');
    await page.locator('.handout-concept').first().waitFor();
    expect(await page.locator('svg.map-sketch').count()).toBe(1);
    const labels = await page.locator('.handout-concept h3').allTextContents();
    expect(labels).toEqual([
      'Pod',
      'ReplicaSet',
      'Deployment',
      'DaemonSet',
      'Service',
      'Ingress',
      'Ingress Controller',
      'Istio',
      'Envoy',
      'Pilot',
      'Mixer',
      'Istio-Auth',
    ]);
  });
});
