import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runInspect } from '../../src/cli/cli';

/** Runs the command in-process, as scripts/inspect.ts does, capturing its output. */
function inspect(...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = runInspect(args, {
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  });
  return { status, stdout: stdout.join('\n'), stderr };
}

function tempNotes(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'musubi-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const SEED = 'tests/fixtures/seed/kubernetes.rst';

describe('inspect prints the concept graph as JSON', () => {
  test('one file: one object with the title, nodes, edges and diagnostics', () => {
    const { status, stdout, stderr } = inspect(SEED);
    expect(status).toBe(0);
    expect(stderr).toEqual([]);
    const graph = JSON.parse(stdout);
    expect(graph).toMatchObject({ file: SEED, mapId: 'kubernetes', title: 'Kubernetes関連メモ' });
    expect(graph.diagnostics).toEqual(expect.any(Array));
    const pod = graph.nodes.find((node: { id: string }) => node.id === 'pod');
    expect(pod).toMatchObject({
      id: 'pod',
      label: 'Pod',
      aliases: expect.any(Array),
      kind: 'term',
      lines: [18],
      links: [],
    });
    expect(pod.text).toContain('コンテナインスタンス');
    const deployment = graph.nodes.find((node: { id: string }) => node.id === 'deployment');
    expect(deployment.links).toEqual([
      {
        text: 'KubernetesのWorkloadsリソース(その1)',
        url: 'https://thinkit.co.jp/article/13610/page/1/1',
      },
    ]);
    for (const edge of graph.edges) {
      expect(edge).toEqual(
        expect.objectContaining({
          source: expect.any(String),
          target: expect.any(String),
          kind: expect.stringMatching(/^(nesting|mentions|links|extra)$/),
          label: expect.any(String),
        }),
      );
    }
  });

  test('applies the sibling companion file (the seed tour and aliases)', () => {
    const graph = JSON.parse(inspect(SEED).stdout);
    expect(graph.tours.map((tour: { name: string }) => tour.name)).toContain('architecture');
    const sidecar = graph.nodes.find((node: { id: string }) => node.id === 'sidecar');
    expect(sidecar.aliases).toContain('サイドカー');
  });

  test('several files: JSON Lines, one object per file with its file name', () => {
    const dir = tempNotes({ 'a.rst': 'Pod\n\tA container.\n', 'b.rst': 'Title\n=====\n' });
    const { status, stdout } = inspect(join(dir, 'a.rst'), join(dir, 'b.rst'));
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((line) => JSON.parse(line).mapId)).toEqual(['a', 'b']);
    expect(JSON.parse(lines[0]!).file).toMatch(/a\.rst$/);
  });
});

describe('inspect --check', () => {
  test('prints file:line: severity: message and exits 1 when there is an error', () => {
    const dir = tempNotes({
      'x.rst': 'Pod\n\tA container.\n',
      'x.map.yaml': 'aliases:\n  Pod: 3\ntours:\n  t: { steps: [Nope] }\n',
    });
    const { status, stdout } = inspect('--check', join(dir, 'x.rst'));
    expect(status).toBe(1);
    expect(stdout.split('\n')).toEqual([
      expect.stringMatching(
        /x\.map\.yaml:2: error: aliases\.Pod: expected a list of names, got a number$/,
      ),
      expect.stringMatching(
        /x\.map\.yaml:4: warning: tours\.t\.steps\[0\]: no concept "Nope" in x\.rst; step skipped$/,
      ),
      expect.stringMatching(/x\.map\.yaml:4: warning: tours\.t: .*tour skipped$/),
    ]);
  });

  test('exits 0 when there are only warnings', () => {
    const dir = tempNotes({ 'y.rst': 'Pod\n\tA container.\n', 'y.map.yaml': 'colours: {}\n' });
    const { status, stdout } = inspect('--check', join(dir, 'y.rst'));
    expect(status).toBe(0);
    expect(stdout).toMatch(/y\.map\.yaml:1: warning: colours: unknown key, ignored/);
  });

  test('reports problems in the notes themselves, one line each', () => {
    // An unknown role is named once (an INFO); an undefined substitution is an ERROR.
    const dir = tempNotes({ 'z.rst': 'Pod\n\tA :nosuchrole:`container` and |nosuch|.\n' });
    const { status, stdout } = inspect('--check', join(dir, 'z.rst'));
    expect(status).toBe(1);
    expect(stdout).toMatch(/z\.rst:2: info: Unknown role ":nosuchrole:"/m);
    expect(stdout).toMatch(/z\.rst:2: error: Undefined substitution referenced: "nosuch"\.$/m);
    for (const line of stdout.split('\n')) expect(line).toMatch(/z\.rst:\d+: (info|error): /);
  });

  test('the seed notes check clean of errors', () => {
    const { status, stdout } = inspect('--check', SEED);
    expect(stdout).not.toMatch(/: (error|severe): /);
    expect(status).toBe(0);
  });
});

describe('inspect fails with one line on stderr and exit 2', () => {
  test.each([
    ['an unknown flag', ['--colour', SEED], 'inspect: unknown option "--colour" (see --help)'],
    ['no file', [], 'inspect: no notes file given (see --help)'],
    ['a missing file', ['no/such/notes.rst'], 'inspect: no/such/notes.rst: no such file'],
  ])('%s', (_, args, message) => {
    const { status, stdout, stderr } = inspect(...args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toEqual([message]);
  });

  test('a file that is not UTF-8', () => {
    const dir = tempNotes({ 'sjis.rst': Buffer.from([0x83, 0x7c, 0x83, 0x62, 0x83, 0x68]) });
    const { status, stderr } = inspect(join(dir, 'sjis.rst'));
    expect(status).toBe(2);
    expect(stderr).toEqual([
      expect.stringMatching(
        /sjis\.rst: not valid UTF-8 \(byte 0x83 at offset 0, line 1\); save the notes as UTF-8$/,
      ),
    ]);
  });

  test('the other files are still printed', () => {
    const { status, stdout, stderr } = inspect(SEED, 'missing.rst');
    expect(status).toBe(2);
    expect(JSON.parse(stdout).mapId).toBe('kubernetes');
    expect(stderr).toEqual(['inspect: missing.rst: no such file']);
  });
});

test('--help prints the usage and exits 0', () => {
  const { status, stdout } = inspect('--help');
  expect(status).toBe(0);
  expect(stdout).toMatch(/^usage: npm run --silent inspect -- \[--check\] <notes\.rst>\.\.\./);
  expect(stdout).toContain('--check');
});

describe('the real command', () => {
  const run = (...args: string[]) =>
    spawnSync('npx', ['tsx', 'scripts/inspect.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

  test('prints the seed graph as JSON and exits 0', () => {
    const result = run(SEED);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ mapId: 'kubernetes' });
  });

  test('a missing file: one line on stderr, no stack trace, exit 2', () => {
    const result = run('--check', 'missing.rst');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.split('\n').filter((line) => line && !/^npm warn/i.test(line));
    expect(lines).toEqual(['inspect: missing.rst: no such file']);
  });
});
