/**
 * The role registry: interpreted text `` `text` ``, `` :role:`text` ``, `` `text`:role: `` is
 * handed to the role its name selects (docutils' roles.role(): the English name lookup of
 * parsers/rst/languages/en.py, then the registry of canonical roles in roles.py).
 *
 * To add a role: write it (./role.ts) and add one entry to ROLES under its canonical name, and
 * its English names to ROLE_NAMES.
 */
import { normalizeName, unescape } from '../inline/names';
import {
  codeRole,
  emphasisRole,
  interpretedRole,
  literalRole,
  rawRole,
  strongRole,
} from './generic';
import { pepRole } from './pep';
import { rfcRole } from './rfc';
import { roleProblem, type Role, type RoleResult } from './role';

/** Roles by canonical name. A Map: a role named `constructor` must not find Object's own. */
const ROLES: ReadonlyMap<string, Role> = new Map([
  ['abbreviation', interpretedRole],
  ['acronym', interpretedRole],
  ['code', codeRole],
  ['emphasis', emphasisRole],
  ['literal', literalRole],
  ['math', interpretedRole],
  ['pep-reference', pepRole],
  ['rfc-reference', rfcRole],
  ['strong', strongRole],
  ['subscript', interpretedRole],
  ['superscript', interpretedRole],
  ['title-reference', interpretedRole],
  ['raw', rawRole],
]);

/** English role names and aliases, to canonical names (docutils' languages/en.py). */
const ROLE_NAMES: ReadonlyMap<string, string> = new Map([
  ['abbreviation', 'abbreviation'],
  ['ab', 'abbreviation'],
  ['acronym', 'acronym'],
  ['ac', 'acronym'],
  ['code', 'code'],
  ['emphasis', 'emphasis'],
  ['literal', 'literal'],
  ['math', 'math'],
  ['pep-reference', 'pep-reference'],
  ['pep', 'pep-reference'],
  ['rfc-reference', 'rfc-reference'],
  ['rfc', 'rfc-reference'],
  ['strong', 'strong'],
  ['subscript', 'subscript'],
  ['sub', 'subscript'],
  ['superscript', 'superscript'],
  ['sup', 'superscript'],
  ['title-reference', 'title-reference'],
  ['title', 'title-reference'],
  ['t', 'title-reference'],
  ['raw', 'raw'],
]);

/** Role names docutils knows but has not implemented ("Interpreted text role ... not implemented."). */
const UNIMPLEMENTED = new Set([
  'named-reference',
  'anonymous-reference',
  'footnote-reference',
  'citation-reference',
  'substitution-reference',
  'target',
  'uri-reference',
  'uri',
  'url',
]);

/**
 * Applies the role named `role` ('' for the default role, title-reference) to the text between
 * the backquotes (`escaped`); `raw` is the whole construct, kept as text when the role fails.
 */
export function interpretedText(role: string, escaped: readonly string[], raw: string): RoleResult {
  const name = role ? normalizeName(role) : 'title-reference';
  const canonical = ROLE_NAMES.get(name);
  const apply = canonical === undefined ? undefined : ROLES.get(canonical);
  if (canonical === undefined || apply === undefined) {
    if (UNIMPLEMENTED.has(name)) {
      return roleProblem(raw, 'error', `Interpreted text role "${name}" not implemented.`);
    }
    // docutils first looks the name up in the language module, then as a canonical name.
    const result = roleProblem(raw, 'error', `Unknown interpreted text role "${role}".`);
    const lookup = {
      severity: 'info' as const,
      message: `No role entry for "${role}" in module "docutils.parsers.rst.languages.en".\nTrying "${role}" as canonical role name.`,
    };
    return { ...result, diagnostics: [lookup, ...result.diagnostics] };
  }
  return apply({ name: canonical, text: unescape(escaped), escaped, raw });
}
