import type { Diagnostic, Inline } from '../../document/model';
import type { SubstitutionUse } from '../block/context';
import { inlineObject, simpleStart, type MakeInline } from './inline-object';
import { whitespaceNormalize } from './names';
import type { InlineRule } from './rule';

/** Marks a placeholder inline (never left in a finished document; shows its source if it were). */
const PLACEHOLDER_ROLE = 'substitution-reference';

/**
 * `|name|` may be defined anywhere in the document, also after its use, so docutils resolves
 * it in a transform (references.Substitutions). The reader puts a placeholder here and notes
 * the use under it; transforms/substitutions.ts replaces it by the definition's content.
 */
const makePlaceholder: MakeInline = (state, start, end, next) => {
  const raw = state.text(start - 1, next, true);
  const underscores = raw.endsWith('__') ? '__' : raw.endsWith('_') ? '_' : '';
  const placeholder: Inline = { type: 'interpreted', role: PLACEHOLDER_ROLE, text: raw };
  state.context.substitutionUses.set(placeholder, {
    name: whitespaceNormalize(state.text(start, end)),
    raw,
    refend: underscores,
    line: state.line,
  });
  return placeholder;
};

/** `|name|` (docutils' Inliner.substitution_reference; start-string `\|(?!\|)`). */
export const substitutionReference: InlineRule = (state, at) => {
  const textStart = simpleStart(state, at, '|');
  if (textStart < 0 || state.chars[textStart] === '|') return false;
  inlineObject(state, at, textStart, 'substitution', 'substitution_reference', makePlaceholder);
  return true;
};

/** docutils' message for a use without a definition (the use stays as its source text). */
export function undefinedSubstitution(use: SubstitutionUse): Diagnostic {
  return {
    line: use.line,
    severity: 'error',
    message: `Undefined substitution referenced: "${use.name}".`,
  };
}
