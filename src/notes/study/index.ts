/**
 * Study mode's pure core (issue 12): which concepts are cards, what "name it" blanks, which
 * cards a section holds. The browser side (scheduling, storage, screens) is src/ui/Study.
 */
export { blankNames, mentionsAnyName, type TextPart } from './blank';
export { cardHash, studyCards, type StudyCard } from './cards';
export { cardsInScope } from './scope';
