import { expect, test } from 'vitest';
import { escapeHtml } from '../../../src/site/escape-html';

test.each([
  ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
  ['" onload="alert(1)', '&quot; onload=&quot;alert(1)'],
  ["' onmouseover='x", '&#39; onmouseover=&#39;x'],
  ['Q&A &amp;', 'Q&amp;A &amp;amp;'],
  ['コンテキスト', 'コンテキスト'],
  ['plain text', 'plain text'],
])('escapeHtml(%j) = %j', (text, escaped) => {
  expect(escapeHtml(text)).toBe(escaped);
});

test('escaped text has no character that could open a tag or close an attribute', () => {
  expect(escapeHtml(`<>"'&`.repeat(3))).not.toMatch(/[<>"']/);
});
