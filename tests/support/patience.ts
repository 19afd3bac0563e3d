/**
 * How long a test waits for the app to reach a state (`waitFor`, `expect.poll`). Generous on
 * purpose: the suite runs fuzzing, builds and Chromium side by side on 2 cores, and a test must
 * fail on wrong behaviour, never because the machine was busy (no wall-clock failures).
 */
export const PATIENCE = { timeout: 20_000 };
