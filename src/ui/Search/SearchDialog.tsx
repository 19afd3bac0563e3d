import { useId, useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { ConceptNode, NodeId } from '../../notes/concepts/model';
import { Dialog } from '../Dialog/Dialog';
import { useI18n } from '../i18n/I18nProvider';
import { Highlighted } from './Highlighted';
import type { ConceptSearch, MatchField } from './search-index';
import { findSnippet } from './snippet';
import type { Snippet } from './snippet';

interface SearchDialogProps {
  /** Null while the search code is still loading (useConceptSearch). */
  search: ConceptSearch | null;
  nodesById: ReadonlyMap<NodeId, ConceptNode>;
  onPick(id: NodeId): void;
  onClose(): void;
}

interface Result {
  node: ConceptNode;
  field: MatchField;
  snippet: Snippet | null;
}

/**
 * Search as a modal dialog holding a combobox and its listbox (WAI-ARIA APG "Combobox"): focus
 * stays in the input, arrow keys move the active option (aria-activedescendant), Enter opens
 * it, Escape closes. Each result says where it matched, the match highlighted.
 */
export function SearchDialog({ search, nodesById, onPick, onClose }: SearchDialogProps) {
  const { t } = useI18n();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);

  const results = useMemo<Result[]>(
    () =>
      (search?.search(query) ?? []).flatMap((hit) => {
        const node = nodesById.get(hit.id);
        return node ? [{ node, field: hit.field, snippet: snippetOf(node, hit.field, query) }] : [];
      }),
    [search, nodesById, query],
  );
  const activeIndex = Math.min(active, results.length - 1);
  const optionId = (index: number) => `${listId}-option-${index}`;

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + results.length) % results.length);
    } else if (event.key === 'Enter') {
      const result = results[activeIndex];
      if (result) {
        event.preventDefault();
        onPick(result.node.id);
      }
    }
  }

  const fieldName: Record<MatchField, string> = {
    label: t('search.inLabel'),
    aliases: t('search.inAlias'),
    text: t('search.inText'),
  };

  return (
    <Dialog title={t('search.title')} showTitle={false} onClose={onClose} className="search-dialog">
      <input
        data-autofocus
        className="search-input"
        type="search"
        role="combobox"
        aria-label={t('search.input')}
        aria-expanded={results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        placeholder={t('search.placeholder')}
        value={query}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={t('search.results')} className="search-results">
        {results.map((result, index) => (
          <li
            key={result.node.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className="search-result"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onPick(result.node.id)}
          >
            <span className="search-result-label">{result.node.label}</span>
            <span className="search-result-where">
              <span className="muted">{fieldName[result.field]}: </span>
              {result.snippet ? <Highlighted snippet={result.snippet} /> : result.node.label}
            </span>
          </li>
        ))}
      </ul>
      {query.trim() !== '' && results.length === 0 ? (
        <p role="status">{search ? t('search.none', { query }) : t('search.loading')}</p>
      ) : null}
    </Dialog>
  );
}

function snippetOf(node: ConceptNode, field: MatchField, query: string): Snippet | null {
  const sources =
    field === 'label'
      ? [node.label]
      : field === 'aliases'
        ? node.aliases
        : [node.text, node.label, ...node.aliases];
  for (const source of sources) {
    const snippet = findSnippet(source, query);
    if (snippet) return snippet;
  }
  return null;
}
