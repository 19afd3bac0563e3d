import type { RstDocument } from './rst/model';
import type { ConceptGraph, NodeId } from './model';

export interface BuildGraphOptions {
  /** Map id: the notes file's stem. */
  mapId: string;
  /** The notes file, relative to the project (for diagnostics). */
  file: string;
  /** Extra names per concept (from the companion file), used for mentions and search. */
  aliases?: ReadonlyMap<NodeId, readonly string[]>;
}

/** PLACEHOLDER: RstDocument → ConceptGraph. The lead writes this. */
export function buildConceptGraph(doc: RstDocument, options: BuildGraphOptions): ConceptGraph {
  void doc;
  return {
    mapId: options.mapId,
    title: options.mapId,
    nodes: [],
    edges: [],
    tours: [],
    diagnostics: [],
  };
}
