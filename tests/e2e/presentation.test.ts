import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser, PATIENCE } from './support/browser';

// Presenting the seed map's `architecture` tour (its companion file) and the lecture's quiz
// tour, driven by keys as a presentation clicker would, by the on-screen buttons and by touch,
// in the production build.
const { openPage } = useBrowser();

const TOUR = '/kubernetes/present/architecture';
const FULL_HD = { width: 1920, height: 1080 };
const POLL = PATIENCE;

async function cardHeading(page: Page): Promise<string> {
  return (await page.locator('[data-stage-card] h1').textContent()) ?? '';
}

function path(page: Page): string {
  const url = new URL(page.url());
  return decodeURIComponent(url.pathname + url.search);
}

/** Ids of the concepts (not the containers drawn around them) the room can see. */
function visibleConcepts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = window.__musubiCy;
    if (!cy) {
      throw new Error(
        'window.__musubiCy is missing: the map adapter exposes it under musubi:test-hook',
      );
    }
    return cy
      .nodes()
      .filter((node) => node.visible() && node.isChildless())
      .map((node) => node.id())
      .sort();
  });
}

/** What the map writes on a concept: its name, or `?` while the room is asked for it. */
function mapLabel(page: Page, id: string): Promise<string> {
  return page.evaluate((nodeId) => {
    const node = window.__musubiCy!.getElementById(nodeId);
    return String(node.style('label'));
  }, id);
}

async function openStep(step: string, base = TOUR) {
  const opened = await openPage(`${base}/${step}`, { viewport: FULL_HD });
  await opened.page.locator('[data-stage-card] h1').waitFor();
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

  test('PageDown and PageUp move the URL and the card; Home and End go to the title and the close', async () => {
    const { page } = await openStep('pod');
    await page.keyboard.press('PageDown');
    await expect.poll(() => path(page), POLL).toBe(`${TOUR}/replicaset`);
    await expect.poll(() => cardHeading(page), POLL).toBe('ReplicaSet');

    await page.keyboard.press('PageUp');
    await expect.poll(() => path(page), POLL).toBe(`${TOUR}/pod`);

    await page.keyboard.press('End');
    await expect.poll(() => path(page), POLL).toBe(`${TOUR}/istio-auth?slide=end`);
    await expect.poll(() => cardHeading(page), POLL).toBe('What we covered');

    await page.keyboard.press('Home');
    await expect.poll(() => path(page), POLL).toBe(`${TOUR}/pod?slide=title`);
    await expect.poll(() => cardHeading(page), POLL).toBe('Kubernetes関連メモ');
    await expect.poll(() => page.getByText('Tour: How the parts fit').count(), POLL).toBe(1);
    await expect.poll(() => page.getByText('12 concepts').count(), POLL).toBe(1);

    // The URL is the state: back returns to the previous press.
    await page.goBack();
    await expect.poll(() => cardHeading(page), POLL).toBe('What we covered');
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
        if (document.querySelector('[data-stage-card] h1')?.textContent !== 'Pod') return;
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
      .poll(() => visibleConcepts(page), POLL)
      .toEqual(['deployment', 'pod', 'replicaset']);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => visibleConcepts(page), POLL)
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
    const reached = await visibleConcepts(page);
    await page.keyboard.press('Escape');
    await page.getByText('Overview of the whole map', { exact: false }).waitFor();
    await expect
      .poll(async () => (await visibleConcepts(page)).length, POLL)
      .toBeGreaterThan(reached.length);
    await page.keyboard.press('Escape');
    await expect.poll(() => path(page), POLL).toBe('/kubernetes/node/deployment');
  });
});

describe('controls for every device', () => {
  test('the on-screen Next button appears when the mouse moves, advances, and hides when idle', async () => {
    const { page } = await openStep('pod');
    const controls = page.getByRole('navigation', { name: 'Presentation controls' });
    expect(await controls.getAttribute('data-shown')).toBe('false');
    await page.mouse.move(300, 300);
    await page.mouse.move(320, 320);
    await expect.poll(() => controls.getAttribute('data-shown'), POLL).toBe('true');
    await controls.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => path(page), POLL).toBe(`${TOUR}/replicaset`);
    await expect.poll(() => controls.getAttribute('data-shown'), POLL).toBe('false');
  });

  test('a swipe to the left advances and a swipe to the right goes back, on a touch screen', async () => {
    const { page, context } = await openStep('pod');
    const touch = await context.newCDPSession(page);
    await touch.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const swipe = async (from: number, to: number) => {
      const y = 500;
      await touch.send('Input.dispatchTouchEvent', {
        type: 'touchStart',
        touchPoints: [{ x: from, y }],
      });
      for (const x of [from + (to - from) / 3, from + ((to - from) * 2) / 3, to]) {
        await touch.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [{ x, y }],
        });
      }
      await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await swipe(700, 300);
    await expect.poll(() => path(page), POLL).toBe(`${TOUR}/replicaset`);
    await swipe(300, 700);
    await expect.poll(() => path(page), POLL).toBe(`${TOUR}/pod`);
    // A tap near the right edge steps forward too.
    await touch.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [{ x: 1850, y: 540 }],
    });
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => path(page), POLL).toBe(`${TOUR}/replicaset`);
  });
});

