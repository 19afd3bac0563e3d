/**
 * A line break inside a paragraph of the notes is a space when the text is shown, as in
 * docutils' HTML. Between two Japanese (or Chinese) characters that space is wrong: those
 * scripts do not put spaces between words or sentences. CSS Text 3 ("segment break
 * transformation") says to drop such breaks, but Chromium does not, so it is done here.
 */
const WIDE = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff01-\uff60\u30fc]`;
const BREAK_BETWEEN_WIDE = new RegExp(`(?<=${WIDE})\\n(?=${WIDE})`, 'gu');

export function joinWideLines(text: string): string {
  return text.replace(BREAK_BETWEEN_WIDE, '');
}
