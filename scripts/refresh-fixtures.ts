/**
 * Regenerates the docutils golden files of the reStructuredText conformance suite:
 * tests/fixtures/rst/NAME.docutils.json = `python3 scripts/rst_oracle.py NAME.rst`, for every
 * fixture, plus the suite's copy of the seed memo (tests/fixtures/seed/kubernetes.rst ->
 * seed-kubernetes.docutils.json) and the hostile notes (tests/fixtures/hostile/hostile.rst ->
 * hostile.docutils.json).
 *
 * Needs python3 with docutils 0.19 (the version the reader follows); the tests themselves only
 * read the committed JSON. $PYTHON names another interpreter, $RST_ORACLE another oracle.
 *
 *   npm run fixtures:refresh
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(repo, 'tests/fixtures/rst');
const oracle = process.env.RST_ORACLE ?? join(repo, 'scripts/rst_oracle.py');
const python = process.env.PYTHON ?? 'python3';

/** Fixtures whose source lives elsewhere in the repository. */
const EXTERNAL_SOURCES: Record<string, string> = {
  'seed-kubernetes': join(repo, 'tests/fixtures/seed/kubernetes.rst'),
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
      json = execFileSync(python, [oracle, source], { encoding: 'utf8' });
    } catch (error) {
      console.error(
        `refresh-fixtures: ${python} ${oracle} ${source} failed; is docutils 0.19 installed?`,
      );
      throw error;
    }
    writeFileSync(join(fixtures, `${name}.docutils.json`), json);
    console.log(`${name}.docutils.json`);
  }
}

main();
