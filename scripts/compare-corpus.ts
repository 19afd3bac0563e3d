/**
 * Reads every reStructuredText file it finds with Musubi's reader and with docutils (as a
 * Sphinx build's parser sees it: scripts/rst_oracle.py --sphinx), and prints how far they agree:
 *
 * - links: the (text, URL) pairs of every reference, docutils' against ours, file by file;
 * - section titles (with their level);
 * - errors: the files where Musubi reports an error (or worse) on a line where neither docutils
 *   nor a Sphinx build reports one;
 * - raw role syntax: `:role:`text`` left as text in the notes (not in code) after reading.
 *
 * Files are found under the given folders (default: the whole machine, without /proc, /sys and
 * /dev) and read once per distinct content. Needs Python 3 with docutils 0.19, and Sphinx for
 * the Sphinx judge (Debian's python3-sphinx: $PYTHON defaults to /usr/bin/python3 when it
 * exists); without Sphinx, pass --docutils to judge by docutils alone.
 *
 *   npx tsx scripts/compare-corpus.ts [--docutils] [--out report.json] [--limit N] [folder...]
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { buildConceptGraph } from '../src/notes/concepts/build-graph';
import type { Block, Inline, NotesDocument } from '../src/notes/document/model';
import { inlineText } from '../src/notes/document/text';
import { forEachBlock, forEachInline } from '../src/notes/document/visit';
import { parseRst } from '../src/notes/rst';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Options {
  roots: string[];
  sphinx: boolean;
  out: string | null;
  limit: number;
}

function options(argv: readonly string[]): Options {
  const roots: string[] = [];
  let sphinx = true;
  let out: string | null = null;
  let limit = Infinity;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--docutils') sphinx = false;
    else if (arg === '--out') out = argv[++i] ?? null;
    else if (arg === '--limit') limit = Number(argv[++i]);
    else roots.push(arg);
  }
  return { roots: roots.length > 0 ? roots : ['/'], sphinx, out, limit };
}

/** Every .rst file under `roots`, one per distinct content. */
function findFiles(roots: readonly string[], limit: number): string[] {
  const found = execFileSync(
    'find',
    [
      ...roots,
      '(',
      '-path',
      '/proc',
      '-o',
      '-path',
      '/sys',
      '-o',
      '-path',
      '/dev',
      ')',
      '-prune',
      '-o',
      '-type',
      'f',
      '-name',
      '*.rst',
      '-print',
    ],
    { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] },
  )
    .split('\n')
    .filter(Boolean)
    .sort();
  const seen = new Set<string>();
  const files: string[] = [];
  for (const file of found) {
    let hash: string;
    try {
      hash = createHash('sha1').update(readFileSync(file)).digest('hex');
    } catch {
      continue;
    }
    if (seen.has(hash)) continue;
    seen.add(hash);
    files.push(file);
    if (files.length >= limit) break;
  }
  return files;
}

interface OracleResult {
  sections?: { title: string; level: number }[];
  links?: { text: string; url: string | null }[];
  warnings?: { line: number | null; level: number; message: string }[];
  error?: string;
}

