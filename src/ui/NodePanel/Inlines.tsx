import type { Inline } from '../../notes/document/model';
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
  }
}
