import type { Block, Diagnostic, Inline, NotesDocument } from '../../document/model';
import { mergeTexts } from '../inline/merge-texts';
import { normalizeName } from '../inline/names';
import { addDiagnostics } from './diagnostics';
import { visitDocument, walkDocument } from './inline-walk';

type Footnote = Extract<Block, { type: 'footnote' }>;

/** docutils' symbols for `[*]` footnotes, repeated (`**`, `††`...) when they run out. */
const SYMBOLS = [
  '*',
  '\u2020',
  '\u2021',
  '\u00a7',
  '\u00b6',
  '#',
  '\u2660',
  '\u2665',
  '\u2666',
  '\u2663',
];

/** How a footnote label numbers: `[1]` as written, `[#]`/`[#name]` automatically, `[*]` by symbol. */
function labelKind(label: string): 'manual' | 'auto' | 'symbol' {
  if (label === '*') return 'symbol';
  return label.startsWith('#') ? 'auto' : 'manual';
}

/**
 * docutils' Footnotes transform (transforms/references.py): auto-numbered footnotes `[#]` and
 * `[#name]` get the next numbers not taken by a footnote of that number, in document order;
 * `[#]_` references take the unnamed ones in order, `[#name]_` the one of that name; `[*]`
 * footnotes and references get symbols in order. Footnotes and their references then show the
 * same number; a reference to nothing is reported.
 */
export function footnotes(doc: NotesDocument): NotesDocument {
  const found: Footnote[] = [];
  let references = 0;
  visitDocument(doc, {
    block: (block) => {
      if (block.type === 'footnote') found.push(block);
    },
    inlines: (content) => {
      for (const inline of content) if (inline.type === 'footnoteReference') references++;
      return content;
    },
  });
  if (found.length === 0 && references === 0) return doc;

  const taken = new Set<string>();
  for (const note of found) {
    if (note.citation || labelKind(note.label) === 'manual') taken.add(normalizeName(note.label));
  }
  const numbers = new Map<Footnote, string>();
  const byName = new Map<string, string>();
  const unnamed: string[] = [];
  const symbols: string[] = [];
  let next = 1;
  for (const note of found) {
    if (note.citation) {
      byName.set(normalizeName(note.label), note.label);
      continue;
    }
    const kind = labelKind(note.label);
    if (kind === 'manual') {
      byName.set(normalizeName(note.label), note.label);
    } else if (kind === 'auto') {
      let label: string;
      do label = String(next++);
      while (taken.has(label));
      numbers.set(note, label);
      const name = note.label.slice(1);
      if (name) byName.set(normalizeName(name), label);
      else unnamed.push(label);
    } else {
      const index = symbols.length;
      const label = SYMBOLS[index % SYMBOLS.length]!.repeat(Math.floor(index / SYMBOLS.length) + 1);
      symbols.push(label);
      numbers.set(note, label);
    }
  }

  const diagnostics: Diagnostic[] = [];
  let unnamedUsed = 0;
  let symbolsUsed = 0;
  const numberOf = (reference: Extract<Inline, { type: 'footnoteReference' }>, line: number) => {
    const { label } = reference;
    const tooMany = (kind: string, available: number): null => {
      diagnostics.push({
        line,
        severity: 'error',
        message: `Too many ${kind} footnote references: only ${available} corresponding footnotes available.`,
      });
      return null;
    };
    if (label === '#') {
      return unnamed[unnamedUsed++] ?? tooMany('autonumbered', unnamed.length);
    }
    if (label === '*') return symbols[symbolsUsed++] ?? tooMany('symbol', symbols.length);
    const name = normalizeName(label.startsWith('#') ? label.slice(1) : label);
    const number = byName.get(name);
    if (number === undefined) {
      diagnostics.push({ line, severity: 'error', message: `Unknown target name: "${name}".` });
      return null;
    }
    return number;
  };

  const numbered = walkDocument(doc, {
    inlines: (content, line) => {
      if (!content.some((inline) => inline.type === 'footnoteReference')) return content;
      return mergeTexts(
        content.map((inline): Inline => {
          if (inline.type !== 'footnoteReference') return inline;
          const number = numberOf(inline, line);
          return number === null
            ? { type: 'text', text: `[${inline.label}]_` }
            : { ...inline, text: number };
        }),
      );
    },
    leave: (original, walked) => {
      const number = numbers.get(original as Footnote);
      return number !== undefined && walked.type === 'footnote' ? { ...walked, number } : walked;
    },
  });
  return diagnostics.length === 0
    ? numbered
    : { ...numbered, diagnostics: addDiagnostics(numbered.diagnostics, diagnostics) };
}
