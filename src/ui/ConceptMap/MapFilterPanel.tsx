import { startTransition, useMemo, useOptimistic } from 'react';
import { useNavigate } from 'react-router';
import { drawnMap } from '../../graph/drawn-map';
import { RELATION_KINDS, type RelationKind } from '../../notes/concepts/relations';
import { hasFilters, NO_FILTERS, type MapFilters } from '../../routes/depth';
import { useI18n } from '../i18n/I18nProvider';
import { relationLegend } from '../i18n/relation-words';
import { useMapView } from '../MapScreen/map-view';

/** Relations the map draws as lines (nesting is drawn as containment, so it has no switch). */
const FILTERABLE_RELATIONS = RELATION_KINDS.filter((kind) => kind !== 'nesting');

/**
 * Show or hide each kind of relation, each section's concepts, and concepts nothing relates to
 * (issue 9). Every switch changes the URL, so a shared link shows the same filtered map and Back
 * undoes a change.
 */
export function MapFilterPanel() {
  const { graph, options, viewHref } = useMapView();
  const { t } = useI18n();
  const navigate = useNavigate();
  const sections = useMemo(
    () => drawnMap(graph).nodes.filter((drawn) => drawn.isContainer),
    [graph],
  );
  const present = useMemo(() => new Set(graph.edges.map((edge) => edge.kind)), [graph.edges]);
  const relations = FILTERABLE_RELATIONS.filter((kind) => present.has(kind));
  // The boxes show what the URL says. React Router navigates in a transition, so on a busy page
  // a box would spring back until the map has redrawn: the filters asked for are shown at once
  // (optimistically) while the navigation that makes them the URL's is under way.
  const [filters, showFilters] = useOptimistic(options.filters);
  const go = (next: MapFilters) =>
    startTransition(async () => {
      showFilters(next);
      await navigate(viewHref({ filters: next }));
    });

  const toggleRelation = (kind: RelationKind, shown: boolean) =>
    go({
      ...filters,
      hiddenRelations: shown
        ? filters.hiddenRelations.filter((hidden) => hidden !== kind)
        : [...filters.hiddenRelations, kind],
    });
  const toggleSection = (id: string, shown: boolean) =>
    go({
      ...filters,
      hiddenSections: shown
        ? filters.hiddenSections.filter((hidden) => hidden !== id)
        : [...filters.hiddenSections, id],
    });
  const active =
    filters.hiddenRelations.length + filters.hiddenSections.length + (filters.hideIsolated ? 1 : 0);

  return (
    <details className="map-filters" open={active > 0 ? true : undefined}>
      <summary>
        {t('filters.title')}
        {active > 0 ? <span className="badge">{active}</span> : null}
      </summary>
      {relations.length > 0 ? (
        <fieldset>
          <legend>{t('filters.relations')}</legend>
          {relations.map((kind) => (
            <label key={kind}>
              <input
                type="checkbox"
                checked={!filters.hiddenRelations.includes(kind)}
                onChange={(event) => toggleRelation(kind, event.currentTarget.checked)}
              />
              {relationLegend(kind, t)}
            </label>
          ))}
        </fieldset>
      ) : null}
      {sections.length > 0 ? (
        <fieldset>
          <legend>{t('filters.sections')}</legend>
          {sections.map(({ node, depth }) => (
            <label key={node.id} style={{ paddingLeft: `${depth}rem` }}>
              <input
                type="checkbox"
                checked={!filters.hiddenSections.includes(node.id)}
                onChange={(event) => toggleSection(node.id, event.currentTarget.checked)}
              />
              {node.label}
            </label>
          ))}
        </fieldset>
      ) : null}
      <label>
        <input
          type="checkbox"
          checked={!filters.hideIsolated}
          onChange={(event) => go({ ...filters, hideIsolated: !event.currentTarget.checked })}
        />
        {t('filters.isolated')}
      </label>
      {hasFilters(filters) ? (
        <button type="button" className="button" onClick={() => go(NO_FILTERS)}>
          {t('filters.clear')}
        </button>
      ) : null}
    </details>
  );
}
