import type { NotesDocument } from '../../document/model';
import type { ReaderContext } from '../block/context';
import { docTitle } from './doc-title';
import { footnotes } from './footnotes';
import { resolveReferences } from './references';
import { sectionNumbers } from './section-numbers';
import { substitutions } from './substitutions';
import { transitions } from './transitions';

/**
 * A transform: the whole document in, the transformed document out (docutils' Transform.apply,
 * transforms/), with what the block stage noted for later (`context`: substitution
 * definitions, sectnum options...). The problems a transform finds join the diagnostics.
 */
type Transform = (doc: NotesDocument, context: ReaderContext) => NotesDocument;

/**
 * The transforms, run in this order after the block stage. docutils orders its transforms by
 * priority: Substitutions 220, DocTitle 320, the references transforms 440-660
 * (AnonymousHyperlinks, IndirectHyperlinks, Footnotes 620, ExternalTargets, InternalTargets),
 * SectNum 710, misc.Transitions 830 and DanglingReferences 850. Here one transform resolves
 * every reference and reports what stays unresolved (DanglingReferences), after footnotes are
 * numbered; misc.Transitions only reports, and its messages are ordered by line with the
 * others either way.
 *
 * To add a transform: write it in a file of its own and put it here where it must run.
 */
const TRANSFORMS: readonly (readonly [name: string, transform: Transform])[] = [
  ['references.Substitutions', substitutions],
  ['DocTitle', docTitle],
  ['references.Footnotes', footnotes],
  ['parts.SectNum', sectionNumbers],
  ['misc.Transitions', transitions],
  ['references', resolveReferences],
];

export function applyTransforms(doc: NotesDocument, context: ReaderContext): NotesDocument {
  return TRANSFORMS.reduce((current, [, transform]) => transform(current, context), doc);
}
