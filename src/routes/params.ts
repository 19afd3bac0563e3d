/**
 * Reading route parameters defensively. react-router decodes the path once; when the path holds
 * a malformed escape (`%E0%A4%A`) it warns and leaves the WHOLE path undecoded, so a parameter
 * may still be percent-encoded. Anything a user typed must end in a page, never an exception.
 */

/** Longer ids than this are not ids: they are cut before matching and display. */
export const MAX_PARAM_LENGTH = 200;

/**
 * The parameter as text: decoded once more if it still holds escapes (node ids never contain
 * `%`, so this cannot corrupt a real id), left as written if that fails, and capped in length.
 */
export function readParam(value: string | undefined): string {
  if (value === undefined) return '';
  let text = value;
  if (text.includes('%')) {
    try {
      text = decodeURIComponent(text);
    } catch {
      // Malformed escape: keep the raw text; the page shows "not found" for it.
    }
  }
  return text.length > MAX_PARAM_LENGTH ? text.slice(0, MAX_PARAM_LENGTH) : text;
}
