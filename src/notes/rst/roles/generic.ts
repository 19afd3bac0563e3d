import { unescape } from '../inline/names';
import type { Role } from './role';

/*
 * docutils' generic roles (roles.py: register_generic_role, register_canonical_role with
 * make_generic): the text in an element of the role's kind.
 */

export const emphasisRole: Role = ({ text }) => ({
  inlines: [{ type: 'emphasis', text }],
  diagnostics: [],
});

export const strongRole: Role = ({ text }) => ({
  inlines: [{ type: 'strong', text }],
  diagnostics: [],
});

export const literalRole: Role = ({ text }) => ({
  inlines: [{ type: 'literal', text }],
  diagnostics: [],
});

/** roles.code_role: the code role keeps backslashes, as literals do. */
export const codeRole: Role = ({ escaped }) => ({
  inlines: [{ type: 'literal', text: unescape(escaped, true) }],
  diagnostics: [],
});

/** Roles the model keeps by name (title-reference, abbreviation, subscript, math...). */
export const interpretedRole: Role = ({ name, text }) => ({
  inlines: [{ type: 'interpreted', role: name, text }],
  diagnostics: [],
});

/** roles.raw_role with raw_enabled off, as rst_oracle.py runs docutils: never passed through. */
export const rawRole: Role = ({ text }) => ({
  inlines: [{ type: 'text', text }],
  diagnostics: [
    { severity: 'warning', message: 'raw (and derived) roles disabled', afterBlock: true },
  ],
});
