import type { Block, Diagnostic, NotesDocument } from '../../document/model';
import { addDiagnostics } from './diagnostics';

/*
 * docutils' misc.Transitions transform: where a transition may not stand.
 */

/** misc.Transitions: not first in a document or section, not doubled, not last in the document. */
function checkTransitions(blocks: readonly Block[], diagnostics: Diagnostic[]): void {
  const error = (line: number, message: string) =>
    diagnostics.push({ line, severity: 'error', message });
  // [blocks, whether this container is the last thing in the document]
  const pending: [readonly Block[], boolean][] = [[blocks, true]];
  while (pending.length > 0) {
    const [list, lastInDocument] = pending.pop()!;
    list.forEach((block, index) => {
      if (block.type === 'section') {
        pending.push([block.blocks, lastInDocument && index === list.length - 1]);
        return;
      }
      if (block.type !== 'transition') return;
      if (index === 0) error(block.line, 'Document or section may not begin with a transition.');
      else if (list[index - 1]!.type === 'transition') {
        error(
          block.line,
          'At least one body element must separate transitions; adjacent transitions are not allowed.',
        );
      }
      if (index === list.length - 1 && lastInDocument) {
        error(block.line, 'Document may not end with a transition.');
      }
    });
  }
}

/** misc.Transitions: reports misplaced transitions (the transitions stay, as docutils keeps them). */
export function transitions(doc: NotesDocument): NotesDocument {
  const found: Diagnostic[] = [];
  checkTransitions(doc.blocks, found);
  return found.length === 0 ? doc : { ...doc, diagnostics: addDiagnostics(doc.diagnostics, found) };
}
