/**
 * Opening notes in the browser, from files or from a share link, top to bottom:
 *
 *   files  -> planMaps (notes + companion per map, names) -> readText (size cap, strict UTF-8) ─┐
 *   link   -> decodeShare (caps, checksum) ─────────────────────────────────────────────────────┤
 *          -> the same notes already kept? open those -> else build in the worker -> save -> names
 *
 * Nothing here throws for bad input: every file or link that cannot be opened is an
 * `OpenProblem` the dialog names, and the maps that could be opened still are.
 */
import type { MapLayout } from '../graph/map-bundle';
import type { MapBuilder } from './build-client';
import type { BuildInput, NotesProblem } from './build-job';
import { COMPANION_SUFFIX } from './companion-file';
import { crc32 } from './crc32';
import {
  decodeShare,
  MAX_EXPANDED_BYTES,
  type SharedFile,
  type SharedNotes,
  type ShareProblem,
} from './share-codec';
import type { LocalLibrary, LocalMap, LocalMapSummary, StorageProblem } from './store';
import { decodeUtf8 } from './utf8';

/** A file the user picked or dropped, with its path inside a dropped folder (or its name). */
export interface PickedFile {
  path: string;
  file: Blob;
}

export type OpenProblem =
  | { kind: 'not-utf8'; file: string; line: number }
  | { kind: 'too-big'; file: string; limit: number }
  | { kind: 'unreadable'; file: string; detail: string }
  | { kind: 'companion-alone'; file: string }
  | { kind: 'nothing-to-open'; ignored: string[]; readable: readonly string[] }
  | { kind: 'too-many'; count: number; limit: number }
  | { kind: 'notes'; map: string; problem: NotesProblem }
  | { kind: 'link'; problem: ShareProblem }
  /** Storage refused: the map is open in this tab only. */
  | { kind: 'storage'; problem: StorageProblem }
  /** Not the notes but the machinery (the build worker could not start): its message. */
  | { kind: 'failed'; detail: string };

export interface OpenOutcome {
  /** The maps now open, by name, in the order the files came. */
  opened: string[];
  problems: OpenProblem[];
}

export interface OpenContext {
  library: LocalLibrary;
  builder: MapBuilder;
  onProgress?: Parameters<MapBuilder['build']>[1];
  now?: () => number;
}

/** The largest file read: as much as a share link may expand to (share-codec.ts). */
const MAX_FILE_BYTES = MAX_EXPANDED_BYTES;
/** Dropping a folder of a whole vault should not quietly make hundreds of maps. */
const MAX_MAPS_AT_ONCE = 50;
const MAX_NAME_LENGTH = 80;

export async function openFiles(
  picked: readonly PickedFile[],
  context: OpenContext,
): Promise<OpenOutcome> {
  const readable = await context.builder.extensions();
  const taken = new Set((await context.library.list()).map((map) => map.name));
  const plan = planMaps(picked, readable, taken);
  const problems: OpenProblem[] = [...plan.problems];
  if (plan.maps.length === 0) {
    if (problems.length === 0)
      problems.push({ kind: 'nothing-to-open', ignored: plan.ignored, readable });
    return { opened: [], problems };
  }
  if (plan.maps.length > MAX_MAPS_AT_ONCE) {
    return {
      opened: [],
      problems: [{ kind: 'too-many', count: plan.maps.length, limit: MAX_MAPS_AT_ONCE }],
    };
  }

  const inputs: SharedNotes[] = [];
  for (const planned of plan.maps) {
    const files: SharedFile[] = [];
    for (const [role, file] of [
      ['notes', planned.notes],
      ['companion', planned.companion],
    ] as const) {
      if (!file) continue;
      const read = await readText(file);
      if (!read.ok) {
        problems.push(read.problem);
        continue;
      }
      files.push({ name: fileNameFor(planned.name, file.path, role), text: read.text });
    }
    // Without its notes file there is no map; without its companion, the map still builds.
    if (files.some((file) => !file.name.endsWith(COMPANION_SUFFIX)))
      inputs.push({ name: planned.name, files });
  }
  const outcome = await keep(inputs, 'file', context);
  return { opened: outcome.opened, problems: [...problems, ...outcome.problems] };
}

