/**
 * Strict UTF-8 for files opened in the browser, like the build's (src/cli/decode-utf8.ts, which
 * this layer may not import): notes in another encoding (Shift_JIS is common in Japanese) are a
 * clear message naming the line, never text with replacement characters in the map.
 */
export type DecodedText = { ok: true; text: string } | { ok: false; line: number };

export function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    // fatal: throw instead of inserting U+FFFD; a BOM is stripped (ignoreBOM is false).
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, line: lineOf(bytes, validPrefixLength(bytes)) };
  }
}

/**
 * The longest prefix that is valid UTF-8 as far as it goes, by bisection. A prefix is checked as
 * the start of a stream, so a character cut at its end is not an error; a prefix past the first
 * bad byte always is, which makes the test monotonic.
 */
function validPrefixLength(bytes: Uint8Array): number {
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      good = middle;
    } catch {
      bad = middle;
    }
  }
  return good;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) line++;
  return line;
}
