import { readFileSync } from 'node:fs';
import { PATIENCE } from '../../support/patience';
import { describe, expect, test } from 'vitest';
import { openFiles, openLink, updateMap, type PickedFile } from '../../../src/local/open-notes';
import { encodeShare } from '../../../src/local/share-codec';
import { indexedDbLibrary, memoryLibrary } from '../../../src/local/store';
import { nodeAtLine } from '../../../src/notes/concepts/node-at-line';
import { inThreadBuilder } from '../../support/in-thread-builder';

const SEED = readFileSync('tests/fixtures/seed/kubernetes.rst');
const COMPANION = readFileSync('tests/fixtures/seed/kubernetes.map.yaml');
const SMALL =
  'Small notes\n===========\n\nPod\n   The smallest unit.\n\nService\n   Reaches a Pod.\n';

function picked(path: string, content: string | Uint8Array): PickedFile {
  return {
    path,
    file: new Blob([typeof content === 'string' ? content : new Uint8Array(content)]),
  };
}

function context() {
  return { library: memoryLibrary(), builder: inThreadBuilder(), now: () => 1_700_000_000_000 };
}

// Opening notes lays them out (seconds on a busy machine): patience, not a speed test.
describe('opening files', PATIENCE, () => {
  test('two notes files and a companion make two maps, each kept with its files', async () => {
    const ctx = context();
    const outcome = await openFiles(
      [
        picked('kubernetes.rst', SEED),
        picked('kubernetes.map.yaml', COMPANION),
        picked('small.md', '# Small\n\n**Pod** is small.\n'),
      ],
      ctx,
    );
    expect(outcome).toEqual({ opened: ['kubernetes', 'small'], problems: [] });
    const map = (await ctx.library.get('kubernetes'))!;
    expect(map.files.map((file) => file.name)).toEqual(['kubernetes.rst', 'kubernetes.map.yaml']);
    expect(map.bundle.graph.mapId).toBe('local/kubernetes');
    // The companion applied (its tour is there) and the concepts laid out.
    expect(map.bundle.graph.tours.length).toBeGreaterThan(0);
    const ids = new Set(map.bundle.graph.nodes.map((node) => node.id));
    expect(Object.keys(map.bundle.positions).length).toBeGreaterThan(20);
    for (const id of Object.keys(map.bundle.positions)) expect(ids).toContain(id);
    expect(map.summary).toMatchObject({
      title: map.bundle.graph.title,
      bytes: SEED.length + COMPANION.length,
      from: 'file',
    });
  });

  test('the same notes again open the map already kept, without building it again', async () => {
    const ctx = context();
    await openFiles([picked('small.rst', SMALL)], ctx);
    const again = await openFiles([picked('copy/small.rst', SMALL)], ctx);
    expect(again.opened).toEqual(['small']);
    expect(ctx.builder.builds).toBe(1);
    expect(await ctx.library.list()).toHaveLength(1);
  });

  test('different notes under a name already kept get a name of their own', async () => {
    const ctx = context();
    await openFiles([picked('small.rst', SMALL)], ctx);
    const other = await openFiles([picked('small.rst', `${SMALL}\nIngress\n   More.\n`)], ctx);
    expect(other.opened).toEqual(['small-2']);
    expect((await ctx.library.get('small-2'))!.files[0]!.name).toBe('small-2.rst');
  });

  test('a problem in the notes leads to its concept (the notes file is named after the map)', async () => {
    const ctx = context();
    await openFiles([picked('small.rst', SMALL)], ctx);
    await openFiles([picked('small.rst', `${SMALL}\nBroken\n   .. unknown-directive::\n`)], ctx);
    const { graph } = (await ctx.library.get('small-2'))!.bundle;
    const problem = graph.diagnostics.find((diagnostic) => diagnostic.file === 'small-2.rst');
    expect(problem).toBeDefined();
    expect(nodeAtLine(graph, problem!.file, problem!.line)).toBe('broken');
  });

  test('notes that are not UTF-8 are named with the line of the first bad byte, and nothing is kept', async () => {
    const ctx = context();
    // "テスト" in Shift_JIS on line 3.
    const shiftJis = Uint8Array.from([...Buffer.from('Title\n=====\n'), 0x83, 0x65, 0x83, 0x58]);
    const outcome = await openFiles([picked('sjis.rst', shiftJis)], ctx);
    expect(outcome).toEqual({
      opened: [],
      problems: [{ kind: 'not-utf8', file: 'sjis.rst', line: 3 }],
    });
    await expect(ctx.library.list()).resolves.toEqual([]);
  });

  test('one bad file does not stop the others', async () => {
    const ctx = context();
    const outcome = await openFiles(
      [picked('bad.rst', Uint8Array.from([0xff])), picked('good.rst', SMALL)],
      ctx,
    );
    expect(outcome.opened).toEqual(['good']);
    expect(outcome.problems).toEqual([{ kind: 'not-utf8', file: 'bad.rst', line: 1 }]);
  });

  test('hidden folders are skipped, other files ignored, and a lone companion is named', async () => {
    const ctx = context();
    const outcome = await openFiles(
      [
        picked('vault/.obsidian/app.md', '# hidden'),
        picked('vault/picture.png', 'png'),
        picked('vault/other.map.yaml', 'aliases: {}\n'),
      ],
      ctx,
    );
    expect(outcome).toEqual({
      opened: [],
      problems: [{ kind: 'companion-alone', file: 'vault/other.map.yaml' }],
    });
    const nothing = await openFiles([picked('picture.png', 'png')], ctx);
    expect(nothing.problems).toEqual([
      {
        kind: 'nothing-to-open',
        ignored: ['picture.png'],
        readable: expect.arrayContaining(['.rst', '.md']),
      },
    ]);
  });

  test('a file over the size cap is refused before it is read', async () => {
    const ctx = context();
    const huge: PickedFile = { path: 'huge.rst', file: { size: 9 * 1024 * 1024 } as Blob };
    const outcome = await openFiles([huge], ctx);
    expect(outcome.problems).toEqual([
      { kind: 'too-big', file: 'huge.rst', limit: 8 * 1024 * 1024 },
    ]);
  });

  test('when the browser keeps nothing, the map is open in this tab and the user is told', async () => {
    const ctx = { ...context(), library: indexedDbLibrary(null) };
    const outcome = await openFiles([picked('small.rst', SMALL)], ctx);
    expect(outcome.opened).toEqual(['small']);
    expect(outcome.problems).toMatchObject([{ kind: 'storage', problem: { kind: 'unavailable' } }]);
    expect((await ctx.library.get('small'))?.bundle.graph.title).toBe('Small notes');
  });
});

