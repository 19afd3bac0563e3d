/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { musubiMaps } from './src/site/vite-plugin-musubi';

// (npm scripts set VITE_CONFIG_NATIVE_IGNORE_WARNING: Vite 8 otherwise lists every extensionless
// import under src/ as a future incompatibility of its native config loader, on every run.)
// One config for the app and the three test layers (STYLE.md "Tests"):
// unit = pure core in Node, component = React in jsdom, e2e = the production build in Chromium.
export default defineConfig({
  base: process.env.MUSUBI_BASE ?? '/',
  plugins: [react(), musubiMaps()],
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    // Patience, not a performance assertion: unit and component tests share 2 cores with the
    // fuzzers and the e2e build, and must fail on wrong behaviour, never on a busy machine.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/support/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          // One production build and one static server for the whole run (global setup);
          // files run one after another so two Chromiums never fight over 2 cores.
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          fileParallelism: false,
          hookTimeout: 240_000,
          // Patience, not a performance assertion (tests/e2e/support/browser.ts, PATIENCE).
          testTimeout: 90_000,
        },
      },
    ],
  },
});
