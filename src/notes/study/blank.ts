/**
 * "Name it" hides a concept's name wherever its own text says it: the definition of ReplicaSet
 * ("Podをまとめたもの") keeps Pod but loses ReplicaSet. Where a name is found is decided in one
 * place for study and for presenting's quiz steps (concepts/blank-names.ts: the mention rules,
 * longest name first, case and width ignored, a plural ending hidden with the name); this file
 * only cuts the text into shown and hidden parts, so the card can draw the blanks.
 */
import { findNames } from '../concepts/blank-names';

/** A run of a text: shown as it is, or hidden (a blank the student fills in). */
export interface TextPart {
  text: string;
  blank: boolean;
}

/** `text` in parts, every occurrence of one of `names` a blank part. */
export function blankNames(text: string, names: readonly string[]): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const span of findNames(text, names)) {
    if (span.start > at) parts.push({ text: text.slice(at, span.start), blank: false });
    const previous = parts.at(-1);
    // Two blanks side by side (`PodPod`) read as one.
    if (previous?.blank) previous.text += text.slice(span.start, span.end);
    else parts.push({ text: text.slice(span.start, span.end), blank: true });
    at = span.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), blank: false });
  return parts;
}

/** Whether any of `names` occurs in `text` (the label of a neighbour that gives the answer away). */
export function mentionsAnyName(text: string, names: readonly string[]): boolean {
  return findNames(text, names).length > 0;
}