/** A share link's payload: decoded, then kept like opened files (or found already kept). */
export async function openLink(payload: string, context: OpenContext): Promise<OpenOutcome> {
  const decoded = await decodeShare(payload);
  if (!decoded.ok) return { opened: [], problems: [{ kind: 'link', problem: decoded.problem }] };
  const taken = new Set((await context.library.list()).map((map) => map.name));
  const name = uniqueName(decoded.notes.name, taken);
  const files = decoded.notes.files.map((file) => ({
    name: fileNameFor(
      name,
      file.name,
      file.name.endsWith(COMPANION_SUFFIX) ? 'companion' : 'notes',
    ),
    text: file.text,
  }));
  return keep([{ name, files }], 'link', context);
}

/** New notes for a kept map (a newer file dropped on it): rebuilt from its old layout. */
export async function updateMap(
  name: string,
  picked: readonly PickedFile[],
  context: OpenContext,
): Promise<OpenOutcome> {
  const current = await context.library.get(name);
  if (!current) return { opened: [], problems: [] };
  const readable = await context.builder.extensions();
  const plan = planMaps(picked, readable, new Set());
  if (plan.maps.length !== 1) {
    const problem: OpenProblem =
      plan.maps.length > 1
        ? { kind: 'too-many', count: plan.maps.length, limit: 1 }
        : { kind: 'nothing-to-open', ignored: plan.ignored, readable };
    return { opened: [], problems: [...plan.problems, problem] };
  }
  const planned = plan.maps[0]!;
  const files: SharedFile[] = [];
  for (const [role, file] of [
    ['notes', planned.notes],
    ['companion', planned.companion],
  ] as const) {
    if (!file) continue;
    const read = await readText(file);
    if (!read.ok) return { opened: [], problems: [read.problem] };
    files.push({ name: fileNameFor(name, file.path, role), text: read.text });
  }
  // A new notes file alone keeps the companion the map had.
  const oldCompanion = current.files.find((file) => file.name.endsWith(COMPANION_SUFFIX));
  if (!planned.companion && oldCompanion) files.push(oldCompanion);

  const outcome = await build(
    [{ name, files }],
    { [name]: current.bundle },
    context,
    current.summary.from,
  );
  const problems = [...outcome.problems];
  for (const map of outcome.built) {
    const saved = await context.library.save(map);
    if (!saved.persisted) problems.push({ kind: 'storage', problem: saved.problem });
  }
  return { opened: outcome.built.map((map) => map.summary.name), problems };
}

/** Finds notes already kept (the same link opened twice), builds the rest, and saves them. */
async function keep(
  inputs: readonly SharedNotes[],
  from: LocalMapSummary['from'],
  context: OpenContext,
): Promise<OpenOutcome> {
  const kept = await context.library.list();
  const opened = new Map<string, string>();
  const toBuild: SharedNotes[] = [];
  for (const input of inputs) {
    const same = await findSame(input.files, kept, context.library);
    if (same) opened.set(input.name, same);
    else toBuild.push(input);
  }
  const outcome = await build(toBuild, {}, context, from);
  const problems = [...outcome.problems];
  for (const map of outcome.built) {
    const saved = await context.library.save(map);
    if (!saved.persisted) problems.push({ kind: 'storage', problem: saved.problem });
    opened.set(map.summary.name, map.summary.name);
  }
  return {
    opened: inputs.flatMap((input) => opened.get(input.name) ?? []),
    problems,
  };
}

async function build(
  inputs: readonly SharedNotes[],
  previous: Readonly<Record<string, MapLayout>>,
  context: OpenContext,
  from: LocalMapSummary['from'] = 'file',
): Promise<{ built: LocalMap[]; problems: OpenProblem[] }> {
  if (inputs.length === 0) return { built: [], problems: [] };
  const requests: BuildInput[] = inputs.map((input) => ({
    name: input.name,
    files: input.files,
    previous: previous[input.name] ?? null,
  }));
  const outputs = await context.builder.build(requests, context.onProgress);
  const built: LocalMap[] = [];
  const problems: OpenProblem[] = [];
  const now = context.now ?? Date.now;
  outputs.forEach((output, index) => {
    const input = inputs[index]!;
    if (!output.ok) {
      problems.push({ kind: 'notes', map: input.name, problem: output.problem });
      return;
    }
    built.push({
      summary: {
        name: input.name,
        title: output.bundle.graph.title,
        nodeCount: output.bundle.graph.nodes.length,
        bytes: input.files.reduce((sum, file) => sum + utf8Length(file.text), 0),
        savedAt: now(),
        from,
        fingerprint: fingerprint(input.files),
      },
      files: input.files,
      bundle: output.bundle,
    });
  });
  return { built, problems };
}

