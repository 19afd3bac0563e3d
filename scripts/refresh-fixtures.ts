/**
 * Regenerates the docutils golden files of the reStructuredText conformance suite:
 * tests/fixtures/rst/NAME.docutils.json = `python3 rst_oracle.py NAME.rst`, for every fixture,
 * plus the seed memo (data/kubernetes.rst -> seed-kubernetes.docutils.json) and the hostile
 * notes (tests/fixtures/hostile/hostile.rst -> hostile.docutils.json).
 *
 * Needs python3 with docutils; the tests themselves only read the committed JSON.
 * The oracle is ../shared/tools/rst_oracle.py beside the repository, or $RST_ORACLE.
 *
 *   npm run fixtures:refresh
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(repo, 'tests/fixtures/rst');
const oracle = process.env.RST_ORACLE ?? resolve(repo, '../shared/tools/rst_oracle.py');

/** Fixtures whose source lives elsewhere in the repository. */
const EXTERNAL_SOURCES: Record<string, string> = {
  'seed-kubernetes': join(repo, 'data/kubernetes.rst'),
  hostile: join(repo, 'tests/fixtures/hostile/hostile.rst'),
};

function main(): void {
  if (!existsSync(oracle)) {
    console.error(
      `refresh-fixtures: no oracle at ${oracle}; set RST_ORACLE to rst_oracle.py's path.`,
    );
    process.exit(1);
  }
  const sources = new Map<string, string>(Object.entries(EXTERNAL_SOURCES));
  for (const file of readdirSync(fixtures).sort()) {
    if (file.endsWith('.rst')) sources.set(file.slice(0, -'.rst'.length), join(fixtures, file));
  }
  for (const [name, source] of sources) {
    let json: string;
    try {
      json = execFileSync('python3', [oracle, source], { encoding: 'utf8' });
    } catch (error) {
      console.error(`refresh-fixtures: python3 ${oracle} ${source} failed; is docutils installed?`);
      throw error;
    }
    writeFileSync(join(fixtures, `${name}.docutils.json`), json);
    console.log(`${name}.docutils.json`);
  }
}

main();
