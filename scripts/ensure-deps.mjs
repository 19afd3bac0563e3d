// Runs before `npm start` and `npm test` so that each is the one command a new user needs on
// a fresh clone: installs the locked dependencies when node_modules is missing or older than
// package-lock.json. Plain Node (no dependencies): it runs before anything is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const installed = 'node_modules/.package-lock.json';
const stale =
  !existsSync(installed) || statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs;

if (stale) {
  console.log('musubi: installing dependencies from package-lock.json (npm ci)...');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('musubi: `npm ci` failed; see above. Node.js 20.19 or newer is needed.');
    process.exit(result.status ?? 1);
  }
}
