/**
 * The role registry: interpreted text `` `text` ``, `` :role:`text` ``, `` `text`:role: `` is
 * handed to the role its name selects. The lookup follows a Sphinx build (which reads plain
 * docutils documents the same way docutils does): a role of a Sphinx domain first
 * (`:py:func:`, or a bare `:func:` of the default Python domain, or of the standard domain:
 * `:ref:`, `:doc:`...), then roles the notes define with `.. role::` and Sphinx's own roles
 * (`:kbd:`, `:abbr:`, ...), then docutils' English role names (parsers/rst/languages/en.py)
 * and canonical roles (roles.py). `:pep:` and `:rfc:` stay docutils' links.
 *
 * A role nobody knows shows its text, and is named once per file with an info (not docutils'
 * two messages per use: a page of an extension's roles would be a page of errors).
 *
 * To add a role: write it (./role.ts) and add one entry to the table it belongs to.
 */
import type { InlineContext } from '../inline/context';
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
import {
  abbreviationRole,
  codeReferenceRole,
  crossReferenceRole,
  emphasizedLiteralRole,
  equationRole,
  genericRole,
  guiLabelRole,
  indexRole,
  keyboardRole,
  mathRole,
  menuSelectionRole,
  objectRole,
} from './sphinx';
import { splitXref } from './xref';

/** docutils' roles by canonical name. A Map: a role named `constructor` must not find Object's own. */
const DOCUTILS_ROLES: ReadonlyMap<string, Role> = new Map([
  ['abbreviation', interpretedRole],
  ['acronym', interpretedRole],
  ['code', codeRole],
  ['emphasis', emphasisRole],
  ['literal', literalRole],
  ['math', mathRole],
  ['pep-reference', pepRole],
  ['rfc-reference', rfcRole],
  ['strong', strongRole],
  ['subscript', interpretedRole],
  ['superscript', interpretedRole],
  ['title-reference', interpretedRole],
  ['raw', rawRole],
]);

