import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  MAX_EXPANDED_BYTES,
  MAX_PAYLOAD_CHARS,
  decodeShare,
  encodeShare,
  type SharedNotes,
} from '../../../src/local/share-codec';
import { crc32 } from '../../../src/local/crc32';

const seed: SharedNotes = {
  name: 'kubernetes',
  files: [
    { name: 'kubernetes.rst', text: readFileSync('tests/fixtures/seed/kubernetes.rst', 'utf8') },
    {
      name: 'kubernetes.map.yaml',
      text: readFileSync('tests/fixtures/seed/kubernetes.map.yaml', 'utf8'),
    },
  ],
};

/** A payload written by hand: version, length, checksum and compressed bytes as given. */
async function handMade(json: string, options: { version?: number; crc?: number } = {}) {
  const text = new TextEncoder().encode(json);
  const compressed = await deflateRaw(text);
  return toBase64Url(
    Uint8Array.from([
      options.version ?? 1,
      ...leb128(compressed.length),
      ...be32(options.crc ?? crc32(text)),
      ...compressed,
    ]),
  );
}

async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([new Uint8Array(bytes)])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function leb128(value: number): number[] {
  const out: number[] = [];
  do {
    out.push((value & 0x7f) | (value >= 0x80 ? 0x80 : 0));
    value = Math.floor(value / 128);
  } while (value > 0);
  return out;
}

function be32(value: number): number[] {
  return [value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

function toBase64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

describe('a share link round trip', () => {
  test('the seed and its companion come back exactly, in a link of base64url characters', async () => {
    const payload = await encodeShare(seed);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    // Compressed, then a third longer as base64url: still shorter than the notes' 6 kB.
    expect(payload.length).toBeLessThan(Buffer.byteLength(seed.files[0]!.text));
    await expect(decodeShare(payload)).resolves.toEqual({ ok: true, notes: seed });
  });

  test.each([
    ['empty notes', ''],
    ['Japanese, emoji and a BOM', '\uFEFFタイトル\n========\n\n😀 𠮷野家\n'],
    [
      'hostile markup',
      '<script>alert(1)</script>\n.. raw:: html\n\n   <img src=x onerror=alert(1)>\n',
    ],
    ['every line ending', 'a\r\nb\rc\n'],
  ])('%s survives unchanged', async (_case, text) => {
    const notes: SharedNotes = { name: 'notes', files: [{ name: 'notes.md', text }] };
    await expect(decodeShare(await encodeShare(notes))).resolves.toEqual({ ok: true, notes });
  });
});

describe('a damaged link is named, never decoded into something else', () => {
  test.each([1, 10, 100, 0.5])('cut after %s of its characters: truncated', async (cut) => {
    const payload = await encodeShare(seed);
    const length = cut < 1 ? Math.floor(payload.length * cut) : cut;
    const result = await decodeShare(payload.slice(0, length));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.kind).toBe('truncated');
  });

  test('an empty payload is a cut link', async () => {
    await expect(decodeShare('')).resolves.toMatchObject({ problem: { kind: 'truncated' } });
  });

  test('every single changed character in the compressed part is caught', async () => {
    const payload = await encodeShare({
      name: 'n',
      files: [{ name: 'n.rst', text: 'Title\n=====\n\nterm\n   definition\n' }],
    });
    // From character 8 on, every character encodes compressed bytes (the header is 6 bytes).
    for (let index = 8; index < payload.length; index++) {
      const swapped = payload[index] === 'A' ? 'B' : 'A';
      const damaged = payload.slice(0, index) + swapped + payload.slice(index + 1);
      const result = await decodeShare(damaged);
      expect(result, `character ${index}`).toMatchObject({ ok: false });
    }
  });

  test('characters outside base64url: corrupted', async () => {
    const payload = await encodeShare(seed);
    await expect(decodeShare(payload.slice(0, 40) + '%20' + payload.slice(40))).resolves.toEqual({
      ok: false,
      problem: { kind: 'corrupted' },
    });
  });

  test('bytes after the announced end: corrupted', async () => {
    const payload = await encodeShare(seed);
    await expect(decodeShare(payload + 'AAAA')).resolves.toMatchObject({
      problem: { kind: 'corrupted' },
    });
  });

  test('a wrong checksum: corrupted', async () => {
    const json = JSON.stringify({ name: 'n', files: [['n.rst', 'text']] });
    await expect(decodeShare(await handMade(json, { crc: 1234 }))).resolves.toMatchObject({
      problem: { kind: 'corrupted' },
    });
  });

  test('a newer format is named as such', async () => {
    const json = JSON.stringify({ name: 'n', files: [['n.rst', 'text']] });
    await expect(decodeShare(await handMade(json, { version: 2 }))).resolves.toEqual({
      ok: false,
      problem: { kind: 'unknown-version', version: 2 },
    });
  });

  test.each([
    ['not JSON', 'not json'],
    ['no files', JSON.stringify({ name: 'n', files: [] })],
    ['no name', JSON.stringify({ files: [['n.rst', 'x']] })],
    ['a file name with a folder', JSON.stringify({ name: 'n', files: [['../n.rst', 'x']] })],
    ['a file that is not a pair', JSON.stringify({ name: 'n', files: [['n.rst']] })],
    ['nine files', JSON.stringify({ name: 'n', files: Array(9).fill(['n.rst', 'x']) })],
  ])('a valid checksum over the wrong content (%s): corrupted', async (_case, json) => {
    await expect(decodeShare(await handMade(json))).resolves.toMatchObject({
      problem: { kind: 'corrupted' },
    });
  });
});

describe('caps', () => {
  test('a payload over the size cap is refused before decoding', async () => {
    const result = await decodeShare('A'.repeat(MAX_PAYLOAD_CHARS + 1));
    expect(result).toEqual({
      ok: false,
      problem: { kind: 'too-long', length: MAX_PAYLOAD_CHARS + 1, limit: MAX_PAYLOAD_CHARS },
    });
  });

  test('a small link that expands past the expansion cap (a zip bomb) is refused', async () => {
    const text = 'x'.repeat(MAX_EXPANDED_BYTES + 1);
    const json = JSON.stringify({ name: 'bomb', files: [['bomb.rst', text]] });
    const payload = await handMade(json);
    // About a thousandfold: a short link would become megabytes.
    expect(payload.length).toBeLessThan(MAX_EXPANDED_BYTES / 500);
    await expect(decodeShare(payload)).resolves.toEqual({
      ok: false,
      problem: { kind: 'too-large', limit: MAX_EXPANDED_BYTES },
    });
  });

  test('notes just under the expansion cap still decode', async () => {
    const text = 'x'.repeat(MAX_EXPANDED_BYTES - 100);
    const notes: SharedNotes = { name: 'big', files: [{ name: 'big.rst', text }] };
    const result = await decodeShare(await encodeShare(notes));
    expect(result.ok).toBe(true);
  });
});
