/**
 * The notes a share link carries, as the text after `notes=` in its fragment: the files' text
 * compressed with the browser's own `deflate-raw` (CompressionStream) and written in base64url,
 * so the link needs no server and the text never reaches one (Excalidraw's `#json=` links, with
 * the content itself instead of a key to it).
 *
 *   byte 0        format version (1)
 *   varint        length of the compressed data, in bytes: a link cut short is told apart from
 *                 a corrupted one before anything is decompressed
 *   4 bytes       CRC-32 of the uncompressed text (deflate-raw has no checksum of its own)
 *   the rest      deflate-raw of the UTF-8 JSON `{"name":…,"files":[[file name, text], …]}`
 *
 * Links are untrusted input. Decoding never throws: every way a link can be wrong (too long, cut
 * short, corrupted, expanding into more than a notes file could be, a newer format) is a
 * `ShareProblem` the UI names in plain words, and nothing is built from it. What decodes is then
 * read exactly like a dropped file: untrusted notes.
 */
import { crc32 } from './crc32';

/** What a link carries: one map's notes file and, when it has one, its companion file. */
export interface SharedNotes {
  /** The map's name (its notes file's stem, as kept in the browser). */
  name: string;
  files: readonly SharedFile[];
}

export interface SharedFile {
  name: string;
  text: string;
}

export type ShareProblem =
  /** More text after `notes=` than any link we make: refused before decoding. */
  | { kind: 'too-long'; length: number; limit: number }
  /** Fewer bytes than the link announces: a chat app or a copy cut it. */
  | { kind: 'truncated'; received: number; expected: number }
  /** Not base64url, a wrong checksum, or not what a share link holds. */
  | { kind: 'corrupted' }
  /** Expands into more than a notes file could be (a "zip bomb"). */
  | { kind: 'too-large'; limit: number }
  /** Written by a later version of Musubi. */
  | { kind: 'unknown-version'; version: number };

export type DecodedShare = { ok: true; notes: SharedNotes } | { ok: false; problem: ShareProblem };

const FORMAT_VERSION = 1;

/**
 * The longest payload a link may carry: Chromium takes URLs up to 2 MB, and links that long are
 * not shared by hand anyway (the one-file download is the way for large notes).
 */
export const MAX_PAYLOAD_CHARS = 1_000_000;

/**
 * The most the notes may expand to. Deflate can expand about a thousandfold, so a link within
 * MAX_PAYLOAD_CHARS could otherwise become a gigabyte in memory; real notes are far below this.
 */
export const MAX_EXPANDED_BYTES = 8 * 1024 * 1024;

/** At most this many files (a notes file and its companion; a little room for later). */
const MAX_FILES = 8;
const MAX_NAME_LENGTH = 200;

export async function encodeShare(notes: SharedNotes): Promise<string> {
  const json = JSON.stringify({
    name: notes.name,
    files: notes.files.map((f) => [f.name, f.text]),
  });
  const text = new TextEncoder().encode(json);
  const compressed = await transform(text, new CompressionStream('deflate-raw'));
  const header = [FORMAT_VERSION, ...varint(compressed.length), ...uint32(crc32(text))];
  const bytes = new Uint8Array(header.length + compressed.length);
  bytes.set(header);
  bytes.set(compressed, header.length);
  return toBase64Url(bytes);
}

export async function decodeShare(payload: string): Promise<DecodedShare> {
  if (payload.length > MAX_PAYLOAD_CHARS) {
    return fail({ kind: 'too-long', length: payload.length, limit: MAX_PAYLOAD_CHARS });
  }
  const bytes = fromBase64Url(payload);
  if (!bytes) return fail({ kind: 'corrupted' });
  if (bytes.length === 0) return fail({ kind: 'truncated', received: 0, expected: 1 });

  const version = bytes[0]!;
  if (version !== FORMAT_VERSION) return fail({ kind: 'unknown-version', version });
  const length = readVarint(bytes, 1);
  if (length === null) return fail({ kind: 'truncated', received: bytes.length, expected: 6 });
  const dataStart = length.next + 4;
  const received = Math.max(0, bytes.length - dataStart);
  if (received < length.value) {
    return fail({ kind: 'truncated', received, expected: length.value });
  }
  if (received > length.value) return fail({ kind: 'corrupted' });
  const checksum = readUint32(bytes, length.next);

  const inflated = await inflateCapped(bytes.subarray(dataStart), MAX_EXPANDED_BYTES);
  if (inflated === 'too-large') return fail({ kind: 'too-large', limit: MAX_EXPANDED_BYTES });
  if (inflated === 'corrupted' || crc32(inflated) !== checksum) return fail({ kind: 'corrupted' });

  const notes = readNotes(inflated);
  return notes ? { ok: true, notes } : fail({ kind: 'corrupted' });
}

