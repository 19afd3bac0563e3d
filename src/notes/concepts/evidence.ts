/**
 * Why a relation exists (issue 9, CmapTools' propositions): for "B's text names A", the sentence
 * of B's text in which A is named, and its line, so the map can say "ReplicaSet: Podをまとめたもの"
 * instead of drawing an unexplained arrow. Pure.
 *
 * Sentences end at 。！？ (Japanese) or . ! ? followed by a space or the end of the text; a
 * paragraph's line breaks are read as a space between Latin words and as nothing between
 * Japanese ones, as the panel shows them. A sentence longer than EVIDENCE_LENGTH is cut to a
 * window around the name, with … where it was cut.
 */
import { forEachTextPiece } from '../document/text';
import type { MentionMatcher } from './mentions';
import type { ConceptOccurrence, Evidence, NodeId } from './model';

export const EVIDENCE_LENGTH = 120;

/** 。！？ end a sentence where they stand; . ! ? before a space, a line break or the end. */
const WIDE_END = new Set([0x3002, 0xff01, 0xff1f]);
const NARROW_END = new Set([0x2e, 0x21, 0x3f]);

/**
 * The first place each of the `wanted` concepts is named in the occurrences' text, as evidence.
 * One sentence per place named: a name that several concepts of a notebook share (every note's
 * "Examples") is quoted once, not once per concept.
 */
export function collectEvidence(
  occurrences: readonly Pick<ConceptOccurrence, 'blocks' | 'classifiers' | 'line' | 'file'>[],
  matcher: MentionMatcher<NodeId>,
  wanted: ReadonlySet<NodeId>,
): Map<NodeId, Evidence> {
  const found = new Map<NodeId, Evidence>();
  let file = '';
  const search = (text: string, line: number) => {
    if (found.size === wanted.size) return;
    let quotedAt = -1;
    let quoted: Evidence | null = null;
    for (const [owner, at] of matcher.firstMentionsIn(text, wanted)) {
      if (found.has(owner)) continue;
      if (quoted === null || quotedAt !== at.start) {
        quotedAt = at.start;
        quoted = {
          text: sentenceAround(text, at.start, at.end),
          line: line + countNewlines(text, at.start),
          file,
        };
      }
      found.set(owner, quoted);
    }
  };
  for (const occurrence of occurrences) {
    file = occurrence.file;
    for (const classifier of occurrence.classifiers) {
      search(classifier.map((inline) => inline.text).join(''), occurrence.line);
    }
    forEachTextPiece(occurrence.blocks, search);
  }
  return found;
}

/** The sentence of `text` holding `text[start, end)`, on one line, at most EVIDENCE_LENGTH long. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !endsSentence(text, from - 1)) from--;
  let to = end;
  while (to < text.length && !endsSentence(text, to)) to++;
  if (to < text.length) to++; // keep the full stop
  let sentence = oneLine(text.slice(from, to)).trim();
  const name = oneLine(text.slice(start, end));
  if (sentence.length <= EVIDENCE_LENGTH) return sentence;
  // Too long: a window around the name, cut at spaces where there are any.
  const at = sentence.indexOf(name);
  const half = Math.floor((EVIDENCE_LENGTH - name.length) / 2);
  let windowStart = Math.max(0, at - half);
  let windowEnd = Math.min(sentence.length, windowStart + EVIDENCE_LENGTH - 2);
  windowStart = Math.max(0, windowEnd - (EVIDENCE_LENGTH - 2));
  const space = sentence.lastIndexOf(' ', windowStart + 12);
  if (space > windowStart && space < at) windowStart = space + 1;
  const spaceAfter = sentence.indexOf(' ', windowEnd - 12);
  if (spaceAfter !== -1 && spaceAfter < windowEnd && spaceAfter > at + name.length)
    windowEnd = spaceAfter;
  sentence =
    (windowStart > 0 ? '…' : '') +
    sentence.slice(windowStart, windowEnd).trim() +
    (windowEnd < sentence.length ? '…' : '');
  return sentence;
}

function endsSentence(text: string, index: number): boolean {
  // Char codes, not one-character strings: this runs for every character around every mention.
  const code = text.charCodeAt(index);
  if (WIDE_END.has(code)) return true;
  if (!NARROW_END.has(code)) return false;
  const next = text.charCodeAt(index + 1);
  return Number.isNaN(next) || next === 0x20 || next === 0x0a || next === 0x09;
}

/** Line breaks inside a paragraph: nothing between wide characters, a space otherwise. */
function oneLine(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/g, (_, offset: number) => {
    const before = text[offset - 1] ?? '';
    const after = text[offset + _.length] ?? '';
    return isWide(before) && isWide(after) ? '' : ' ';
  });
}

function isWide(char: string): boolean {
  return /[\u3000-\u30ff\u3400-\u9fff\uff00-\uff60]/u.test(char);
}

function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}
