/**
 * A test-only handle on the Cytoscape instance (STYLE.md "Tests": end-to-end tests need a node's
 * rendered position to click it). The e2e tests run against the production build, so the switch
 * cannot be the build mode; it cannot be the URL either (the URL is the user's, and is shared).
 * It is a localStorage flag that only a test sets, before the page loads:
 *
 *     await page.addInitScript(() => localStorage.setItem('musubi:test-hook', '1'));
 *
 * With the flag, `window.__musubiCy` is the live map's cytoscape.Core; without it (every normal
 * visit) nothing is exposed.
 */
import type { Core } from 'cytoscape';

const TEST_HOOK_STORAGE_KEY = 'musubi:test-hook';

declare global {
  interface Window {
    __musubiCy?: Core;
  }
}

function testHookEnabled(): boolean {
  try {
    return globalThis.localStorage?.getItem(TEST_HOOK_STORAGE_KEY) === '1';
  } catch {
    // Storage can be blocked (privacy settings, sandboxed frames): then there is no hook.
    return false;
  }
}

/** Exposes `cy` when the flag is set; returns the function that withdraws it again. */
export function exposeForTests(cy: Core): () => void {
  if (typeof window === 'undefined' || !testHookEnabled()) return () => {};
  window.__musubiCy = cy;
  return () => {
    if (window.__musubiCy === cy) delete window.__musubiCy;
  };
}
