import { useId } from 'react';
import type { ConceptNode } from '../../notes/concepts/model';
import { useI18n } from '../i18n/I18nProvider';
import { useMapView } from '../MapScreen/map-view';
import { DepthControl } from '../MapScreen/DepthControl';
import { Blocks } from './Blocks';
import { Breadcrumbs } from './Breadcrumbs';
import { CopyLinkButton } from './CopyLinkButton';
import { Inlines } from './Inlines';
import { Relations } from './Relations';
import { SourceLines } from './SourceLines';
import { StartTourButton } from '../Presentation/StartTourButton';
import { ReviewDate } from '../Study/ReviewDate';
import { StudySectionLink } from '../Study/StudySectionLink';

/** Everything about one concept: name, aliases, place, text, relations, source, link. */
export function NodePanel({ node, onClose }: { node: ConceptNode; onClose(): void }) {
  const { t } = useI18n();
  const { nodeHref } = useMapView();
  const headingId = useId();
  const hasText = node.occurrences.some((occurrence) => occurrence.blocks.length > 0);
  return (
    <aside className="node-panel" aria-labelledby={headingId}>
      <header className="node-panel-header">
        <h2 id={headingId}>{node.label}</h2>
        <button
          type="button"
          className="button icon"
          aria-label={t('panel.close')}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      {node.aliases.length > 0 ? (
        <p className="aliases">
          <span className="muted">{t('panel.aliases')}: </span>
          {node.aliases.join('、')}
        </p>
      ) : null}
      <Breadcrumbs node={node} />
      {/* Beside the concept, not under the map: choosing a depth never shrinks the canvas. */}
      <DepthControl />
      <ReviewDate node={node} />
      <section className="panel-section node-text" aria-label={t('panel.text')}>
        {node.occurrences.map((occurrence, index) => (
          <div key={`${occurrence.line}-${index}`} className="occurrence">
            {occurrence.classifiers.length > 0 ? (
              <p className="classifiers">
                {occurrence.classifiers.map((classifier, i) => (
                  <span key={i} className="classifier">
                    <Inlines content={classifier} />
                  </span>
                ))}
              </p>
            ) : null}
            <Blocks blocks={occurrence.blocks} />
          </div>
        ))}
        {hasText ? null : <p className="muted">{t('panel.noText')}</p>}
      </section>
      <Relations id={node.id} />
      <SourceLines node={node} />
      <CopyLinkButton to={nodeHref(node.id)} />
      <StartTourButton node={node} />
      <StudySectionLink node={node} />
    </aside>
  );
}
