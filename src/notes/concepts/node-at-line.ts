/**
 * Which concept a line of the notes belongs to: the Problems panel uses it to take the reader
 * from a diagnostic (`file:line`) to the concept written there.
 */
import type { ConceptGraph, NodeId } from './model';
import { baseName } from '../readers';

/**
 * The node whose occurrence contains `line` of `file`, the innermost one when occurrences nest
 * (a term inside a section inside the title), or null when the line is outside every concept
 * or the file holds no concept (a companion-file line belongs to no concept).
 */
export function nodeAtLine(graph: ConceptGraph, file: string, line: number): NodeId | null {
  const written = sameFile(graph, file);
  let best: { id: NodeId; line: number; span: number } | null = null;
  for (const node of graph.nodes) {
    for (const occurrence of node.occurrences) {
      if (!written(occurrence.file) || line < occurrence.line || line > occurrence.endLine)
        continue;
      const span = occurrence.endLine - occurrence.line;
      // Nested occurrences lie inside their parent's range, so the innermost is the shortest;
      // on a tie the one starting later is the deeper. Earlier nodes win exact ties.
      if (!best || span < best.span || (span === best.span && occurrence.line > best.line)) {
        best = { id: node.id, line: occurrence.line, span };
      }
    }
  }
  return best?.id ?? null;
}

/**
 * Which occurrences are written in `file`: those naming it exactly, as diagnostics and
 * occurrences of one build do. A file named another way (`notes.rst` for `data/notes.rst`, a
 * Windows path) is matched by its name alone, when no occurrence names it exactly; the companion
 * file, `<map>.map.yaml`, never matches a notes file's name.
 */
function sameFile(graph: ConceptGraph, file: string): (written: string) => boolean {
  const exact = graph.nodes.some((node) => node.occurrences.some((o) => o.file === file));
  if (exact) return (written) => written === file;
  const name = baseName(file);
  return (written) => baseName(written) === name;
}
