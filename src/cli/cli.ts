/**
 * `npm run --silent inspect -- <file or folder>...`: the concept graph of notes files and notebook
 * folders, as JSON, or their diagnostics with --check. scripts/inspect.ts only wires this to the process, so tests can run
 * it in-process. Output format: docs/graph-format.md.
 */
import type { ConceptGraph, GraphDiagnostic } from '../notes/concepts/model';
import { formatDiagnostic, hasErrors } from '../notes/diagnostics';
import { buildMap } from '../notes/pipeline';
import { NotesFileError, readMap } from './load-maps';

const EXIT_OK = 0;
/** --check found an error (or severe) diagnostic. */
const EXIT_PROBLEMS = 1;
/** Bad command line, or a file that cannot be read. */
const EXIT_USAGE = 2;

const USAGE = `usage: npm run --silent inspect -- [--check] <notes.rst>...   (or notes.md, notebook/)

Prints the concept graph of each notes file or notebook folder (every .rst and .md file in it,
at any depth, is one map) as JSON: one object for one map, one object per line (JSON Lines) for
several. A sibling <stem>.map.yaml (<folder>.map.yaml) companion file is applied if present.

  --check   print only the diagnostics, as "file:line: severity: message";
            exit 1 if any is an error, 0 otherwise
  --help    show this help

Exit status: 0 ok, 1 errors found by --check, 2 bad arguments or unreadable file.
Output format: docs/graph-format.md`;

export interface CliIo {
  /** Receives whole lines without the trailing newline. */
  stdout(line: string): void;
  stderr(line: string): void;
  /** Diagnostics name files relative to this directory (default: the working directory). */
  cwd?: string;
}

interface InspectArgs {
  check: boolean;
  help: boolean;
  files: string[];
}

function parseInspectArgs(args: readonly string[]): InspectArgs | { error: string } {
  const parsed: InspectArgs = { check: false, help: false, files: [] };
  let onlyFiles = false;
  for (const arg of args) {
    if (onlyFiles || !arg.startsWith('-') || arg === '-') parsed.files.push(arg);
    else if (arg === '--') onlyFiles = true;
    else if (arg === '--check') parsed.check = true;
    else if (arg === '--help' || arg === '-h') parsed.help = true;
    else return { error: `unknown option "${arg}" (see --help)` };
  }
  if (!parsed.help && parsed.files.length === 0) {
    return { error: 'no notes file given (see --help)' };
  }
  return parsed;
}

/** Runs the command; returns the exit status. Never throws. */
export function runInspect(args: readonly string[], io: CliIo): number {
  const parsed = parseInspectArgs(args);
  if ('error' in parsed) {
    io.stderr(`inspect: ${parsed.error}`);
    return EXIT_USAGE;
  }
  if (parsed.help) {
    for (const line of USAGE.split('\n')) io.stdout(line);
    return EXIT_OK;
  }

  let status = EXIT_OK;
  for (const path of parsed.files) {
    let graph: ConceptGraph;
    let file: string;
    try {
      const input = readMap(path, io.cwd === undefined ? {} : { root: io.cwd });
      file = 'notes' in input ? input.notes.file : input.notebook.folder;
      graph = buildMap(input);
    } catch (error) {
      // One line, never a stack trace: the reader and builder never throw on content, so
      // anything else here is a bug worth reporting with the file that triggered it.
      io.stderr(
        error instanceof NotesFileError
          ? `inspect: ${error.message}`
          : `inspect: ${path}: internal error: ${firstLine(error)} (please report this)`,
      );
      status = EXIT_USAGE;
      continue;
    }

    if (parsed.check) {
      for (const diagnostic of sortedDiagnostics(graph.diagnostics)) {
        io.stdout(formatDiagnostic(diagnostic));
      }
      if (hasErrors(graph.diagnostics) && status === EXIT_OK) status = EXIT_PROBLEMS;
    } else {
      const output = { file, ...graph };
      io.stdout(
        parsed.files.length === 1 ? JSON.stringify(output, null, 2) : JSON.stringify(output),
      );
    }
  }
  return status;
}

function sortedDiagnostics(diagnostics: readonly GraphDiagnostic[]): GraphDiagnostic[] {
  return [...diagnostics].sort((a, b) =>
    a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1,
  );
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0]!;
}