/** English role names and aliases, to canonical names (docutils' languages/en.py). */
const DOCUTILS_NAMES: ReadonlyMap<string, string> = new Map([
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

const PYTHON = { separator: '.', dropDot: true } as const;
const JAVASCRIPT = PYTHON;
const C = { separator: '.', dropDot: false } as const;
const CPP = { separator: '::', dropDot: false } as const;

/** A domain's roles: those that show `()` after a name, and the others. */
function domain(
  prefix: string,
  style: { separator: '.' | '::'; dropDot: boolean },
  withParens: readonly string[],
  plain: readonly string[],
): [string, Role][] {
  return [
    ...withParens.map((name): [string, Role] => [
      `${prefix}:${name}`,
      objectRole({ ...style, fixParens: true }),
    ]),
    ...plain.map((name): [string, Role] => [
      `${prefix}:${name}`,
      objectRole({ ...style, fixParens: false }),
    ]),
  ];
}

/** The roles of Sphinx's domains, by `domain:name` (sphinx/domains/*.py, `roles`). */
const DOMAIN_ROLES: ReadonlyMap<string, Role> = new Map([
  ...domain(
    'py',
    PYTHON,
    ['func', 'meth'],
    ['data', 'exc', 'class', 'const', 'attr', 'mod', 'obj'],
  ),
  ...domain(
    'c',
    C,
    ['func'],
    ['member', 'data', 'var', 'macro', 'struct', 'union', 'enum', 'enumerator', 'type'],
  ),
  ...domain(
    'cpp',
    CPP,
    ['func'],
    ['any', 'class', 'struct', 'union', 'member', 'var', 'type', 'concept', 'enum', 'enumerator'],
  ),
  ...domain('js', JAVASCRIPT, ['func', 'meth', 'class'], ['data', 'attr', 'mod']),
  ...domain('rst', C, [], ['dir', 'role']),
  ['c:expr', codeReferenceRole],
  ['c:texpr', codeReferenceRole],
  ['cpp:expr', codeReferenceRole],
  ['cpp:texpr', codeReferenceRole],
  ['std:option', codeReferenceRole],
  ['std:envvar', codeReferenceRole],
  ['std:token', codeReferenceRole],
  ['std:keyword', codeReferenceRole],
  ['std:term', crossReferenceRole('term')],
  ['std:ref', crossReferenceRole('ref')],
  ['std:numref', crossReferenceRole('numref')],
  ['std:doc', crossReferenceRole('doc')],
  ['math:numref', equationRole],
]);

/** Where Sphinx looks for a role name without a domain: the default domain (py), then std. */
const BARE_NAME_DOMAINS = ['py', 'std'] as const;

/** Sphinx's own roles outside the domains (sphinx/roles.py and its built-in extensions). */
const SPHINX_ROLES: ReadonlyMap<string, Role> = new Map([
  ['command', genericRole('strong')],
  ['dfn', genericRole('emphasis')],
  ['kbd', keyboardRole],
  ['mailheader', genericRole('emphasis')],
  ['makevar', genericRole('strong')],
  ['manpage', genericRole('emphasis')],
  ['mimetype', genericRole('emphasis')],
  ['newsgroup', genericRole('emphasis')],
  ['program', genericRole('strong')],
  ['regexp', genericRole('literal')],
  ['download', codeReferenceRole],
  ['any', codeReferenceRole],
  ['guilabel', guiLabelRole],
  ['menuselection', menuSelectionRole],
  ['file', emphasizedLiteralRole],
  ['samp', emphasizedLiteralRole],
  ['abbr', abbreviationRole],
  ['eq', equationRole],
  ['index', indexRole],
  ['autolink', codeReferenceRole],
]);

/** The role for `name` (lower-cased, domain included if written), and the name to record. */
function findRole(name: string, context: InlineContext): [string, Role] | null {
  if (name.includes(':')) {
    const role = DOMAIN_ROLES.get(name);
    return role ? [name, role] : null;
  }
  for (const prefix of BARE_NAME_DOMAINS) {
    const role = DOMAIN_ROLES.get(`${prefix}:${name}`);
    if (role) return [`${prefix}:${name}`, role];
  }
  const local = context.roles.local.get(name);
  if (local) {
    if (local.base === null) return [name, interpretedRole];
    const base = findRole(local.base, {
      ...context,
      roles: { ...context.roles, local: new Map() },
    });
    return base ? [name, base[1]] : [name, interpretedRole];
  }
  const sphinx = SPHINX_ROLES.get(name);
  if (sphinx) return [name, sphinx];
  const canonical = DOCUTILS_NAMES.get(name) ?? (DOCUTILS_ROLES.has(name) ? name : undefined);
  const role = canonical === undefined ? undefined : DOCUTILS_ROLES.get(canonical);
  return role && canonical ? [canonical, role] : null;
}

/** Whether `name` (as written) names a role a Sphinx build knows, for `.. default-role::`. */
export function isKnownRole(name: string, context: InlineContext): boolean {
  return findRole(normalizeName(name), context) !== null;
}

/**
 * Applies the role named `role` ('' for the default role) to the text between the backquotes
 * (`escaped`); `raw` is the whole construct, kept as text when the role fails.
 */
export function interpretedText(
  role: string,
  escaped: readonly string[],
  raw: string,
  context: InlineContext,
): RoleResult {
  const name = role ? normalizeName(role) : (context.roles.defaultRole ?? 'title-reference');
  const found = findRole(name, context);
  if (found) {
    const [canonical, apply] = found;
    return apply({ name: canonical, text: unescape(escaped), escaped, raw });
  }
  if (UNIMPLEMENTED.has(name)) {
    return roleProblem(
      unescape(escaped),
      'error',
      `Interpreted text role "${name}" not implemented.`,
    );
  }
  return unknownRole(role, name, escaped, context);
}

/**
 * A role neither docutils nor Sphinx knows (most come from a Sphinx extension): its text is
 * shown (the title of `title <target>`), and the role is named once per file.
 */
function unknownRole(
  written: string,
  name: string,
  escaped: readonly string[],
  context: InlineContext,
): RoleResult {
  const key = `unknown role ${name}`;
  const first = !context.said.has(key);
  context.said.add(key);
  const xref = splitXref(escaped);
  return {
    inlines: [
      { type: 'interpreted', role: name, text: xref.explicitTitle ? xref.title : xref.target },
    ],
    diagnostics: first
      ? [
          {
            severity: 'info',
            message: `Unknown role ":${written}:" (shown as plain text). Musubi reads the roles of docutils and Sphinx; this one may come from a Sphinx extension.`,
          },
        ]
      : [],
  };
}
