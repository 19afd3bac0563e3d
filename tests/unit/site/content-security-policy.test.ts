import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { build, createServer } from 'vite';
import {
  CONTENT_SECURITY_POLICY,
  CYTOSCAPE_CONTAINER_STYLE,
  styleHashSource,
} from '../../../src/site/content-security-policy';
import { musubiMaps } from '../../../src/site/vite-plugin-musubi';
import { tempProject, type TempProject } from './temp-project';

const require = createRequire(import.meta.url);

const NOTES = `Alpha notes
===========

Pod
\tcontainer instance
`;

/** The policy of the first CSP meta element, entities decoded; null when there is none. */
function policyOf(html: string): string | null {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html);
  return meta ? meta[1]!.replaceAll('&#39;', "'").replaceAll('&amp;', '&') : null;
}

let project: TempProject;
let dist: string;
beforeAll(async () => {
  project = tempProject({ 'alpha.rst': NOTES });
  dist = join(project.root, 'dist');
  await build({
    root: project.root,
    configFile: false,
    logLevel: 'silent',
    plugins: [musubiMaps()],
    build: { outDir: dist, emptyOutDir: true },
  });
}, 60_000);
afterAll(() => project.remove());

test('the policy allows only our own scripts and styles: no inline script, no eval', () => {
  const directives = CONTENT_SECURITY_POLICY.split('; ');
  expect(directives).toContain("script-src 'self'");
  expect(directives).toContain(`style-src 'self' ${styleHashSource(CYTOSCAPE_CONTAINER_STYLE)}`);
  expect(directives).toContain("object-src 'none'");
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  // Ignored by browsers in a meta element, so it must not pretend to protect anything.
  expect(CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
});

test('the one inline style allowed is the hash of what Cytoscape writes into <head>', () => {
  // The hash Chromium names when it blocks Cytoscape's stylesheet.
  expect(styleHashSource(CYTOSCAPE_CONTAINER_STYLE)).toBe(
    "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='",
  );
  // BaseRenderer.init builds the text as '.' + className + ' { position: relative; }'.
  // (The CommonJS build, which `require` can resolve; it is built from the same source as the
  // ES module the app bundles.)
  const cytoscape = readFileSync(require.resolve('cytoscape'), 'utf8');
  expect(cytoscape).toContain("var className = '__________cytoscape_container';");
  expect(cytoscape).toContain(
    "stylesheet.textContent = '.' + className + ' { position: relative; }';",
  );
});

test.each(['index.html', '404.html', 'alpha/index.html', 'alpha/node/pod/index.html'])(
  '%s carries the policy before any script or stylesheet',
  (page) => {
    const html = readFileSync(join(dist, ...page.split('/')), 'utf8');
    expect(policyOf(html)).toBe(CONTENT_SECURITY_POLICY);
    const policyAt = html.indexOf('Content-Security-Policy');
    expect(policyAt).toBeLessThan(html.indexOf('<script'));
    expect(html.indexOf('<script')).toBeGreaterThan(0);
    // Exactly one policy: a second meta element would further restrict, confusingly.
    expect(html.split('Content-Security-Policy')).toHaveLength(2);
  },
);

test('the built pages have no inline script for the policy to block', () => {
  const html = readFileSync(join(dist, 'alpha', 'node', 'pod', 'index.html'), 'utf8');
  const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toMatch(/\bsrc="/);
});

test('the dev server leaves the policy out: its react-refresh preamble is an inline script', async () => {
  const server = await createServer({
    root: project.root,
    configFile: false,
    logLevel: 'silent',
    plugins: [musubiMaps()],
    server: { middlewareMode: true, watch: null },
    appType: 'custom',
  });
  try {
    const html = await server.transformIndexHtml(
      '/',
      readFileSync(join(project.root, 'index.html'), 'utf8'),
    );
    expect(html).toContain('<title>App</title>');
    expect(policyOf(html)).toBeNull();
  } finally {
    await server.close();
  }
}, 60_000);
