import type { ReaderContext } from '../block/context';

/**
 * What reading one text block needs of the whole document: where problems go, the messages
 * already given, the roles the notes defined, and where substitution references are noted for
 * the Substitutions transform.
 */
export type InlineContext = Pick<
  ReaderContext,
  'diagnostics' | 'said' | 'roles' | 'substitutionUses'
>;

/** A context for a text block read on its own (no document around it). */
export function standaloneInlineContext(): InlineContext {
  return {
    diagnostics: [],
    said: new Set(),
    roles: { defaultRole: null, local: new Map() },
    substitutionUses: new Map(),
  };
}
