import { useContext } from 'react';
import { Link } from 'react-router';
import type { NodeId } from '../../notes/concepts/model';
import type { Inline } from '../../notes/document/model';
import { MapViewContext } from '../MapScreen/map-view';
import { ExternalLink } from './ExternalLink';
import { joinWideLines } from './line-breaks';

/**
 * Inline markup as React elements — never as HTML (lint forbids innerHTML): text stays text
 * whatever characters the notes contain. docutils does not nest inline markup, so neither do we.
 */
export function Inlines({ content }: { content: readonly Inline[] }) {
  return (
    <>
      {content.map((inline, index) => (
        <InlineElement key={index} inline={inline} />
      ))}
    </>
  );
}

function InlineElement({ inline }: { inline: Inline }) {
  switch (inline.type) {
    case 'text':
      return <>{joinWideLines(inline.text)}</>;
    case 'literal':
      return <code>{inline.text}</code>;
    case 'emphasis':
      return <em>{inline.text}</em>;
    case 'strong':
      return <strong>{inline.text}</strong>;
    case 'interpreted':
      // docutils' default role is title-reference, which its HTML writer renders as <cite>.
      return inline.role === 'title-reference' ? (
        <cite>{inline.text}</cite>
      ) : (
        <span className={`role-${inline.role}`}>{inline.text}</span>
      );
    case 'reference':
      return <ExternalLink url={inline.url}>{inline.text}</ExternalLink>;
    case 'crossReference':
      return <ConceptReference text={inline.text} concept={inline.concept} />;
    case 'keyboard':
      return <kbd>{inline.text}</kbd>;
    case 'abbreviation':
      return inline.title ? <abbr title={inline.title}>{inline.text}</abbr> : <>{inline.text}</>;
    case 'uiLabel':
      return <span className="ui-label">{inline.text}</span>;
    case 'footnoteReference':
      return <sup className="footnote-reference">[{inline.text}]</sup>;
    case 'target':
      return <>{joinWideLines(inline.text)}</>;
    case 'tag':
      return <span className="tag">{inline.text}</span>;
  }
}

/**
 * A reference by name (`:ref:`, `:term:`, a wikilink): a link to the concept it names when the
 * map has it and the panel can link, its text otherwise (nothing is lost either way).
 */
function ConceptReference({ text, concept }: { text: string; concept: string | undefined }) {
  const view = useContext(MapViewContext);
  if (concept === undefined || !view?.nodesById.has(concept as NodeId)) {
    return <span className="cross-reference">{joinWideLines(text)}</span>;
  }
  return (
    <Link className="concept-link" to={view.nodeHref(concept as NodeId)}>
      {text}
    </Link>
  );
}
