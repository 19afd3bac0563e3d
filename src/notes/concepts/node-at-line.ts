/**
 * Which concept a line of the notes belongs to: the Problems panel uses it to take the reader
 * from a diagnostic (`file:line`) to the concept written there.
 */
import type { ConceptGraph, NodeId } from './model';

/**
 * The node whose occurrence contains `line` of `file`, the innermost one when occurrences nest
 * (a term inside a section inside the title), or null when the line is outside every concept
 * or the file is not the notes file (a companion-file line belongs to no concept).
 */
export function nodeAtLine(graph: ConceptGraph, file: string, line: number): NodeId | null {
  if (!isNotesFile(graph, file)) return null;
  let best: { id: NodeId; line: number; span: number } | null = null;
  for (const node of graph.nodes) {
    for (const occurrence of node.occurrences) {
      if (line < occurrence.line || line > occurrence.endLine) continue;
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
 * The graph does not name its notes file, but the map id ends with that file's stem
 * (`data/kubernetes.rst` -> `kubernetes`, see src/cli/load-maps.ts; notes opened in the browser
 * are `local/<stem>`, see src/local). The companion file, `<map>.map.yaml`, has the stem
 * `<map>.map`, so it never passes.
 */
function isNotesFile(graph: ConceptGraph, file: string): boolean {
  const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return stem === graph.mapId.slice(graph.mapId.lastIndexOf('/') + 1);
}
