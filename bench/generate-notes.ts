/**
 * Generated study notes for the benchmark, shaped like the seed memo: a title, sections and
 * subsections, TAB-indented definition lists with Japanese text, inline literals, links, bullet
 * lists and mentions of other terms. Deterministic: the same (terms, seed) gives the same text.
 */
import { seededRandom } from '../src/graph/layout/seeded-random';

const SENTENCES = [
  'コンテナホストの負荷をみてデプロイする',
  '複数ホストを管理したりといった機能が必要',
  'ラベルを使ってクラスタ内で設定した数を維持する',
  'ローリングアップデート、ロールバックで使う',
  '全てのノードでコンテナを動かしたい場合に利用する',
  'メインとストレージを共有する',
  'コマンドラインオプションで有効・無効を切り替える',
  'ユーザアカウントとサービスアカウントの2種類ある',
  'リクエストを認識して扱うことができない',
  'マイクロサービスに便利な、分散トレーシングなどが用意されている',
];
const LITERALS = [
  'spec.containers',
  'kube-apiserver',
  'kind: Ingress',
  'type: LoadBalancer',
  'kubectl',
];
const KATAKANA = ['コンテナ', 'ノード', 'クラスタ', 'ポリシー', 'プロキシ', 'サービス', 'リソース'];

export function termName(index: number): string {
  // Half ASCII (like `ReplicaSet`), half Japanese (like `コンテキスト`), all distinct.
  return index % 2 === 0 ? `Resource${index}` : `${KATAKANA[index % KATAKANA.length]}${index}`;
}

export function generateNotes(terms: number, seed = 1): string {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const lines: string[] = [];
  const title = `生成されたメモ（${terms}語）`;
  // Over- and underlines longer than the title: docutils counts wide characters as 2 columns.
  lines.push('='.repeat(40), title, '='.repeat(40), '');

  for (let index = 0; index < terms; index++) {
    if (index % 50 === 0) lines.push(`セクション${index / 50}`, '='.repeat(30), '');
    if (index % 10 === 0) {
      lines.push(`小見出し${index / 10}`, '-'.repeat(30), '');
      lines.push(`${pick(SENTENCES)}。${termName(Math.floor(next() * terms))}について。`, '');
    }
    const other = termName(Math.floor(next() * terms));
    lines.push(termName(index));
    lines.push(`\t${pick(SENTENCES)}。\`\`${pick(LITERALS)}\`\` を使う。`, '');
    lines.push(`\t${other}に似ている。${pick(SENTENCES)}。`, '');
    if (next() < 0.4) {
      lines.push(`\t\`参考資料${index} <https://example.com/notes/${index}>\`_`, '');
    }
    if (next() < 0.3) {
      lines.push(`\t* ${pick(SENTENCES)}`, `\t* *${pick(KATAKANA)}* の設定`, '');
    }
  }
  return lines.join('\n');
}
