import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { build } from 'vite';
import { checkFailure, checkRequested } from '../../../src/site/build-check';
import type { ReportLine } from '../../../src/site/load-bundles';
import { musubiMaps, type MusubiPluginOptions } from '../../../src/site/vite-plugin-musubi';
import { capturingLogger, tempProject, type TempProject } from './temp-project';

test.each([
  ['1', true],
  ['true', true],
  [' TRUE ', true],
  ['0', false],
  ['', false],
  [undefined, false],
  ['yes please', false],
])('MUSUBI_CHECK=%j turns the check on: %s', (value, expected) => {
  expect(checkRequested({ MUSUBI_CHECK: value })).toBe(expected);
});

const line = (severity: ReportLine['severity']): ReportLine => ({
  severity,
  text: `data/x.rst:1: ${severity}: message`,
});

test('warnings and infos never fail the check', () => {
  expect(checkFailure([line('info'), line('warning')])).toBeNull();
  expect(checkFailure([])).toBeNull();
});

test('errors and severe problems fail it, counted, with what to do', () => {
  expect(checkFailure([line('error')])).toMatch(/^musubi: 1 error in the notes/);
  const message = checkFailure([line('warning'), line('error'), line('severe')]);
  expect(message).toMatch(/^musubi: 2 errors in the notes/);
  expect(message).toContain('build without MUSUBI_CHECK');
});

const WITH_ERROR = `Notes
=====

Term
\tdefinition

.. no-such-directive:: x
`;
const CLEAN = `Clean notes
===========

Term
\tdefinition
`;

describe('vite build of notes with an error', () => {
  let project: TempProject;
  beforeAll(() => {
    project = tempProject({ 'broken.rst': WITH_ERROR, 'clean.rst': CLEAN });
  });
  afterAll(() => project.remove());

  async function buildWith(options: MusubiPluginOptions, printed: string[], outDir: string) {
    await build({
      root: project.root,
      configFile: false,
      logLevel: 'info',
      customLogger: capturingLogger(printed),
      plugins: [musubiMaps(options)],
      build: { outDir: join(project.root, outDir), emptyOutDir: true },
    });
  }

  test('a plain build prints the error and still succeeds', async () => {
    const printed: string[] = [];
    await buildWith({ check: false }, printed, 'plain');
    expect(printed).toContain(
      'data/broken.rst:7: error: Unknown directive type "no-such-directive".',
    );
    expect(existsSync(join(project.root, 'plain', 'broken', 'node', 'term', 'index.html'))).toBe(
      true,
    );
  }, 60_000);

  test('with the check on it prints the error, then fails without writing anything', async () => {
    const printed: string[] = [];
    await expect(buildWith({ check: true }, printed, 'checked')).rejects.toThrow(
      /1 error in the notes.*MUSUBI_CHECK is set/,
    );
    expect(printed).toContain(
      'data/broken.rst:7: error: Unknown directive type "no-such-directive".',
    );
    expect(existsSync(join(project.root, 'checked', 'index.html'))).toBe(false);
  }, 60_000);

  test('MUSUBI_CHECK=1 in the environment (npm run build:check) turns it on', async () => {
    vi.stubEnv('MUSUBI_CHECK', '1');
    try {
      await expect(buildWith({}, [], 'from-env')).rejects.toThrow(/MUSUBI_CHECK is set/);
    } finally {
      vi.unstubAllEnvs();
    }
  }, 60_000);
});

test('with the check on, clean notes build as usual', async () => {
  const project = tempProject({ 'clean.rst': CLEAN });
  try {
    await build({
      root: project.root,
      configFile: false,
      logLevel: 'silent',
      plugins: [musubiMaps({ check: true })],
      build: { outDir: join(project.root, 'dist'), emptyOutDir: true },
    });
    expect(existsSync(join(project.root, 'dist', 'clean', 'index.html'))).toBe(true);
  } finally {
    project.remove();
  }
}, 60_000);
