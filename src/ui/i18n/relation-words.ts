/**
 * The words for each kind of concept and relation, from the one list of kinds (RELATION_KINDS):
 * a `Record` per kind, so a new kind is a type error here until it has words in both languages.
 * Relations read in the direction of the arrow, `A → B`: "B builds on A" (relations.ts).
 */
import type { ConceptKind } from '../../notes/concepts/model';
import type { RelationKind } from '../../notes/concepts/relations';
import type { RelationReading } from '../NodePanel/relations';
import type { Translate } from './I18nProvider';
import type { MessageKey } from './messages';

const RELATION_WORDS: Readonly<
  Record<RelationKind, { incoming: MessageKey; outgoing: MessageKey; legend: MessageKey }>
> = {
  mentions: {
    incoming: 'relation.mentions.incoming',
    outgoing: 'relation.mentions.outgoing',
    legend: 'relation.mentions.legend',
  },
  links: {
    incoming: 'relation.links.incoming',
    outgoing: 'relation.links.outgoing',
    legend: 'relation.links.legend',
  },
  extra: {
    incoming: 'relation.extra.incoming',
    outgoing: 'relation.extra.outgoing',
    legend: 'relation.extra.legend',
  },
  nesting: {
    incoming: 'relation.nesting.incoming',
    outgoing: 'relation.nesting.outgoing',
    legend: 'relation.nesting.legend',
  },
};

const CONCEPT_WORDS: Readonly<Record<ConceptKind, MessageKey>> = {
  title: 'concept.title',
  section: 'concept.section',
  term: 'concept.term',
};

/** The heading of a group of relations in the panel ("Builds on", "Used by", a companion label). */
export function relationTitle(relation: RelationReading, t: Translate): string {
  const words = RELATION_WORDS[relation.kind];
  const label = relation.label ?? '';
  return t(relation.incoming ? words.incoming : words.outgoing, { label });
}

/** The legend's name for a kind of relation. */
export function relationLegend(kind: RelationKind, t: Translate): string {
  return t(RELATION_WORDS[kind].legend);
}

/** The legend's name for a kind of concept. */
export function conceptKindName(kind: ConceptKind, t: Translate): string {
  return t(CONCEPT_WORDS[kind]);
}
