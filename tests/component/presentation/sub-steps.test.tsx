import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { ConceptGraph } from '../../../src/notes/concepts/model';
import type { Block } from '../../../src/notes/document/model';
import { blocksText } from '../../../src/notes/document/text';
import { cardParts, partCount, PART_LINES } from '../../../src/ui/Presentation/card-parts';
import { id, node, paragraph, sourceOf, text } from '../fixtures/build';
import { currentUrl, renderApp } from '../support/render-app';

// A card never scrolls: a concept too long for one continues on sub-steps (Step 2.2, 2.3...),
// cut between blocks, and a block too long for a card between sentences, items or lines.

const sentence = (n: number) =>
  `Sentence ${n} says something the study group wanted to remember about the topic at hand.`;
const paragraphOf = (line: number, from: number, count: number): Block =>
  paragraph(line, text(Array.from({ length: count }, (_, i) => sentence(from + i)).join(' ')));

const LONG_BLOCKS: Block[] = [
  paragraphOf(10, 1, 4),
  paragraphOf(11, 5, 4),
  {
    type: 'bulletList',
    line: 12,
    bullet: '*',
    items: Array.from({ length: 14 }, (_, i) => ({
      line: 13 + i,
      blocks: [paragraph(13 + i, text(`Item ${i + 1}: a point made in the discussion.`))],
    })),
  },
  {
    type: 'literalBlock',
    line: 30,
    text: Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).join('\n'),
  },
  // One paragraph longer than a card: cut between its sentences.
  paragraphOf(40, 100, 24),
];

function longGraph(): ConceptGraph {
  return {
    mapId: 'long',
    title: 'Long notes',
    nodes: [
      node({
        id: 'intro',
        label: 'Intro',
        line: 1,
        order: 0,
        blocks: [paragraph(2, text('Short.'))],
      }),
      node({ id: 'long-read', label: 'Long read', line: 9, order: 1, blocks: LONG_BLOCKS }),
    ],
    edges: [],
    tours: [],
    diagnostics: [],
  };
}

const longRead = () => longGraph().nodes[1]!;

describe('cutting a long concept into cards', () => {
  test('a long text takes several parts; a short one, one', () => {
    expect(partCount(longGraph().nodes[0]!)).toBe(1);
    expect(partCount(longRead())).toBeGreaterThanOrEqual(4);
  });

  test('nothing is lost or repeated: the parts read, in order, as the whole text', () => {
    const parts = cardParts(longRead());
    const partText = parts
      .map((part) => blocksText(part.pieces.flatMap((piece) => piece.blocks)))
      .join('\n\n');
    const words = (value: string) => value.split(/\s+/).filter(Boolean);
    expect(words(partText)).toEqual(words(blocksText(LONG_BLOCKS)));
  });

  test('a list, code and a long paragraph are cut where a reader pauses', () => {
    const blocks = cardParts(longRead()).flatMap((part) => part.pieces.flatMap((p) => p.blocks));
    const lists = blocks.filter((block) => block.type === 'bulletList');
    const code = blocks.filter((block) => block.type === 'literalBlock');
    // Whole items and whole lines, never half of one.
    expect(lists.flatMap((list) => list.items).length).toBe(14);
    expect(code.flatMap((block) => block.text.split('\n'))).toEqual(
      Array.from({ length: 30 }, (_, i) => `line ${i + 1}`),
    );
    // The 24-sentence paragraph ends up in more than one part, each ending a sentence.
    const lastParagraphs = blocks.filter(
      (block) => block.type === 'paragraph' && block.line === 40,
    );
    expect(lastParagraphs.length).toBeGreaterThan(1);
    for (const block of lastParagraphs.slice(0, -1)) {
      expect(blocksText([block]).trim()).toMatch(/\.$/);
    }
  });

  test('the parts are about even: no card is left with a line or two', () => {
    // How much a card holds, roughly: characters, a line of code counting as a line of text.
    const size = (blocks: readonly Block[]) =>
      blocks.reduce(
        (sum, block) =>
          sum +
          (block.type === 'literalBlock'
            ? block.text.split('\n').length * 40
            : blocksText([block]).length),
        0,
      );
    const sizes = cardParts(longRead()).map((part) => size(part.pieces.flatMap((p) => p.blocks)));
    expect(Math.min(...sizes)).toBeGreaterThan(Math.max(...sizes) / 3);
    expect(PART_LINES).toBeGreaterThan(10);
  });
});

describe('sub-steps on the stage', () => {
  test('the clicker goes through the parts; each has its URL; back goes back', async () => {
    const parts = partCount(longRead());
    const { user, router } = await renderApp('/long/present/long-read', sourceOf(longGraph()));
    expect(screen.getByText(`Step 2.1 of 2`)).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: `Long read, part 1 of ${parts}` }),
    ).toBeInTheDocument();
    expect(screen.getByText(new RegExp(sentence(1)))).toBeInTheDocument();
    expect(screen.queryByText(/Item 1:/)).toBeNull();

    await user.keyboard('{PageDown}');
    expect(currentUrl(router)).toBe('/long/present/long-read?part=2');
    expect(screen.getByText('Step 2.2 of 2')).toBeInTheDocument();
    expect(screen.queryByText(new RegExp(sentence(1)))).toBeNull();

    for (let part = 3; part <= parts; part++) await user.keyboard('{PageDown}');
    expect(currentUrl(router)).toBe(`/long/present/long-read?part=${parts}`);
    await user.keyboard('{PageDown}');
    expect(currentUrl(router)).toBe('/long/present/long-read?slide=end');

    await user.keyboard('{PageUp}');
    expect(currentUrl(router)).toBe(`/long/present/long-read?part=${parts}`);
  });

  test('a reload (or a shared link) lands on the part its URL names', async () => {
    await renderApp('/long/present/long-read?part=3', sourceOf(longGraph()));
    expect(screen.getByText('Step 2.3 of 2')).toBeInTheDocument();
  });

  test('a part the card does not have lands on the last one', async () => {
    await renderApp('/long/present/intro?part=7', sourceOf(longGraph()));
    expect(screen.getByText('Step 1 of 2')).toBeInTheDocument();
  });

  test('the speaker view shows the whole concept and says how many presses are left on it', async () => {
    const parts = partCount(longRead());
    await renderApp('/long/speaker/intro', sourceOf(longGraph()));
    expect(
      screen.getByText('Step 1 of 2', { selector: '.step-progress-text' }),
    ).toBeInTheDocument();
    await renderApp('/long/speaker/long-read', sourceOf(longGraph()));
    expect(
      screen.getByText(`Presses left on this step before the next: ${parts - 1}`),
    ).toBeInTheDocument();
  });

  test('ids of a fixture are what the URL says', () => {
    expect(longRead().id).toBe(id('long-read'));
  });
});
