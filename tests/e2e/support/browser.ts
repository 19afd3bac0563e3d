import type { Browser, BrowserContext, Page, Response, ViewportSize } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { PATIENCE } from '../../support/patience';
import { connectChromium } from './chromium';

/** What went wrong in the page while a test drove it; every list should normally stay empty. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  /** `securitypolicyviolation` events: the CSP blocked something the app tried to do. */
  cspViolations: string[];
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** The response to the first navigation (after redirects). */
  response: Response | null;
  problems: PageProblems;
}

export interface OpenPageOptions {
  viewport?: ViewportSize;
  /** Defaults to the root build; pass `inject('subBaseUrl')` for the `/sub/` build. */
  baseUrl?: string;
  /** Emulate `prefers-reduced-motion: reduce` (camera moves become jumps). */
  reducedMotion?: boolean;
}

const DESKTOP: ViewportSize = { width: 1280, height: 800 };

export { PATIENCE };

/** `path` is app-relative (`/kubernetes/node/pod`); it is resolved under the build's base. */
export function appUrl(path: string, baseUrl: string = inject('baseUrl')): string {
  return new URL(path.replace(/^\//, ''), baseUrl).href;
}

/**
 * The run's one Chromium (global-setup.ts), a connection per test file and a fresh context per
 * page, so no test sees another's storage, history or cache. Call at the top level of a file.
 */
export function useBrowser(): {
  openPage(path: string, options?: OpenPageOptions): Promise<OpenedPage>;
} {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await connectChromium(inject('chromiumEndpoint'));
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openPage(path: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
    if (!browser) throw new Error('openPage() runs inside a test, after useBrowser()’s beforeAll');
    const context = await browser.newContext({
      viewport: options.viewport ?? DESKTOP,
      reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
    });
    contexts.push(context);
    // Fail a missing element with Playwright's message well before Vitest's own test timeout,
    // with the same patience as every other wait (a busy machine is not a failure).
    context.setDefaultTimeout(PATIENCE.timeout);
    const problems: PageProblems = { consoleErrors: [], pageErrors: [], cspViolations: [] };

    await context.exposeFunction('__musubiReportCsp', (report: string) => {
      problems.cspViolations.push(report);
    });
    await context.addInitScript(() => {
      // Turns on the test-only handle `window.__musubiCy` in the Cytoscape adapter.
      window.localStorage.setItem('musubi:test-hook', '1');
      document.addEventListener(
        'securitypolicyviolation',
        (event) => {
          const report = (window as unknown as { __musubiReportCsp(text: string): void })
            .__musubiReportCsp;
          report(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`);
        },
        true,
      );
    });

    const page = await context.newPage();
    page.on('console', (message) => {
      const where = message.location().url;
      // Chromium asks for /favicon.ico on its own at a moment of its choosing, even though the
      // page declares /favicon.svg; that 404 says nothing about the app.
      if (message.type() === 'error' && !where.endsWith('/favicon.ico')) {
        problems.consoleErrors.push(where ? `${message.text()} (${where})` : message.text());
      }
    });
    page.on('pageerror', (error) => problems.pageErrors.push(error.stack ?? error.message));

    const response = await page.goto(appUrl(path, options.baseUrl), { waitUntil: 'load' });
    return { page, context, response, problems };
  }

  return { openPage };
}

/** All problems as one list, so a failing assertion shows every message at once. */
export function allProblems(problems: PageProblems): string[] {
  return [
    ...problems.consoleErrors.map((text) => `console: ${text}`),
    ...problems.pageErrors.map((text) => `page error: ${text}`),
    ...problems.cspViolations.map((text) => `CSP: ${text}`),
  ];
}
