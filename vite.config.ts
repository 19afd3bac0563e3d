/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// One config for the app and the three test layers (STYLE.md "Tests"):
// unit = pure core in Node, component = React in jsdom, e2e = the production build in Chromium.
export default defineConfig({
  base: process.env.MUSUBI_BASE ?? '/',
  plugins: [react()],
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
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
    ],
  },
});
