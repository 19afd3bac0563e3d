/**
 * `npx tsx bench/markdown.ts`: throughput of the Markdown reader (parseMarkdown) and of the whole
 * pipeline (buildMap) on about 2 MB of generated notes shaped like an Obsidian vault's (headings,
 * bold-led glossaries, definition lists, tables, wikilinks, tags, footnotes, code), as one file
 * and as 500 files of 4 kB. Warm-up, then the median of repeated runs. Not part of `npm test`.
 */
import { parseMarkdown } from '../src/notes/markdown';
import { buildMap } from '../src/notes/pipeline';

const SENTENCES = [
  'コンテナホストの負荷をみてデプロイする',
  'The **scheduler** places a *Pod* on a node with `kubectl apply`',
  'See [the docs](https://kubernetes.io/docs) and [[Other note|another note]] #k8s/workloads',
  'ラベルを使ってクラスタ内で設定した数を維持する[^1]',
];

function note(index: number, bytes: number): string {
  const parts = [`---\ntitle: Note ${index}\ntags: [study]\n---\n\n# Note ${index}\n`];
  let size = parts[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const s = (k: number) => SENTENCES[(i + k) % SENTENCES.length];
    let chunk = i % 5 === 0 ? `\n## Section ${i}\n\n${s(0)}.\n${s(1)}.\n` : '';
    chunk += `\n- **Term${index}_${i}** — ${s(2)}\n- **Other${index}_${i}**: ${s(3)}\n- ${s(1)}\n`;
    chunk += `\nWord${index}_${i}\n: ${s(1)}\n`;
    if (i % 3 === 0) chunk += '\n```yaml\nkind: Pod\n```\n';
    if (i % 4 === 0) chunk += `\n| a | b |\n| --- | --- |\n| ${s(0)} | \`c\` |\n`;
    if (i % 6 === 0) chunk += `\n> ${s(2)}\n\n[^1]: A footnote.\n`;
    parts.push(chunk);
    size += new TextEncoder().encode(chunk).length;
  }
  return parts.join('');
}

function median(run: () => void, times = 7): number {
  run();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

const big = note(0, 2_000_000);
const small = Array.from({ length: 500 }, (_, i) => note(i, 4_000));
const mb = (texts: string[]) =>
  texts.reduce((sum, t) => sum + new TextEncoder().encode(t).length, 0) / 1e6;

const rows: [string, number, number][] = [
  ['parseMarkdown, one 2 MB note', mb([big]), median(() => parseMarkdown(big))],
  [
    'parseMarkdown, 500 notes of 4 kB',
    mb(small),
    median(() => small.forEach((t) => parseMarkdown(t))),
  ],
  [
    'buildMap, one 2 MB note',
    mb([big]),
    median(() => buildMap({ mapId: 'big', notes: { file: 'big.md', text: big } }), 3),
  ],
  [
    'buildMap, 500 notes of 4 kB',
    mb(small),
    median(
      () =>
        small.forEach((text, i) => buildMap({ mapId: `n${i}`, notes: { file: `n${i}.md`, text } })),
      3,
    ),
  ],
];
console.log('| what | MB | ms (median) | MB/s |\n| --- | --: | --: | --: |');
for (const [what, size, ms] of rows) {
  console.log(
    `| ${what} | ${size.toFixed(2)} | ${ms.toFixed(0)} | ${(size / (ms / 1000)).toFixed(1)} |`,
  );
}
