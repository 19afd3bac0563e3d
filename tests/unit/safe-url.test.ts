import { describe, expect, test } from 'vitest';
import { describeUnsafe, safeHref } from '../../src/notes/safe-url';

// Allowed: what a study note legitimately links to. safeHref returns the URL as written (trimmed),
// so the link the reader sees is the one in the notes.
const allowed: [string, string][] = [
  ['https://thinkit.co.jp/article/13289', 'https://thinkit.co.jp/article/13289'],
  ['http://example.com', 'http://example.com'],
  ['HTTPS://EXAMPLE.COM/Path', 'HTTPS://EXAMPLE.COM/Path'],
  ['mailto:someone@example.com', 'mailto:someone@example.com'],
  ['  https://example.com/  ', 'https://example.com/'],
  ['https://ja.wikipedia.org/wiki/日本', 'https://ja.wikipedia.org/wiki/日本'],
  ['https://example.com/?q=1&amp;b=2', 'https://example.com/?q=1&amp;b=2'],
  [
    'https://example.com/?next=javascript:alert(1)',
    'https://example.com/?next=javascript:alert(1)',
  ],
  ['https://example.com/a%20b', 'https://example.com/a%20b'],
  ['#pod', '#pod'],
];

// Refused, with the words the diagnostic must contain.
const refused: [string, string][] = [
  ['javascript:alert(1)', 'javascript:'],
  ['JaVaScRiPt:alert(1)', 'javascript:'],
  [' javascript:alert(1)', 'javascript:'],
  ['java\tscript:alert(1)', 'javascript:'],
  ['java\nscript:alert(1)', 'javascript:'],
  ['java\rscript:alert(1)', 'javascript:'],
  ['\x00javascript:alert(1)', 'javascript:'],
  ['\x01\x02 javascript:alert(1)', 'javascript:'],
  ['java\x00script:alert(1)', 'javascript:'],
  ['java\u200Bscript:alert(1)', 'javascript:'],
  ['javascript&#58;alert(1)', 'javascript:'],
  ['javascript&#0000058alert(1)', 'javascript:'],
  ['javascript&#x3A;alert(1)', 'javascript:'],
  ['javascript&colon;alert(1)', 'javascript:'],
  ['&#x6A;avascript:alert(1)', 'javascript:'],
  ['&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)', 'javascript:'],
  ['javascript&amp;#58;alert(1)', 'javascript:'],
  ['java&Tab;script:alert(1)', 'javascript:'],
  ['javascript%3Aalert(1)', 'javascript:'],
  ['%6A%61%76%61script:alert(1)', 'javascript:'],
  ['vbscript:msgbox(1)', 'vbscript:'],
  ['VBScript:msgbox(1)', 'vbscript:'],
  ['data:text/html,<script>alert(1)</script>', 'data:'],
  ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data:'],
  ['file:///etc/passwd', 'file:'],
  ['blob:https://example.com/0000', 'blob:'],
  ['ftp://example.com/', 'ftp:'],
  ['//evil.example/x', 'protocol-relative'],
  ['\\\\evil.example/x', 'protocol-relative'],
  ['/\\evil.example/x', 'protocol-relative'],
  ['page.html', 'relative'],
  ['../../etc/passwd', 'relative'],
  ['%2e%2e%2f', 'relative'],
  ['/absolute/path', 'relative'],
  ['#', 'relative'],
  ['', 'empty'],
  ['   ', 'empty'],
  ['https://', 'not a valid URL'],
  ['https://example.com/\u202Egnp.exe', 'invisible'],
  ['https://exa\tmple.com/', 'control'],
  ['" onmouseover="alert(1)', 'relative'],
  ["'><svg onload=alert(1)>", 'relative'],
];

describe('safeHref', () => {
  test.each(allowed)('allows %j', (url, href) => {
    expect(safeHref(url)).toBe(href);
    expect(describeUnsafe(url)).toBeNull();
  });

  test.each(refused)('refuses %j', (url, reason) => {
    expect(safeHref(url)).toBeNull();
    expect(describeUnsafe(url)).toContain(reason);
  });

  test('the table is big enough to matter', () => {
    expect(allowed.length + refused.length).toBeGreaterThanOrEqual(25);
  });

  test('whatever it allows, a browser reads as http:, https:, mailto: or a fragment', () => {
    for (const [url] of [...allowed, ...refused]) {
      const href = safeHref(url);
      if (href === null || href.startsWith('#')) continue;
      expect(['http:', 'https:', 'mailto:']).toContain(new URL(href).protocol);
    }
  });
});
