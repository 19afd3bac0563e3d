import type { ConceptNode } from '../../notes/concepts/model';
import { useI18n } from '../i18n/I18nProvider';
import { useMapView } from '../MapScreen/map-view';

/**
 * Where in the notes the concept is written, as `data/kubernetes.rst:12` (the form editors and
 * terminals open). The graph does not carry its file name; maps are built from `data/<id>.rst`.
 */
export function SourceLines({ node }: { node: ConceptNode }) {
  const { graph } = useMapView();
  const { t } = useI18n();
  if (node.lines.length === 0) return null;
  const file = `data/${graph.mapId}.rst`;
  return (
    <p className="source-lines">
      <span className="muted">{t('panel.source')}: </span>
      {node.lines.map((line, index) => (
        <span key={line}>
          {index > 0 ? ', ' : null}
          <code>{`${file}:${line}`}</code>
        </span>
      ))}
    </p>
  );
}
