import { useEffect, useId, useRef, type RefObject } from 'react';
import type { ConceptGraph, ConceptNode } from '../../notes/concepts/model';
import { blankNames, type StudyCard } from '../../notes/study';
import { useI18n } from '../i18n/I18nProvider';
import { relationTitle } from '../i18n/relation-words';
import { groupRelations } from '../NodePanel/relations';
import { ConceptCard } from '../Presentation/ConceptCard';
import { Blanked } from './Blanked';
import { keepKeyForButton } from './keep-key-for-button';
import { useStudyText } from './messages';
import { RateButtons } from './RateButtons';
import type { GradeName } from './scheduler';
import type { Direction } from './session';

interface StudyCardViewProps {
  graph: ConceptGraph;
  node: ConceptNode;
  card: StudyCard;
  direction: Direction;
  revealed: boolean;
  onReveal(): void;
  intervals: Readonly<Record<GradeName, number>>;
  onRate(grade: GradeName): void;
  busy: boolean;
}

/**
 * One card: the question ("name it": the text with the name blanked, where the concept sits and
 * what it is related to; "explain it": the name), then the answer and the four ratings. The whole
 * card is a live region, so a screen reader reads each new card and the answer when it appears;
 * everything needed to answer is in it, none of it only on the map.
 */
export function StudyCardView(props: StudyCardViewProps) {
  const { node, direction, revealed, onReveal, intervals, onRate, busy } = props;
  const t = useStudyText();
  const headingId = useId();
  const answerId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const answerRef = useRef<HTMLDivElement>(null);

  // A new card after rating with a button (which is gone now): reading goes on at the question.
  useEffect(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) headingRef.current?.focus();
  }, []);

  // Revealed: reading goes on at the answer (not at a rating button, where Space would rate).
  useEffect(() => {
    if (revealed) answerRef.current?.focus();
  }, [revealed]);

  return (
    <section
      className="study-card"
      aria-labelledby={headingId}
      aria-live="polite"
      data-direction={direction}
    >
      <p className="study-direction">
        {direction === 'name' ? t('study.nameIt') : t('study.explainIt')}
      </p>
      {direction === 'name' ? (
        <NameItQuestion {...props} headingId={headingId} headingRef={headingRef} />
      ) : (
        <ExplainItQuestion node={node} headingId={headingId} headingRef={headingRef} />
      )}
      {revealed ? (
        <>
          <div
            className="study-answer"
            ref={answerRef}
            tabIndex={-1}
            role="region"
            aria-labelledby={answerId}
          >
            <h3 className="visually-hidden" id={answerId}>
              {t('study.answer')}
            </h3>
            {direction === 'name' ? (
              // The text is on the card already, its blanks now filled in: the name is the answer.
              <p className="study-answer-name">
                {node.label}
                {node.aliases.length > 0 ? (
                  <span className="muted"> ({node.aliases.join('、')})</span>
                ) : null}
              </p>
            ) : (
              <ConceptCard node={node} headingId={`${answerId}-concept`} level={3} />
            )}
          </div>
          <RateButtons intervals={intervals} onRate={onRate} disabled={busy} />
        </>
      ) : (
        <p>
          <button
            type="button"
            className="button study-show"
            aria-keyshortcuts="Space Enter"
            onKeyDown={keepKeyForButton}
            onClick={onReveal}
          >
            {t('study.showAnswer')} <kbd aria-hidden="true">Space</kbd>
          </button>
        </p>
      )}
    </section>
  );
}

interface QuestionProps {
  headingId: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

function NameItQuestion({
  graph,
  node,
  card,
  revealed,
  headingId,
  headingRef,
}: StudyCardViewProps & QuestionProps) {
  const t = useStudyText();
  const { t: appText } = useI18n();
  const paragraphs = node.text.split(/\n[ \t]*\n/).filter((paragraph) => paragraph.trim() !== '');
  const labels = new Map(graph.nodes.map((other) => [other.id, other.label]));
  const groups = groupRelations(node.id, graph.edges);
  return (
    <>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="study-question">
        {t('study.nameItQuestion')}
      </h2>
      {node.path.length > 0 ? (
        <p className="study-where">
          <span className="muted">{t('study.where')}: </span>
          <Blanked parts={blankNames(node.path.join(' › '), card.names)} filled={revealed} />
        </p>
      ) : null}
      <div className="study-definition" aria-label={t('study.definition')} role="group">
        {paragraphs.map((paragraph, index) => (
          <p key={index}>
            <Blanked parts={blankNames(paragraph, card.names)} filled={revealed} />
          </p>
        ))}
      </div>
      {groups.length > 0 ? (
        <div className="study-related">
          <h3>{t('study.related')}</h3>
          <dl>
            {groups.map((group) => (
              <div key={group.key}>
                <dt>{relationTitle(group.relation, appText)}</dt>
                <dd>
                  <ul className="chips">
                    {group.nodes.map((other) => (
                      <li key={other}>
                        <Blanked
                          parts={blankNames(labels.get(other) ?? other, card.names)}
                          filled={revealed}
                        />
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
    </>
  );
}

function ExplainItQuestion({ node, headingId, headingRef }: { node: ConceptNode } & QuestionProps) {
  const t = useStudyText();
  return (
    <>
      {node.path.length > 0 ? (
        <p className="study-where">
          <span className="muted">{t('study.where')}: </span>
          {node.path.join(' › ')}
        </p>
      ) : null}
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="study-question is-name">
        {node.label}
      </h2>
      {node.aliases.length > 0 ? <p className="muted">{node.aliases.join('、')}</p> : null}
      <p className="study-prompt">{t('study.explainItPrompt')}</p>
    </>
  );
}
