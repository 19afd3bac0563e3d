import type { ConceptNode } from '../../notes/concepts/model';
import { blankNames, blankNamesInBlocks } from '../../notes/concepts/blank-names';
import type { Inline } from '../../notes/document/model';
import { Blocks } from '../NodePanel/Blocks';
import { ExternalLink } from '../NodePanel/ExternalLink';
import { Inlines } from '../NodePanel/Inlines';
import { wholeText, type CardPart, type CardPiece } from './card-parts';
import { hasOwnText } from './holds';
import { usePresentText } from './messages';

interface ConceptCardProps {
  node: ConceptNode;
  headingId: string;
  /** The heading level of the label (h1 on the audience screen, h3 in the handout). */
  level?: 1 | 2 | 3;
  className?: string;
  /** One part of a text too long for one card (a sub-step of the stage); the whole text if absent. */
  part?: { content: CardPart; number: number; of: number };
  /** The room is asked for the concept's name: it is blanked in the heading and the text. */
  question?: boolean;
  /** What the heading says instead of the name in a question ("Which concept is this?"). */
  questionHeading?: string;
  /** What the concept holds: shown instead of its text when it has none of its own. */
  holds?: readonly ConceptNode[];
}

/**
 * A concept's label, body and links, rendered from the document model as React elements (never
 * as HTML strings). The stage and the handout use it.
 */
export function ConceptCard({
  node,
  headingId,
  level = 1,
  className,
  part,
  question = false,
  questionHeading,
  holds = [],
}: ConceptCardProps) {
  const t = usePresentText();
  const Heading = `h${level}` as const;
  const names = [node.label, ...node.aliases];
  const hide = (text: string) => (question ? blankNames(text, names) : text);
  const content = part?.content ?? wholeText(node);
  const richBody = node.occurrences.some((occurrence) => occurrence.blocks.length > 0);
  const path = node.path.join(' › ');
  const heading = question ? (questionHeading ?? t('present.question')) : node.label;
  const partOf =
    part && part.of > 1 ? t('present.partOf', { number: part.number, of: part.of }) : null;
  return (
    <article className={`concept-card ${className ?? ''}`} aria-labelledby={headingId}>
      {path ? <p className="concept-card-path">{hide(path)}</p> : null}
      <Heading
        id={headingId}
        className={`concept-card-label ${question ? 'is-question' : ''}`}
        // "Long read, part 2 of 3" for assistive technology; the eye reads "Long read 2/3".
        aria-label={partOf ? `${heading}, ${partOf}` : undefined}
      >
        {heading}
        {part && partOf ? (
          <span className="concept-card-part" aria-hidden="true">
            {' '}
            {part.number}/{part.of}
          </span>
        ) : null}
      </Heading>
      <div className="concept-card-body">
        {groupByOccurrence(content.pieces).map((pieces) => (
          <div
            key={`${pieces[0]!.occurrence}-${pieces[0]!.blocks[0]?.line}`}
            className="occurrence"
          >
            {pieces.map((piece, index) => (
              <Piece key={index} piece={piece} names={question ? names : null} />
            ))}
          </div>
        ))}
        {!hasOwnText(node) && holds.length > 0 ? (
          <section className="concept-card-holds" aria-label={t('present.holds')}>
            <p className="concept-card-holds-intro">
              {t('present.holdsCount', { count: holds.length })}
            </p>
            <ul>
              {holds.map((held) => (
                <li key={held.id}>{hide(held.label)}</li>
              ))}
            </ul>
          </section>
        ) : null}
        {!hasOwnText(node) && holds.length === 0 ? (
          <p className="muted">{t('present.noText')}</p>
        ) : null}
      </div>
      {/* The rich body already shows its links where they are written; only the plain-text
          fallback needs them listed. */}
      {!richBody && node.links.length > 0 && (part === undefined || part.number === part.of) ? (
        <section className="concept-card-links" aria-label={t('present.links')}>
          <ul>
            {node.links.map((link, index) => (
              <li key={`${link.url}-${index}`}>
                <ExternalLink url={link.url}>{hide(link.text || link.url)}</ExternalLink>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

function Piece({ piece, names }: { piece: CardPiece; names: readonly string[] | null }) {
  const blocks = names ? blankNamesInBlocks(piece.blocks, names) : piece.blocks;
  const classifiers = names
    ? piece.classifiers.map((classifier) => blankInlines(classifier, names))
    : piece.classifiers;
  return (
    <>
      {classifiers.map((classifier, i) => (
        <p key={i} className="classifier">
          <Inlines content={classifier} />
        </p>
      ))}
      <Blocks blocks={blocks} />
    </>
  );
}

function blankInlines(content: readonly Inline[], names: readonly string[]): Inline[] {
  const [paragraph] = blankNamesInBlocks(
    [{ type: 'paragraph', line: 0, content: [...content] }],
    names,
  );
  return paragraph?.type === 'paragraph' ? paragraph.content : [...content];
}

/** Consecutive pieces of one occurrence, which the card shows as one `.occurrence`. */
function groupByOccurrence(pieces: readonly CardPiece[]): CardPiece[][] {
  const groups: CardPiece[][] = [];
  for (const piece of pieces) {
    const last = groups.at(-1);
    if (last && last[0]!.occurrence === piece.occurrence) last.push(piece);
    else groups.push([piece]);
  }
  return groups;
}
