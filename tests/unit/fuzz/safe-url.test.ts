import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { safeHref } from '../../../src/notes/safe-url';

// Properties of safeHref beyond the table in tests/unit/safe-url.test.ts: whatever it lets
// through, a browser resolves to http:, https:, mailto: or a fragment of the current page; any
// disguise of `javascript:` is refused; ordinary web URLs pass unchanged.
//
// Volume: 3,000 + 3,000 + 1,000 = 7,000 cases.

const APP = 'https://musubi.example/maps/kubernetes/pod';
const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/** Strings made of URL pieces, HTML references, percent escapes and awkward characters. */
const urlLike = fc
  .array(
    fc.oneof(
      fc.constantFrom('javascript', 'JaVaScRiPt', 'vbscript', 'data', 'http', 'https', 'mailto'),
      fc.constantFrom(':', '//', '/', '\\', '#', '?', '&', ';', '%', '.', '..', '@'),
      fc.constantFrom('&#58;', '&#x3A;', '&colon;', '&amp;', '&Tab;', '%3A', '%0A', '%6A'),
      fc.constantFrom('\t', '\n', '\r', '\u0000', ' ', '\u200b', '\ufeff', '\u00a0'),
      fc.stringMatching(/^[a-z0-9.-]{1,8}$/),
      fc.string({ maxLength: 3, unit: 'binary' }),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

/** `javascript:` disguised character by character, as attackers do. */
const disguisedJavascript = fc
  .tuple(
    fc.array(
      fc.constantFrom(
        'plain',
        'upper',
        'decimal',
        'hex',
        'leading-zeros',
        'no-semicolon',
        'percent',
        'tab',
        'newline',
        'nul',
      ),
      { minLength: 11, maxLength: 11 },
    ),
    fc.constantFrom('', ' ', '\u0000', '\u0001 ', '\t\n'),
  )
  .map(([disguises, prefix]) => {
    const written = [...'javascript:'].map((char, index) => {
      const code = char.charCodeAt(0);
      switch (disguises[index]) {
        case 'upper':
          return char.toUpperCase();
        case 'decimal':
          return `&#${code};`;
        case 'hex':
          return `&#x${code.toString(16)};`;
        case 'leading-zeros':
          return `&#000${code};`;
        case 'no-semicolon':
          return `&#${code}`;
        case 'percent':
          return `%${code.toString(16)}`;
        case 'tab':
          return `${char}\t`;
        case 'newline':
          return `${char}\n`;
        case 'nul':
          return `${char}\u0000`;
        default:
          return char;
      }
    });
    return `${prefix}${written.join('')}alert(1)`;
  });

describe('safeHref', () => {
  test('lets through only what a browser resolves to http:, https:, mailto: or a fragment', () => {
    fc.assert(
      fc.property(urlLike, (url) => {
        const href = safeHref(url);
        if (href === null) return;
        const resolved = new URL(href, APP);
        if (href.startsWith('#')) {
          expect(resolved.href.startsWith(`${APP}#`)).toBe(true);
        } else {
          expect(ALLOWED).toContain(resolved.protocol);
          expect(ALLOWED).toContain(new URL(href).protocol);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('refuses javascript: however it is disguised', () => {
    fc.assert(
      fc.property(disguisedJavascript, (url) => {
        expect(safeHref(url)).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });

  test('keeps ordinary web URLs as written', () => {
    fc.assert(
      fc.property(
        fc.webUrl({
          validSchemes: ['http', 'https'],
          withQueryParameters: true,
          withFragments: true,
        }),
        (url) => {
          expect(safeHref(url)).toBe(url);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