/** docutils' reading of each file, streamed from one Python process. */
async function* oracle(files: readonly string[], sphinx: boolean) {
  const python =
    process.env.PYTHON ??
    (sphinx && existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
  const args = [join(repo, 'scripts/rst_oracle.py'), '--many', ...(sphinx ? ['--sphinx'] : [])];
  const child = spawn(python, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdin.end(files.join('\n') + '\n');
  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
  for await (const line of lines) {
    yield JSON.parse(line) as { path: string; result: OracleResult };
  }
}

/** A multiset of strings, and how many of another one it shares. */
function shared(ours: readonly string[], theirs: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const item of theirs) counts.set(item, (counts.get(item) ?? 0) + 1);
  let common = 0;
  for (const item of ours) {
    const left = counts.get(item) ?? 0;
    if (left > 0) {
      common++;
      counts.set(item, left - 1);
    }
  }
  return common;
}

function ourLinks(doc: NotesDocument): string[] {
  const links: string[] = [];
  const add = (content: readonly Inline[]) => {
    for (const inline of content) {
      if (inline.type === 'reference') links.push(`${inline.text}\u0000${inline.url}`);
    }
  };
  if (doc.title) add(doc.title);
  if (doc.subtitle) add(doc.subtitle);
  // Document order does not matter here: links are compared as a multiset.
  forEachInline(doc.blocks, (inline) => add([inline]));
  forEachBlock(doc.blocks, (block: Block) => {
    if (block.type === 'image' && block.target !== null) {
      links.push(`${block.alt}\u0000${block.target}`);
    }
  });
  return links;
}

function ourSections(doc: NotesDocument): string[] {
  const sections: string[] = [];
  const walk = (blocks: readonly Block[], level: number) => {
    for (const block of blocks) {
      if (block.type !== 'section') continue;
      const title = inlineText(block.title);
      const shown =
        block.number === undefined ? title : `${block.number}\u00a0\u00a0\u00a0${title}`;
      sections.push(`${level}\u0000${shown}`);
      walk(block.blocks, level + 1);
    }
  };
  walk(doc.blocks, 1);
  return sections;
}

/** `:role:` right before a backquote, in text that is not code. */
const RAW_ROLE = /:[A-Za-z][\w.+:-]*:`[^`]/;

function rawRoleTexts(doc: NotesDocument): string[] {
  const found: string[] = [];
  const check = (inline: Inline) => {
    if ((inline.type === 'text' || inline.type === 'interpreted') && RAW_ROLE.test(inline.text)) {
      found.push(inline.text);
    }
  };
  forEachInline(doc.blocks, check);
  for (const inline of [...(doc.title ?? []), ...(doc.subtitle ?? [])]) check(inline);
  return found;
}

interface Tally {
  files: number;
  oracleFailures: number;
  links: { ours: number; theirs: number; agree: number };
  sections: { ours: number; theirs: number; agree: number };
  filesWithExtraErrors: number;
  extraErrors: Map<string, number>;
  rawRoleFiles: number;
  rawRoleInConcepts: number;
  examples: { path: string; kind: string; detail: unknown }[];
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '100.00%' : `${((100 * part) / whole).toFixed(2)}%`;
}

