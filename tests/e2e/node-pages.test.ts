import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { seedInput } from '../support/seed';
import { buildMap } from '../../src/notes/pipeline';

// Explorer issue: every concept has its own HTML file, so links work on a static host and link
// previews (chat apps, search engines) show the concept's name and a description.
const graph = buildMap(seedInput());

/** The content of `<meta name|property="key" content="...">`, whatever the attribute order. */
function metaContent(html: string, key: string): string | null {
  for (const tag of html.match(/<meta\b[^>]*>/g) ?? []) {
    if (new RegExp(`\\b(?:name|property)="${key}"`).test(tag)) {
      return /\bcontent="([^"]*)"/.exec(tag)?.[1] ?? null;
    }
  }
  return null;
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('per-concept HTML files in the build', () => {
  test('the seed map has concepts to check', () => {
    expect(graph.nodes.length).toBeGreaterThan(20);
  });

  test.each(graph.nodes.map((node) => [node.id, node] as const))(
    'kubernetes/node/%s/index.html names the concept',
    async (id, node) => {
      const html = await readFile(
        join(inject('distDir'), 'kubernetes', 'node', id, 'index.html'),
        'utf8',
      );
      const title = unescapeHtml(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
      expect(title).toContain(node.label);
      expect(unescapeHtml(metaContent(html, 'og:title') ?? '')).toContain(node.label);
      expect(metaContent(html, 'description')?.trim()).toBeTruthy();
      // The page must boot the app, not be a dead end.
      expect(html).toMatch(/<script type="module"[^>]*src="\/assets\/[^"]+\.js"/);
    },
  );

  test("Ingress's description comes from its own text", async () => {
    const html = await readFile(
      join(inject('distDir'), 'kubernetes', 'node', 'ingress', 'index.html'),
      'utf8',
    );
    expect(metaContent(html, 'description')).toContain('HTTPロードバランサのルール');
  });
});
