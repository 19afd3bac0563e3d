import type { RstDocument } from './model';

/**
 * Resolves named and anonymous references against the document's targets (docutils'
 * references transforms) and reports unknown or mismatched ones.
 * PLACEHOLDER: the inline-markup work replaces this.
 */
export function resolveReferences(doc: RstDocument): RstDocument {
  return doc;
}
