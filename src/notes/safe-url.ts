/**
 * Which URLs written in the notes may become clickable links.
 *
 * An allow-list, as the OWASP XSS Prevention Cheat Sheet asks ("only allow http and https
 * URLs", plus mailto: for addresses): every other scheme (javascript:, vbscript:, data:, file:,
 * blob:, ...) is refused, however it is disguised. The scheme is judged with the WHATWG URL
 * rules that browsers use, and also after undoing the disguises other parsers would undo:
 * HTML character references (`javascript&#58;`, `&#x6A;avascript:`, `javascript&colon;`),
 * percent-encoding (`javascript%3A`), and control or invisible characters inside the scheme
 * (`java\tscript:`, `\x00javascript:`). A URL is safe only if every reading of it is.
 *
 * Relative URLs: only `#fragment` is allowed. A fragment stays on the current page; any other
 * relative URL (`page.html`, `../x`) would resolve against the app's own routes and land
 * nowhere meaningful, and a protocol-relative one (`//evil.example`) leaves the site under
 * whatever scheme the page has, so both are refused with a hint to write a full https:// URL.
 *
 * Pure: no DOM, so the same check runs in the graph builder (Node and browser) and the UI.
 */

const ALLOWED_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto']);

type Verdict = { safe: true; href: string } | { safe: false; reason: string };

/** The URL to put in an href, or null when it must stay plain text. */
export function safeHref(url: string): string | null {
  const verdict = judge(url);
  return verdict.safe ? verdict.href : null;
}

/** A short reason why `url` may not be a link (for a diagnostic), or null when it is safe. */
export function describeUnsafe(url: string): string | null {
  const verdict = judge(url);
  return verdict.safe ? null : verdict.reason;
}

function judge(url: string): Verdict {
  // WHATWG URL parsing strips leading and trailing C0 controls and spaces first.
  const trimmed = stripC0AndSpaceEdges(url);
  if (trimmed === '') return { safe: false, reason: 'the link is empty' };

  for (const reading of readings(trimmed)) {
    const scheme = schemeOf(reading);
    if (scheme !== null && !ALLOWED_SCHEMES.has(scheme)) {
      return {
        safe: false,
        reason: `${scheme}: links are not allowed (only http:, https:, mailto:)`,
      };
    }
  }

  // Nothing legitimate needs these inside a link; they serve to hide a scheme or spoof display.
  if (HIDDEN_CHARACTERS.test(trimmed)) {
    return { safe: false, reason: 'links may not contain control or invisible characters' };
  }

  const parsed = parseAbsolute(trimmed);
  if (parsed) {
    const scheme = parsed.protocol.slice(0, -1);
    if (!ALLOWED_SCHEMES.has(scheme)) {
      return {
        safe: false,
        reason: `${scheme}: links are not allowed (only http:, https:, mailto:)`,
      };
    }
    return { safe: true, href: trimmed };
  }

  if (schemeOf(trimmed) !== null) return { safe: false, reason: 'the link is not a valid URL' };
  // Browsers read `\` as `/` in http(s) URLs, so `\\evil` and `/\evil` are protocol-relative too.
  if (/^[/\\]{2}/.test(trimmed)) {
    return {
      safe: false,
      reason: 'protocol-relative links (//host) are not allowed; write https://host',
    };
  }
  if (trimmed.startsWith('#') && trimmed.length > 1 && !/\s/.test(trimmed)) {
    return { safe: true, href: trimmed };
  }
  return {
    safe: false,
    reason: 'relative links are not allowed; write a full https:// URL or a #fragment',
  };
}

/** C0/C1 controls, bidi controls, zero-width characters and the BOM, anywhere in the URL. */
const HIDDEN_CHARACTERS = /[\p{Cc}\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;

function stripC0AndSpaceEdges(text: string): string {
  const isC0OrSpace = (index: number) => text.charCodeAt(index) <= 0x20;
  let start = 0;
  let end = text.length;
  while (start < end && isC0OrSpace(start)) start++;
  while (end > start && isC0OrSpace(end - 1)) end--;
  return text.slice(start, end);
}

function parseAbsolute(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/**
 * The lower-case scheme a lenient reader would find, or null for a relative URL. Lenient: all
 * whitespace, controls and invisible characters are dropped first (WHATWG drops only tabs and
 * newlines, but older browsers and other tools dropped more).
 */
function schemeOf(text: string): string | null {
  const squeezed = text.replace(/[\s\p{Cc}\p{Cf}]+/gu, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed);
  return match ? match[1]!.toLowerCase() : null;
}

/**
 * The URL as written plus every form it takes after undoing HTML character references and
 * percent-encoding, repeatedly and in any order (double encoding such as `&amp;#58;` included).
 */
function readings(url: string): Set<string> {
  const seen = new Set([url]);
  let frontier = [url];
  for (let round = 0; round < 4 && frontier.length > 0; round++) {
    const next: string[] = [];
    for (const text of frontier) {
      for (const decoded of [decodeCharacterReferences(text), decodeAsciiPercents(text)]) {
        if (!seen.has(decoded)) {
          seen.add(decoded);
          next.push(decoded);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

/** The named references an attacker can use to spell a scheme or its colon. */
const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  bsol: '\\',
  num: '#',
  percnt: '%',
  period: '.',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  lpar: '(',
  rpar: ')',
};

/**
 * HTML character references as an HTML parser reads them in an attribute: numeric ones with or
 * without `;` and with any number of leading zeros, and the named ones above.
 */
function decodeCharacterReferences(text: string): string {
  return text.replace(
    /&(?:#x([0-9a-f]+)|#([0-9]+)|([a-z]+));?/gi,
    (whole, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
      if (name !== undefined) return NAMED_REFERENCES[name.toLowerCase()] ?? whole;
      const codePoint = hex !== undefined ? parseInt(hex, 16) : parseInt(decimal!, 10);
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '\uFFFD';
    },
  );
}

/** `%6A` → `j`. ASCII only: a scheme is ASCII, and malformed sequences are left as written. */
function decodeAsciiPercents(text: string): string {
  return text.replace(/%([0-7][0-9a-f])/gi, (_whole, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}