function fail(problem: ShareProblem): DecodedShare {
  return { ok: false, problem };
}

/** The JSON inside, checked field by field: a valid checksum proves integrity, not intent. */
function readNotes(bytes: Uint8Array): SharedNotes | null {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { name, files } = value as { name?: unknown; files?: unknown };
  if (typeof name !== 'string' || name === '' || name.length > MAX_NAME_LENGTH) return null;
  if (!Array.isArray(files) || files.length === 0 || files.length > MAX_FILES) return null;
  const read: SharedFile[] = [];
  for (const file of files as unknown[]) {
    if (!Array.isArray(file) || file.length !== 2) return null;
    const [fileName, text] = file as unknown[];
    if (typeof fileName !== 'string' || typeof text !== 'string') return null;
    if (fileName === '' || fileName.length > MAX_NAME_LENGTH || /[/\\]/.test(fileName)) return null;
    read.push({ name: fileName, text });
  }
  // Which file is the notes and which the companion is the build's to say (build-job.ts): the
  // readers' table lives in the worker, not in the page.
  return { name, files: read };
}

/** Decompresses, giving up as soon as the output passes `cap` bytes. */
async function inflateCapped(
  data: Uint8Array,
  cap: number,
): Promise<Uint8Array | 'too-large' | 'corrupted'> {
  const reader = streamOf(data).pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > cap) {
        void reader.cancel().catch(() => {});
        return 'too-large';
      }
      chunks.push(value);
    }
  } catch {
    return 'corrupted';
  }
  return concat(chunks, total);
}

async function transform(
  data: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const reader = streamOf(data).pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.length;
  }
  return concat(chunks, total);
}

function streamOf(data: Uint8Array): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array(data));
      controller.close();
    },
  });
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** LEB128: 7 bits a byte, low bits first; the compressed length in 3 bytes for up to 2 MB. */
function varint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  do {
    const low = rest & 0x7f;
    rest = Math.floor(rest / 128);
    bytes.push(rest > 0 ? low | 0x80 : low);
  } while (rest > 0);
  return bytes;
}

function readVarint(bytes: Uint8Array, start: number): { value: number; next: number } | null {
  let value = 0;
  let scale = 1;
  // Five bytes hold 35 bits, more than any length a link within MAX_PAYLOAD_CHARS can announce.
  for (let index = start; index < bytes.length && index < start + 5; index++) {
    const byte = bytes[index]!;
    value += (byte & 0x7f) * scale;
    scale *= 128;
    if ((byte & 0x80) === 0) return { value, next: index + 1 };
  }
  return null;
}

function uint32(value: number): number[] {
  return [value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

function readUint32(bytes: Uint8Array, start: number): number {
  return (
    ((bytes[start]! << 24) |
      (bytes[start + 1]! << 16) |
      (bytes[start + 2]! << 8) |
      bytes[start + 3]!) >>>
    0
  );
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode(...all) would overflow the call stack on large notes.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The bytes of base64url text; null for other characters. A length one past a multiple of four
 * cannot come from whole bytes: the link was cut there, so the stray character is dropped and
 * the length check above reports the cut.
 */
function fromBase64Url(text: string): Uint8Array | null {
  if (!BASE64URL.test(text)) return null;
  const whole = text.length % 4 === 1 ? text.slice(0, -1) : text;
  const base64 = whole.replace(/-/g, '+').replace(/_/g, '/');
  let binary: string;
  try {
    binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
