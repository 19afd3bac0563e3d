/**
 * A generated notebook for the benchmark: an Obsidian-style vault of Markdown notes in a few
 * folders, each note about 4 kB, with what real vaults have and the graph builder works on:
 * frontmatter aliases and tags, headings that every note repeats ("Overview", "Examples": ids
 * qualified by file), terms that several notes define (merged across files), wikilinks to other
 * notes and their headings, plain mentions of other notes' titles, #tags, tables, code and
 * footnotes. Deterministic: the same (count, bytes, seed) gives the same files.
 */
import { seededRandom } from '../src/graph/layout/seeded-random';

const SENTENCES = [
  'The scheduler places each workload on a node with enough free capacity',
  'コンテナホストの負荷をみてデプロイする',
  'A rolling update replaces the old replicas one at a time, so the service stays up',
  'ラベルを使ってクラスタ内で設定した数を維持する',
  'Every request passes the proxy first, which checks the route and the quota',
  'Logs are shipped to a central store and kept for thirty days',
];
const SHARED_TERMS = 120;

export interface GeneratedNote {
  /** Path in the notebook (`area-3/Topic 0042.md`). */
  path: string;
  text: string;
}

function titleOf(index: number): string {
  return `Topic ${String(index).padStart(4, '0')}`;
}

function pathOf(index: number): string {
  return `area-${index % 8}/${titleOf(index)}.md`;
}

export function generateNotebook(count = 500, bytes = 4_000, seed = 14): GeneratedNote[] {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const other = (self: number) => (self + 1 + Math.floor(next() * (count - 1))) % count;
  const sentence = () => pick(SENTENCES);

  return Array.from({ length: count }, (_, index) => {
    const title = titleOf(index);
    const parts = [
      `---\naliases: [T${index}, ${title} notes]\ntags: [bench, area-${index % 8}]\n---\n\n# ${title}\n\n`,
      `${sentence()}. Related to [[${titleOf(other(index))}]] and ${titleOf(other(index))}. #bench/gen\n`,
    ];
    let size = parts.join('').length;
    for (let part = 0; size < bytes; part++) {
      let chunk = '';
      switch (part % 6) {
        case 0:
          chunk = `\n## Overview\n\n${sentence()}; see [[${titleOf(other(index))}#Examples]].\n`;
          break;
        case 1:
          chunk =
            `\nShared term ${Math.floor(next() * SHARED_TERMS)}\n: ${sentence()}, as in ${titleOf(other(index))}.\n` +
            `\n${title} term ${part}\n: ${sentence()}.[^${part}]\n\n[^${part}]: A footnote of ${title}.\n`;
          break;
        case 2:
          chunk =
            `\n## Examples\n\n- **${title} item ${part}** — ${sentence()} ([[${titleOf(other(index))}|another note]]).\n` +
            `- **Shared term ${Math.floor(next() * SHARED_TERMS)}**: ${sentence()}.\n- ${sentence()}\n`;
          break;
        case 3:
          chunk = `\n| Setting | Value |\n| --- | --- |\n| replicas | ${part} |\n| note | [[${titleOf(other(index))}]] |\n`;
          break;
        case 4:
          chunk = `\n\`\`\`yaml\nkind: Deployment\nreplicas: ${part}\n\`\`\`\n\n${sentence()} ([link](../${pathOf(other(index)).replace(/ /g, '%20')})).\n`;
          break;
        default:
          chunk = `\n### ${title} detail ${part}\n\n${sentence()}. ${sentence()}. #area-${index % 8}\n`;
      }
      parts.push(chunk);
      size += chunk.length;
    }
    return { path: pathOf(index), text: parts.join('') };
  });
}
