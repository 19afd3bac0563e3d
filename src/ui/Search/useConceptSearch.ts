import { useEffect, useState } from 'react';
import type { ConceptNode } from '../../notes/concepts/model';
import type { ConceptSearch } from './search-index';

/**
 * The search index of `nodes`, built once the search code has loaded. The index and its library
 * (minisearch) are a chunk of their own, fetched right after the screen mounts: nobody searches
 * in the first frames, and drawing the map should not wait for them. Null until then.
 */
export function useConceptSearch(nodes: readonly ConceptNode[]): ConceptSearch | null {
  const [built, setBuilt] = useState<{ nodes: readonly ConceptNode[]; search: ConceptSearch }>();
  useEffect(() => {
    let current = true;
    void import('./search-index').then(({ createConceptSearch }) => {
      if (current) setBuilt({ nodes, search: createConceptSearch(nodes) });
    });
    return () => {
      current = false;
    };
  }, [nodes]);
  return built?.nodes === nodes ? built.search : null;
}