async function findSame(
  files: readonly SharedFile[],
  kept: readonly LocalMapSummary[],
  library: LocalLibrary,
): Promise<string | null> {
  const print = fingerprint(files);
  for (const summary of kept) {
    if (summary.fingerprint !== print) continue;
    const map = await library.get(summary.name);
    if (map && sameContent(map.files, files)) return summary.name;
  }
  return null;
}

/** The same texts in the same roles; the file names follow the map's name and may differ. */
function contentKey(files: readonly SharedFile[]): string {
  return JSON.stringify(
    files.map((file) => [file.name.endsWith(COMPANION_SUFFIX), file.text]).sort(),
  );
}

function sameContent(a: readonly SharedFile[], b: readonly SharedFile[]): boolean {
  return contentKey(a) === contentKey(b);
}

function fingerprint(files: readonly SharedFile[]): number {
  return crc32(new TextEncoder().encode(contentKey(files)));
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

interface PlannedMap {
  name: string;
  notes: PickedFile;
  companion?: PickedFile;
}

/**
 * Which picked files make which maps: every notes file is a map (as in data/), named after its
 * stem, with the companion `<stem>.map.yaml` from the same folder. Hidden files and folders
 * (`.obsidian/`, `.git/`) are skipped; other files are listed as ignored.
 */
function planMaps(
  picked: readonly PickedFile[],
  readable: readonly string[],
  taken: ReadonlySet<string>,
): { maps: PlannedMap[]; ignored: string[]; problems: OpenProblem[] } {
  const visible = picked.filter(
    (file) => !file.path.split('/').some((part) => part.startsWith('.')),
  );
  const companions = new Map<string, PickedFile>();
  const notes: PickedFile[] = [];
  const ignored: string[] = [];
  for (const file of visible) {
    const lower = file.path.toLowerCase();
    if (lower.endsWith(COMPANION_SUFFIX))
      companions.set(lower.slice(0, -COMPANION_SUFFIX.length), file);
    else if (readable.includes(extensionOf(lower))) notes.push(file);
    else ignored.push(file.path);
  }
  const names = new Set(taken);
  const maps: PlannedMap[] = [];
  const paired = new Set<PickedFile>();
  for (const file of notes) {
    const key = file.path.toLowerCase().slice(0, -extensionOf(file.path).length);
    const companion = companions.get(key);
    const name = uniqueName(stemOf(file.path), names);
    names.add(name);
    if (companion) paired.add(companion);
    maps.push(companion ? { name, notes: file, companion } : { name, notes: file });
  }
  const problems: OpenProblem[] = [...companions.values()]
    .filter((companion) => !paired.has(companion))
    .map((companion) => ({ kind: 'companion-alone', file: companion.path }));
  return { maps, ignored, problems };
}

/** `name`, or `name-2`, `name-3`, … when that name is taken. */
function uniqueName(wanted: string, taken: ReadonlySet<string>): string {
  // A name is one URL segment and a file stem (a link may carry any name): no slashes, and
  // not `.` or `..`, which a browser would resolve away.
  const cleaned = wanted
    .replace(/[/\\\p{Cc}]/gu, '-')
    .trim()
    .slice(0, MAX_NAME_LENGTH);
  const base = /^\.*$/.test(cleaned) ? 'notes' : cleaned;
  if (!taken.has(base)) return base;
  for (let count = 2; ; count++) {
    const candidate = `${base}-${count}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * A kept map's files are named after it (`<name>.rst`, `<name>.map.yaml`): the problems panel
 * finds a diagnostic's concept by the notes file's stem (src/notes/concepts/node-at-line.ts).
 */
function fileNameFor(name: string, original: string, role: 'notes' | 'companion'): string {
  return role === 'companion' ? `${name}${COMPANION_SUFFIX}` : `${name}${extensionOf(original)}`;
}

async function readText(
  picked: PickedFile,
): Promise<{ ok: true; text: string } | { ok: false; problem: OpenProblem }> {
  if (picked.file.size > MAX_FILE_BYTES) {
    return { ok: false, problem: { kind: 'too-big', file: picked.path, limit: MAX_FILE_BYTES } };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await picked.file.arrayBuffer());
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { kind: 'unreadable', file: picked.path, detail } };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    return { ok: false, problem: { kind: 'not-utf8', file: picked.path, line: decoded.line } };
  }
  return { ok: true, text: decoded.text };
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `.rst` of `folder/notes.rst`, lower-case; '' when there is none. */
function extensionOf(path: string): string {
  const name = baseName(path);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

function stemOf(path: string): string {
  const name = baseName(path);
  const extension = extensionOf(name);
  return extension === '' ? name : name.slice(0, -extension.length);
}
