import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildConceptGraph } from '../../../src/notes/concepts/build-graph';
import type { ConceptGraph } from '../../../src/notes/concepts/model';
import { parseRst } from '../../../src/notes/rst';
import type { Block, Inline, NotesDocument } from '../../../src/notes/document/model';
import { documentModel, plainNotesWithWords } from '../../support/arbitraries';

// "Nothing in the notes is lost": every word a reader wrote must be findable in the map, in some
// node's label, aliases, text, classifiers or links, or in a diagnostic. Compared on tokens
// (runs of letters and digits), so punctuation and markup characters do not matter.
//
// Two levels, each restricted to where the property must hold exactly:
// - document models: every text in titles, terms, classifiers, paragraphs, literal blocks,
//   admonition titles and attributions (comments and targets are not text: docutils' astext()
//   drops them too).
// - well-formed notes through the reader: the words of sections, TAB-indented definition lists,
//   bullets and paragraphs with ``literal``, *emphasis*, **strong**, `cite` and embedded links.
//   Chaotic text is left out on purpose: directive names, target names, role names and
//   malformed markup are legitimately consumed there.
//
// Volume: 800 models + 400 notes = 1,200 cases.

const TOKEN = /[\p{L}\p{N}]+/gu;

function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function inlineTexts(content: readonly Inline[]): string[] {
  return content.flatMap((inline) =>
    inline.type === 'reference' && inline.url ? [inline.text, inline.url] : [inline.text],
  );
}

/** Every text of a document model that a reader of the notes sees. */
function writtenTexts(doc: NotesDocument): string[] {
  const texts = [...inlineTexts(doc.title ?? []), ...inlineTexts(doc.subtitle ?? [])];
  const stack: Block[] = [...doc.blocks];
  while (stack.length > 0) {
    const block = stack.pop()!;
    switch (block.type) {
      case 'paragraph':
        texts.push(...inlineTexts(block.content));
        break;
      case 'section':
        texts.push(...inlineTexts(block.title));
        stack.push(...block.blocks);
        break;
      case 'definitionList':
        for (const item of block.items) {
          texts.push(...inlineTexts(item.term), ...item.classifiers.flatMap(inlineTexts));
          stack.push(...item.blocks);
        }
        break;
      case 'bulletList':
      case 'enumeratedList':
        for (const item of block.items) stack.push(...item.blocks);
        break;
      case 'fieldList':
        for (const field of block.fields) {
          texts.push(...inlineTexts(field.name));
          stack.push(...field.blocks);
        }
        break;
      case 'blockQuote':
        texts.push(...inlineTexts(block.attribution ?? []));
        stack.push(...block.blocks);
        break;
      case 'admonition':
        texts.push(...inlineTexts(block.title));
        stack.push(...block.blocks);
        break;
      case 'literalBlock':
        texts.push(block.text);
        break;
      default:
        break;
    }
  }
  return texts;
}

/** Every token the map shows somewhere. */
function shownTokens(graph: ConceptGraph): Set<string> {
  const shown = new Set(tokens(graph.title));
  const add = (text: string) => tokens(text).forEach((token) => shown.add(token));
  for (const node of graph.nodes) {
    [node.label, node.text, ...node.aliases].forEach(add);
    for (const link of node.links) [link.text, link.url].forEach(add);
    for (const occurrence of node.occurrences) {
      for (const classifier of occurrence.classifiers) inlineTexts(classifier).forEach(add);
    }
  }
  for (const diagnostic of graph.diagnostics) add(diagnostic.message);
  return shown;
}

function lostTokens(written: readonly string[], graph: ConceptGraph): string[] {
  const shown = shownTokens(graph);
  return [...new Set(written.flatMap(tokens))].filter((token) => !shown.has(token));
}

describe('nothing is lost', () => {
  test('from any document model', () => {
    fc.assert(
      fc.property(documentModel, (doc) => {
        const graph = buildConceptGraph([{ file: 'fuzz.rst', document: doc }], { mapId: 'fuzz' });
        expect(lostTokens(writtenTexts(doc), graph)).toEqual([]);
      }),
      { numRuns: 800 },
    );
  });

  test('from well-formed notes read by the reader', () => {
    fc.assert(
      fc.property(plainNotesWithWords, ({ text, words }) => {
        const graph = buildConceptGraph([{ file: 'fuzz.rst', document: parseRst(text) }], {
          mapId: 'fuzz',
        });
        expect(lostTokens(words, graph)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
