/**
 * reST labels, what Sphinx's `:ref:` and `:numref:` name: an internal target `.. _name:` names
 * the element that follows it (docutils' PropagateTargets transform: the next element in the
 * document, even past the end of the section it is written in), so a label before a heading
 * names that heading's concept, a label before a term names the term, and one before a paragraph
 * names the concept that paragraph belongs to. A label above the document title names the file's
 * own concept; an inline target `` _`name` `` names the concept whose text holds it (the
 * innermost one written at its line). Labels are
 * shared by the whole notebook, as in Sphinx; a second definition of one is a warning and the
 * first stays.
 */
import type { Block, NotesDocument } from '../document/model';
import { forEachPart, type PartVisitor } from '../document/visit';
import type { GraphDiagnostic } from './model';
import type { RawOccurrence } from './occurrences';

/** docutils' fully_normalize_name: whitespace collapsed, lower case (Sphinx labels too). */
export function normaliseLabel(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

interface LabelSource {
  file: string;
  document: NotesDocument;
  included?: ReadonlyMap<Block, string>;
}

/** Label → the index of the occurrence it names. */
export function collectLabels(
  documents: readonly LabelSource[],
  occurrences: readonly RawOccurrence[],
  titleOf: readonly (number | null)[],
  diagnostics: GraphDiagnostic[],
): Map<string, number> {
  const labels = new Map<string, number>();
  const where = new Map<string, { file: string; line: number }>();
  const define = (name: string, occurrence: number | null, file: string, line: number) => {
    if (occurrence === null) return;
    const key = normaliseLabel(name);
    const first = where.get(key);
    if (first) {
      diagnostics.push({
        file,
        line,
        severity: 'warning',
        message: `The label "${name}" is already defined at ${first.file}:${first.line}; references to it lead there.`,
      });
      return;
    }
    labels.set(key, occurrence);
    where.set(key, { file, line });
  };

  const byFile = occurrencesByFile(occurrences);
  documents.forEach((source, d) => {
    const { document } = source;
    // Targets waiting for the element that follows them, and the file each block is in.
    let pending: { name: string; line: number; file: string }[] = [];
    const files: string[] = [source.file];
    // One visitor for the whole walk (a walk visits every block of the notebook).
    const visitor: PartVisitor = {
      inlines: (content, line) => {
        for (const inline of content) {
          if (inline.type !== 'target') continue;
          const file = files[files.length - 1]!;
          define(inline.name, innermostAt(byFile, file, line), file, line);
        }
      },
      blocks: (blocks) => {
        for (const block of blocks) {
          const outer = files[files.length - 1]!;
          const file = source.included?.get(block) ?? outer;
          if (isLabel(block)) {
            if (
              document.titleLine !== null &&
              block.line < document.titleLine &&
              file === source.file
            ) {
              define(block.name, titleOf[d] ?? null, file, block.line);
            } else pending.push({ name: block.name, line: block.line, file });
            continue;
          }
          if (pending.length > 0) {
            for (const label of pending) {
              define(label.name, innermostAt(byFile, file, block.line), label.file, label.line);
            }
            pending = [];
          }
          files.push(file);
          forEachPart(block, visitor);
          files.pop();
        }
      },
    };
    visitor.blocks(document.blocks);
    // Labels at the very end name the concept they are written in.
    for (const label of pending) {
      define(label.name, innermostAt(byFile, label.file, label.line), label.file, label.line);
    }
  });
  return labels;
}

function isLabel(block: Block): block is Extract<Block, { type: 'target' }> & { name: string } {
  return (
    block.type === 'target' &&
    block.name !== null &&
    block.url === null &&
    block.refname === undefined &&
    !block.anonymous
  );
}

function occurrencesByFile(occurrences: readonly RawOccurrence[]): Map<string, RawOccurrence[]> {
  const byFile = new Map<string, RawOccurrence[]>();
  for (const o of occurrences) {
    const list = byFile.get(o.file);
    if (list) list.push(o);
    else byFile.set(o.file, [o]);
  }
  return byFile;
}

/** The innermost occurrence of `file` whose lines hold `line` (as node-at-line.ts finds it). */
function innermostAt(
  byFile: ReadonlyMap<string, readonly RawOccurrence[]>,
  file: string,
  line: number,
): number | null {
  let best: RawOccurrence | null = null;
  for (const o of byFile.get(file) ?? []) {
    if (line < o.line || line > o.endLine) continue;
    const span = o.endLine - o.line;
    const bestSpan = best ? best.endLine - best.line : Infinity;
    if (!best || span < bestSpan || (span === bestSpan && o.line > best.line)) best = o;
  }
  return best?.index ?? null;
}
