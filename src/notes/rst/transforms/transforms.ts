import type { NotesDocument } from '../../document/model';
import { docTitle } from './doc-title';
import { resolveReferences } from './references';
import { transitions } from './transitions';

/**
 * A transform: the whole document in, the transformed document out (docutils' Transform.apply,
 * transforms/). The problems a transform finds join the document's diagnostics.
 */
export type Transform = (doc: NotesDocument) => NotesDocument;

/**
 * The transforms, run in this order after the block stage. docutils orders its transforms by
 * priority: DocTitle 320, the references transforms 440-660 (AnonymousHyperlinks,
 * IndirectHyperlinks, ExternalTargets, InternalTargets), misc.Transitions 830 and
 * DanglingReferences 850. Here one transform resolves every reference and reports what stays
 * unresolved (DanglingReferences), so it runs last; misc.Transitions only reports, and its
 * messages are ordered by line with the others either way.
 *
 * To add a transform: write it in a file of its own and put it here where it must run.
 */
export const TRANSFORMS: readonly (readonly [name: string, transform: Transform])[] = [
  ['DocTitle', docTitle],
  ['misc.Transitions', transitions],
  ['references', resolveReferences],
];

export function applyTransforms(doc: NotesDocument): NotesDocument {
  return TRANSFORMS.reduce((current, [, transform]) => transform(current), doc);
}
