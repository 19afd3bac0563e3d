import type { ConceptNode } from '../../notes/concepts/model';
import { Blocks } from '../NodePanel/Blocks';
import { ExternalLink } from '../NodePanel/ExternalLink';
import { Inlines } from '../NodePanel/Inlines';
import { usePresentText } from './messages';

interface ConceptCardProps {
  node: ConceptNode;
  headingId: string;
  /** The heading level of the label (h1 on the audience screen, h2 inside the speaker view). */
  level?: 1 | 2 | 3;
  className?: string;
}

/**
 * A concept's label, body and links, rendered from the document model as React elements (never
 * as HTML strings). The audience card, the speaker view and the handout all use it.
 */
export function ConceptCard({ node, headingId, level = 1, className }: ConceptCardProps) {
  const t = usePresentText();
  const Heading = `h${level}` as const;
  const hasText = node.occurrences.some((occurrence) => occurrence.blocks.length > 0);
  return (
    <article
      className={`concept-card ${lengthClass(node.text)} ${className ?? ''}`}
      aria-labelledby={headingId}
    >
      {node.path.length > 0 ? <p className="concept-card-path">{node.path.join(' › ')}</p> : null}
      <Heading id={headingId} className="concept-card-label">
        {node.label}
      </Heading>
      <div className="concept-card-body">
        {node.occurrences.map((occurrence, index) => (
          <div key={`${occurrence.line}-${index}`} className="occurrence">
            {occurrence.classifiers.map((classifier, i) => (
              <p key={i} className="classifier">
                <Inlines content={classifier} />
              </p>
            ))}
            <Blocks blocks={occurrence.blocks} />
          </div>
        ))}
        {/* Graphs built without the rich body (older bundles) still have the plain text. */}
        {!hasText && node.text ? <p className="concept-card-text">{node.text}</p> : null}
        {!hasText && !node.text ? <p className="muted">{t('present.noText')}</p> : null}
      </div>
      {/* The rich body already shows its links where they are written; only the plain-text
          fallback needs them listed. */}
      {!hasText && node.links.length > 0 ? (
        <section className="concept-card-links" aria-label={t('present.links')}>
          <ul>
            {node.links.map((link, index) => (
              <li key={`${link.url}-${index}`}>
                <ExternalLink url={link.url}>{link.text || link.url}</ExternalLink>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

/**
 * Long concepts get smaller type on the projected card, so that most fit on one screen without
 * scrolling (the card still scrolls when one does not); short ones keep the big type.
 */
function lengthClass(text: string): string {
  if (text.length > 480) return 'is-very-long';
  if (text.length > 200) return 'is-long';
  return '';
}
