import { useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { ConceptMapHandle } from '../../graph/concept-map-handle';
import type { MapBundle } from '../../graph/map-bundle';
import type { ConceptGraph, NodeId } from '../../notes/concepts/model';
import { cardsInScope, mentionsAnyName, studyCards, type StudyCard } from '../../notes/study';
import { readParam } from '../../routes/params';
import { paths } from '../../routes/paths';
import {
  parseStudyAsk,
  parseStudyScope,
  type StudyAsk,
  type StudyLinkOptions,
} from '../../routes/study';
import { useCommands } from '../commands/useCommands';
import { ConceptMap } from '../ConceptMap/ConceptMap';
import { HelpDialog } from '../Help/HelpDialog';
import { useI18n } from '../i18n/I18nProvider';
import { useTheme } from '../Theme/ThemeProvider';
import { AskChooser } from './AskChooser';
import { useStudyText } from './messages';
import { knowledgeMap, progressOf, type MapRecords } from './records';
import { nextIntervals, review, type GradeName } from './scheduler';
import { directionOf, sessionQueue } from './session';
import { SessionSummary } from './SessionSummary';
import { StudyCardView } from './StudyCardView';
import { StudyHeader } from './StudyHeader';
import { studyStore } from './study-store';
import { useClock, useWakeAt } from './useClock';
import { useMapRecords } from './useMapRecords';
import './study.css';

/**
 * `/:map/study` and `/:map/study/:id`: a review session. The URL names the card (and the
 * session's scope and direction); `/:map/study` goes to the first card due, or sums up when
 * nothing is. After a rating the next due card replaces the current one in the history, so Back
 * leaves the session instead of walking through answered cards.
 */
export function StudyScreen({ bundle }: { bundle: MapBundle }) {
  const { graph } = bundle;
  const t = useStudyText();
  const navigate = useNavigate();
  const location = useLocation();
  const params = useParams();
  const askedId = params.id === undefined ? null : readParam(params.id);
  const askedScope = parseStudyScope(location.search);
  const ask = parseStudyAsk(location.search);

  const { allCards, scopeNode, cards } = useMemo(
    () => sessionCards(graph, askedScope),
    [graph, askedScope],
  );
  const options: StudyLinkOptions = { scope: scopeNode?.id ?? null, ask };

  const records = useMapRecords(graph.mapId);
  const [now, tick] = useClock();
  const [help, setHelp] = useState(false);
  const queue = useMemo(
    () => (records ? sessionQueue(cards, records, now) : null),
    [cards, records, now],
  );

  useWakeAt(queue?.nextDue ?? null, tick);

  const card = askedId === null ? null : (allCards.find((c) => c.id === askedId) ?? null);
  const firstDue = queue?.due[0] ?? null;

  // `/:map/study` starts the session at the first card due.
  useEffect(() => {
    if (askedId === null && firstDue) {
      void navigate(paths.study.cardHref(graph.mapId, firstDue.id, options), { replace: true });
    }
    // `options` is rebuilt each render from the URL; its parts are the dependencies.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [askedId, firstDue, navigate, graph.mapId, options.scope, options.ask]);

  useEffect(() => {
    document.title = `${t('study.title', { title: graph.title })}`;
  }, [t, graph.title]);

  const exitHref = scopeNode
    ? paths.node.href(graph.mapId, scopeNode.id, { overlay: 'knowledge' })
    : paths.map.href(graph.mapId, { overlay: 'knowledge' });
  const title = scopeNode
    ? t('study.scopeTitle', { section: scopeNode.label, title: graph.title })
    : t('study.title', { title: graph.title });

  return (
    <div className="study-screen">
      <StudyHeader title={title} queue={queue} exitHref={exitHref} onHelp={() => setHelp(true)}>
        <AskChooser mapId={graph.mapId} cardId={card?.id ?? null} options={options} />
      </StudyHeader>
      {records === null ? (
        <main className="study-main" aria-busy="true" />
      ) : (
        <StudySession
          // Every visit of a card URL (a new card, or the same one asked again) starts afresh.
          key={location.key}
          bundle={bundle}
          card={card}
          askedId={askedId}
          records={records}
          cards={cards}
          now={now}
          onRated={(next) => {
            tick();
            void navigate(
              next
                ? paths.study.cardHref(graph.mapId, next.id, options)
                : paths.study.href(graph.mapId, options),
              { replace: true },
            );
          }}
          exitHref={exitHref}
          unknownScope={askedScope !== null && scopeNode === null ? askedScope : null}
          wholeMapHref={scopeNode ? paths.study.href(graph.mapId, { ask }) : null}
          ask={ask}
          commandsEnabled={!help}
          onHelp={() => setHelp(true)}
        />
      )}
      {help ? <HelpDialog screen="study" onClose={() => setHelp(false)} /> : null}
    </div>
  );
}

interface StudySessionProps {
  bundle: MapBundle;
  card: StudyCard | null;
  askedId: string | null;
  records: MapRecords;
  cards: readonly StudyCard[];
  now: number;
  onRated(next: StudyCard | null): void;
  exitHref: string;
  unknownScope: string | null;
  wholeMapHref: string | null;
  ask: StudyAsk;
  /** False while a dialog is open (it handles its own keys). */
  commandsEnabled: boolean;
  onHelp(): void;
}

/** The map and the card (or the summary); remounted for each card, so nothing carries over. */
function StudySession(props: StudySessionProps) {
  const { bundle, card, records, cards, now, onRated, exitHref, ask, commandsEnabled, onHelp } =
    props;
  const { graph } = bundle;
  const t = useStudyText();
  const { toggleLanguage } = useI18n();
  const { theme, toggleTheme } = useTheme();
  const navigate = useNavigate();
  const handleRef = useRef<ConceptMapHandle | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);

  const node = card ? graph.nodes.find((candidate) => candidate.id === card.id)! : null;
  // The card as it was when asked: saving its rating must not turn it around on screen while
  // the next card is on its way.
  const [progress] = useState(() => (card ? progressOf(card, records) : null));
  const direction = directionOf(ask, progress?.reps ?? 0);
  const masked = useMemo(
    () => (card && direction === 'name' ? giveaways(graph, card) : null),
    [graph, card, direction],
  );

  // The map: the card's concept with its relations in focus, its name (and any neighbour's name
  // that says it) hidden until the answer shows; between cards, the progress of every concept.
  useEffect(() => {
    handleRef.current?.setMasked(revealed ? null : masked);
  }, [bundle, masked, revealed]);
  useEffect(() => {
    handleRef.current?.setKnowledge(card ? null : knowledgeMap(cards, records, now));
  }, [bundle, card, cards, records, now]);

  const rate = async (grade: GradeName) => {
    if (!card || !revealed || busy) return;
    setBusy(true);
    const at = Date.now();
    const record = review(graph.mapId, card, progress, grade, at);
    await studyStore().save(record);
    const after = new Map(records).set(card.id, record);
    onRated(sessionQueue(cards, after, Date.now()).due[0] ?? null);
  };

  useCommands(
    'study',
    {
      showAnswer: () => setRevealed(true),
      rateAgain: () => void rate('again'),
      rateHard: () => void rate('hard'),
      rateGood: () => void rate('good'),
      rateEasy: () => void rate('easy'),
      exitStudy: () => void navigate(exitHref),
      help: onHelp,
      theme: toggleTheme,
      language: toggleLanguage,
    },
    commandsEnabled,
  );

  return (
    <main className="study-main">
      <div className="study-map">
        <ConceptMap
          bundle={bundle}
          selected={card?.id ?? null}
          visible={null}
          theme={theme}
          onSelect={() => undefined}
          handleRef={handleRef}
          label={t('study.map')}
        />
      </div>
      <div className="study-panel">
        {card && node ? (
          <StudyCardView
            graph={graph}
            node={node}
            card={card}
            direction={direction}
            revealed={revealed}
            onReveal={() => setRevealed(true)}
            intervals={nextIntervals(progress, now)}
            onRate={(grade) => void rate(grade)}
            busy={busy}
          />
        ) : (
          <SessionSummary {...props} />
        )}
      </div>
    </main>
  );
}

/** The map's cards, the section a session covers (null: the whole map) and its cards. */
function sessionCards(graph: ConceptGraph, askedScope: string | null) {
  const allCards = studyCards(graph);
  const scopeNode = graph.nodes.find((node) => node.id === askedScope) ?? null;
  return { allCards, scopeNode, cards: cardsInScope(graph, allCards, scopeNode?.id ?? null) };
}

/**
 * What hides on the map while a name is asked: the concept, and each neighbour whose own name
 * says it (Ingress Controller gives Ingress away).
 */
function giveaways(graph: ConceptGraph, card: StudyCard): ReadonlySet<NodeId> {
  const hidden = new Set<NodeId>([card.id]);
  const labels = new Map(graph.nodes.map((node) => [node.id, node.label]));
  for (const edge of graph.edges) {
    if (edge.source !== card.id && edge.target !== card.id) continue;
    const other = edge.source === card.id ? edge.target : edge.source;
    if (mentionsAnyName(labels.get(other) ?? '', card.names)) hidden.add(other);
  }
  return hidden;
}