/** The message of an error without what varies between files (names in quotes). */
function messageKind(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/"[^"]*"/g, '"…"')
    .slice(0, 100);
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const files = findFiles(opts.roots, opts.limit);
  console.error(`compare-corpus: ${files.length} distinct .rst files`);
  const tally: Tally = {
    files: 0,
    oracleFailures: 0,
    links: { ours: 0, theirs: 0, agree: 0 },
    sections: { ours: 0, theirs: 0, agree: 0 },
    filesWithExtraErrors: 0,
    extraErrors: new Map(),
    rawRoleFiles: 0,
    rawRoleInConcepts: 0,
    examples: [],
  };
  for await (const { path, result } of oracle(files, opts.sphinx)) {
    // docutils could not read it (Python's recursion limit on very deep nesting): no judge.
    if (
      result.error !== undefined ||
      !result.links ||
      !result.sections ||
      !result.warnings ||
      result.warnings.some((w) => w.level >= 5)
    ) {
      tally.oracleFailures++;
      continue;
    }
    let text: string;
    try {
      text = readFileSync(path)
        .toString('utf8')
        .replace(/^\uFEFF/, '');
    } catch {
      continue;
    }
    tally.files++;
    const doc = parseRst(text);

    const links = ourLinks(doc);
    const theirLinks = result.links.map((link) => `${link.text}\u0000${link.url}`);
    const linksAgree = shared(links, theirLinks);
    tally.links.ours += links.length;
    tally.links.theirs += theirLinks.length;
    tally.links.agree += linksAgree;
    if (linksAgree < Math.max(links.length, theirLinks.length) && tally.examples.length < 400) {
      const missing = theirLinks.filter((link) => !links.includes(link)).slice(0, 3);
      const extra = links.filter((link) => !theirLinks.includes(link)).slice(0, 3);
      tally.examples.push({ path, kind: 'links', detail: { missing, extra } });
    }

    const sections = ourSections(doc);
    const theirSections = result.sections.map((s) => `${s.level}\u0000${s.title}`);
    const sectionsAgree = shared(sections, theirSections);
    tally.sections.ours += sections.length;
    tally.sections.theirs += theirSections.length;
    tally.sections.agree += sectionsAgree;
    if (
      sectionsAgree < Math.max(sections.length, theirSections.length) &&
      tally.examples.length < 400
    ) {
      const missing = theirSections.filter((s) => !sections.includes(s)).slice(0, 3);
      const extra = sections.filter((s) => !theirSections.includes(s)).slice(0, 3);
      tally.examples.push({ path, kind: 'sections', detail: { missing, extra } });
    }

    // docutils places a message without a line at the end; compare those on the last line.
    const last = Math.max(1, doc.lineCount);
    const theirErrorLines = new Set(
      result.warnings.filter((w) => w.level >= 3).map((w) => Math.min(w.line ?? last, last)),
    );
    const extra = doc.diagnostics.filter(
      (d) => (d.severity === 'error' || d.severity === 'severe') && !theirErrorLines.has(d.line),
    );
    if (extra.length > 0) {
      tally.filesWithExtraErrors++;
      for (const d of extra) {
        const kind = messageKind(d.message);
        tally.extraErrors.set(kind, (tally.extraErrors.get(kind) ?? 0) + 1);
      }
      if (tally.examples.length < 400) {
        tally.examples.push({ path, kind: 'errors', detail: extra.slice(0, 3) });
      }
    }

    const raw = rawRoleTexts(doc);
    if (raw.length > 0) {
      tally.rawRoleFiles++;
      if (tally.examples.length < 400) {
        tally.examples.push({ path, kind: 'raw roles', detail: raw.slice(0, 3) });
      }
      // The concepts whose text holds one of those texts.
      const graph = buildConceptGraph([{ file: path, document: doc }], { mapId: 'corpus' });
      tally.rawRoleInConcepts += graph.nodes.filter((node) =>
        raw.some((piece) => node.text.includes(piece)),
      ).length;
    }
    if (tally.files % 500 === 0) console.error(`  ${tally.files} files read`);
  }

  const judge = opts.sphinx ? 'docutils + Sphinx' : 'docutils';
  const rows: [string, string][] = [
    ['files compared', `${tally.files} (and ${tally.oracleFailures} docutils could not read)`],
    [
      `links agreeing with ${judge}`,
      `${percent(tally.links.agree, Math.max(tally.links.ours, tally.links.theirs))} (${tally.links.agree} of ${tally.links.theirs} theirs, ${tally.links.ours} ours)`,
    ],
    [
      `section titles agreeing with ${judge}`,
      `${percent(tally.sections.agree, Math.max(tally.sections.ours, tally.sections.theirs))} (${tally.sections.agree} of ${tally.sections.theirs} theirs, ${tally.sections.ours} ours)`,
    ],
    [`files with an error ${judge} does not report`, String(tally.filesWithExtraErrors)],
    ['files with raw role syntax left in their text', String(tally.rawRoleFiles)],
    ['concepts whose text shows raw role syntax', String(tally.rawRoleInConcepts)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
  if (tally.extraErrors.size > 0) {
    console.log('\nerrors only Musubi reports, by kind:');
    for (const [kind, count] of [...tally.extraErrors].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
      console.log(`  ${String(count).padStart(6)}  ${kind}`);
    }
  }
  if (opts.out) {
    writeFileSync(
      opts.out,
      JSON.stringify({ ...tally, extraErrors: Object.fromEntries(tally.extraErrors) }, null, 1),
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