describe('opening a share link', PATIENCE, () => {
  test('builds the same map as the files it was made from', async () => {
    const fromFiles = context();
    await openFiles(
      [picked('kubernetes.rst', SEED), picked('kubernetes.map.yaml', COMPANION)],
      fromFiles,
    );
    const kept = (await fromFiles.library.get('kubernetes'))!;
    const payload = await encodeShare({ name: 'kubernetes', files: kept.files });

    const elsewhere = context();
    const outcome = await openLink(payload, elsewhere);
    expect(outcome).toEqual({ opened: ['kubernetes'], problems: [] });
    const shared = (await elsewhere.library.get('kubernetes'))!;
    expect(shared.bundle.graph).toEqual(kept.bundle.graph);
    expect(shared.summary.from).toBe('link');
  });

  test('opened twice, it is kept once', async () => {
    const ctx = context();
    const payload = await encodeShare({
      name: 'small',
      files: [{ name: 'small.rst', text: SMALL }],
    });
    await openLink(payload, ctx);
    await expect(openLink(payload, ctx)).resolves.toEqual({ opened: ['small'], problems: [] });
    expect(ctx.builder.builds).toBe(1);
  });

  test('a damaged link is named and builds nothing', async () => {
    const ctx = context();
    const payload = await encodeShare({
      name: 'small',
      files: [{ name: 'small.rst', text: SMALL }],
    });
    const outcome = await openLink(payload.slice(0, -5), ctx);
    expect(outcome).toMatchObject({
      opened: [],
      problems: [{ kind: 'link', problem: { kind: 'truncated' } }],
    });
    expect(ctx.builder.builds).toBe(0);
  });

  test('a name with slashes from a crafted link stays one URL segment', async () => {
    const ctx = context();
    const payload = await encodeShare({
      name: '../../etc/passwd',
      files: [{ name: 'passwd.rst', text: SMALL }],
    });
    const outcome = await openLink(payload, ctx);
    expect(outcome.opened).toEqual(['..-..-etc-passwd']);
    const map = (await ctx.library.get('..-..-etc-passwd'))!;
    expect(map.bundle.graph.mapId).toBe('local/..-..-etc-passwd');
    expect(map.files[0]!.name).toBe('..-..-etc-passwd.rst');
  });

  test.each(['..', '.', '...'])('a link named %j gets a name a browser keeps', async (name) => {
    const ctx = context();
    const payload = await encodeShare({ name, files: [{ name: 'n.rst', text: SMALL }] });
    await expect(openLink(payload, ctx)).resolves.toEqual({ opened: ['notes'], problems: [] });
  });

  test('a link carrying no notes file is named as such', async () => {
    const ctx = context();
    const payload = await encodeShare({ name: 'x', files: [{ name: 'x.txt', text: 'plain' }] });
    const outcome = await openLink(payload, ctx);
    expect(outcome.problems).toMatchObject([{ kind: 'notes', problem: { kind: 'no-notes' } }]);
  });
});

test(
  'an update rebuilds the map from the newer file and keeps its companion',
  PATIENCE,
  async () => {
    const ctx = context();
    await openFiles(
      [picked('kubernetes.rst', SEED), picked('kubernetes.map.yaml', COMPANION)],
      ctx,
    );
    const newer = `${SEED.toString()}\nNewTerm\n   Added later.\n`;
    const outcome = await updateMap('kubernetes', [picked('kubernetes-v2.rst', newer)], ctx);
    expect(outcome).toEqual({ opened: ['kubernetes'], problems: [] });
    const map = (await ctx.library.get('kubernetes'))!;
    expect(map.files.map((file) => file.name)).toEqual(['kubernetes.rst', 'kubernetes.map.yaml']);
    expect(map.bundle.graph.nodes.some((node) => node.label === 'NewTerm')).toBe(true);
    expect(await ctx.library.list()).toHaveLength(1);
  },
);
