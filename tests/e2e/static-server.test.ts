import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer, type StaticServer } from './support/static-server';

// The e2e tests only prove "deep links work without SPA fallback" if this host really is as
// strict as GitHub Pages. These tests pin that down on a tiny folder of their own.
let root: string;
let server: StaticServer;
let outside: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'musubi-static-'));
  outside = `${root}-secret.txt`;
  await writeFile(outside, 'must not be served');
  await mkdir(join(root, 'map', 'node', 'ノード'), { recursive: true });
  await mkdir(join(root, 'empty'));
  await writeFile(join(root, 'index.html'), '<p>home</p>');
  await writeFile(join(root, '404.html'), '<p>not found page</p>');
  await writeFile(join(root, 'app.js'), 'export {};');
  await writeFile(join(root, 'map', 'node', 'ノード', 'index.html'), '<p>node</p>');
  server = await startStaticServer(root, '/sub/');
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
  await rm(outside, { force: true });
});

const get = (path: string) => fetch(new URL(path, server.url), { redirect: 'manual' });

describe('strict static server', () => {
  test('serves a file with its content type', async () => {
    const response = await get('/sub/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  test('serves a directory by its index.html, after a GitHub-Pages-style slash redirect', async () => {
    const redirect = await get('/sub/map/node/%E3%83%8E%E3%83%BC%E3%83%89?depth=1');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe(
      '/sub/map/node/%E3%83%8E%E3%83%BC%E3%83%89/?depth=1',
    );
    const page = await get('/sub/map/node/%E3%83%8E%E3%83%BC%E3%83%89/');
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<p>node</p>');
  });

  test('never serves a file outside its root, even through encoded `..`', async () => {
    const response = await get(`/sub/..%2f${basename(outside)}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('must not be served');
  });

  test.each([
    ['a missing file', '/sub/missing.js'],
    ['a directory without index.html', '/sub/empty/'],
    ['a path outside the base', '/app.js'],
    ['a malformed escape', '/sub/%E0%A4%A'],
    ['a NUL byte', '/sub/app.js%00'],
  ])('answers %s with 404.html and status 404', async (_name, path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('<p>not found page</p>');
  });

  test('refuses to change anything', async () => {
    const response = await fetch(new URL('/sub/app.js', server.url), { method: 'POST' });
    expect(response.status).toBe(405);
  });
});
