import MiniSearch from 'minisearch';
import type { ConceptNode, NodeId } from '../../notes/concepts/model';
import { fold } from './fold';
import { tokenize } from './tokenize';

/** The fields a concept is found by, best first: a name beats an alias beats the text. */
export type MatchField = 'label' | 'aliases' | 'text';

interface SearchHit {
  id: NodeId;
  /** The best field any query term matched in (label over aliases over text). */
  field: MatchField;
}

export interface ConceptSearch {
  search(query: string, limit?: number): SearchHit[];
}

interface IndexedConcept {
  id: NodeId;
  label: string;
  aliases: string;
  text: string;
}

const FIELD_ORDER: readonly MatchField[] = ['label', 'aliases', 'text'];

/**
 * A MiniSearch index over the concepts with Japanese-aware terms (tokenize.ts, fold.ts).
 * Every query term must match (AND): bigrams of `ロードバランサ` must all occur, which keeps
 * `ローリングアップデート` out. When nothing matches, any term may (OR), so a typo still
 * lists something. Names and aliases are boosted so they rank before text-only matches.
 */
export function createConceptSearch(nodes: readonly ConceptNode[]): ConceptSearch {
  const index = new MiniSearch<IndexedConcept>({
    fields: ['label', 'aliases', 'text'],
    idField: 'id',
    tokenize,
    processTerm: fold,
  });
  index.addAll(
    nodes.map((node) => ({
      id: node.id,
      label: node.label,
      aliases: node.aliases.join('\n'),
      text: node.text,
    })),
  );

  return {
    search(query, limit = 20) {
      if (tokenize(query).length === 0) return [];
      const options = {
        boost: { label: 8, aliases: 4, text: 1 },
        // Prefix matching makes results appear while typing (`ingr` → Ingress).
        prefix: true,
        fuzzy: (term: string) => (/^[a-z]{5,}$/.test(term) ? 0.2 : false),
      } as const;
      let results = index.search(query, { ...options, combineWith: 'AND' });
      if (results.length === 0) results = index.search(query, { ...options, combineWith: 'OR' });
      return results.slice(0, limit).map((result) => ({
        id: result.id as NodeId,
        field: bestField(Object.values(result.match).flat()),
      }));
    },
  };
}

function bestField(fields: string[]): MatchField {
  return FIELD_ORDER.find((field) => fields.includes(field)) ?? 'text';
}