describe('a quiz tour', () => {
  const QUIZ = '/lecture/present/recall';

  test('asks first: the name is blanked on the card and on the map; the next press reveals it', async () => {
    const { page } = await openStep('service', QUIZ);
    expect(await cardHeading(page)).toBe('Which concept is this?');
    const card = page.locator('[data-stage-card]');
    expect(await card.textContent()).not.toMatch(/Service/);
    await expect.poll(() => mapLabel(page, 'service'), POLL).toBe('?');

    await page.keyboard.press('PageDown');
    await expect.poll(() => path(page), POLL).toBe(`${QUIZ}/service?answer=shown`);
    await expect.poll(() => cardHeading(page), POLL).toBe('Service');
    await expect.poll(() => mapLabel(page, 'service'), POLL).not.toBe('?');
  });

  test('a concept too long for one card continues on sub-steps, each with its URL', async () => {
    const { page } = await openStep('network-policy', QUIZ);
    await expect.poll(() => page.getByText('Step 4.1 of 5').count(), POLL).toBe(1);
    await page.keyboard.press('PageDown');
    await expect.poll(() => path(page), POLL).toBe(`${QUIZ}/network-policy?part=2`);
    await page.reload();
    await expect.poll(() => page.getByText('Step 4.2 of 5').count(), POLL).toBe(1);
  });

  test('the handout prints the questions with blanks and the answers on a last page', async () => {
    const { page } = await openPage('/lecture/handout/recall');
    const questions = page.getByRole('region', { name: 'Questions: name each concept' });
    await questions.waitFor();
    expect(await questions.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'Q1',
      'Q2',
      'Q3',
      'Q4',
      'Q5',
    ]);
    // Each question hides its own concept's names (another concept's may stay).
    const question = (n: number) =>
      questions
        .locator('.handout-concept')
        .nth(n - 1)
        .textContent();
    expect(await question(3)).not.toMatch(/Service/);
    expect(await question(4)).not.toMatch(/Network Polic/);
    expect(await question(5)).not.toMatch(/\bDNS\b|name resolution/i);
    const answers = page.getByRole('region', { name: 'Answers' });
    expect(await answers.getByRole('listitem').allTextContents()).toEqual([
      'Q1 Pod',
      'Q2 Container',
      'Q3 Service',
      'Q4 Network Policy',
      'Q5 DNS',
    ]);
    // Printed, the answers start a page of their own.
    await page.emulateMedia({ media: 'print' });
    expect(await answers.evaluate((element) => getComputedStyle(element).breakBefore)).toBe('page');
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

  test('shows the next step’s name and that step’s speaker notes, beside the current one', async () => {
    const { page } = await openPage('/lecture/speaker/recall/container?answer=shown', {
      viewport: { width: 1280, height: 800 },
    });
    const next = page.getByRole('region', { name: 'Next' });
    await next.getByRole('heading', { name: 'Service' }).waitFor();
    expect(await next.getByRole('region', { name: 'Speaker notes' }).textContent()).toContain(
      'Mention kube-proxy.',
    );
    const now = page.getByRole('region', { name: 'Now' });
    expect(await now.getByRole('heading', { level: 2 }).textContent()).toBe('Container');
    // Pacing: the talk's time, this step's, the average per step.
    for (const figure of ['elapsed', 'on-step', 'per-step']) {
      expect(await page.getByTestId(figure).textContent()).toMatch(/^\d\d:\d\d$/);
    }
    // Two small maps, one per step.
    expect(await page.locator('.speaker-map canvas').count()).toBeGreaterThan(0);
    expect(await page.locator('.speaker-map').count()).toBe(2);
  });

  test('its buttons are large and well apart', async () => {
    const { page } = await openPage('/kubernetes/speaker/architecture/pod', {
      viewport: { width: 1280, height: 800 },
    });
    const previous = await page.getByRole('button', { name: 'Previous' }).boundingBox();
    const next = await page.getByRole('button', { name: 'Next' }).boundingBox();
    expect(previous!.height).toBeGreaterThanOrEqual(48);
    expect(next!.height).toBeGreaterThanOrEqual(48);
    expect(next!.x - (previous!.x + previous!.width)).toBeGreaterThanOrEqual(24);
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
