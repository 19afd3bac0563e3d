import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

/**
 * Where Debian, Ubuntu and Google put their browser. We never download one: Playwright's own
 * browser download is blocked on the CI machine (no network but npm and apt).
 */
const STANDARD_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/**
 * The machine's network is closed: without the background-networking flags Chromium keeps
 * trying Google's hosts and every start is slow and noisy. `--no-sandbox` because CI runs as root.
 */
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const INSTALL_HINT =
  'Chromium not found: install it (Debian: `apt-get install -y chromium`) or set CHROMIUM_PATH to its executable.';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** CHROMIUM_PATH first (and only it, if set: a wrong value should fail, not be silently ignored). */
function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  return STANDARD_PATHS.find(isExecutable) ?? null;
}

function canInstallWithApt(): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && isExecutable('/usr/bin/apt-get') && !process.env.CHROMIUM_PATH;
}

/**
 * Finds Chromium, installing Debian's package when we are root on a machine with apt (a fresh
 * CI machine). Anything else gets the one-line instruction instead of a stack of Playwright errors.
 */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  if (canInstallWithApt()) {
    process.stderr.write('e2e: Chromium missing, installing Debian package `chromium`...\n');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'ignore', env });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(INSTALL_HINT);
}

/** A Chromium of its own (the benchmarks). */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: LAUNCH_ARGS });
}

/** One Chromium for the whole run (launching costs a second or more per test file). */
export function launchChromiumServer(executablePath: string): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath, headless: true, args: LAUNCH_ARGS });
}

/** A test file's own connection to the run's Chromium: its contexts are its own. */
export function connectChromium(endpoint: string): Promise<Browser> {
  return chromium.connect(endpoint);
}
