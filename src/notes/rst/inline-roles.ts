/**
 * Interpreted text `` `text` ``, `` :role:`text` ``, `` `text`:role: `` (docutils' roles.py and
 * the English role names of parsers/rst/languages/en.py).
 */
import type { Diagnostic, Inline } from '../document/model';
import { normalizeName, unescape, whitespaceNormalize } from './inline-names';

/**
 * English role names and aliases, by canonical role. A Map: in a plain object the role name
 * `constructor` would find Object's own.
 */
const ROLE_ALIASES: ReadonlyMap<string, string> = new Map([
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

interface RoleResult {
  inlines: Inline[];
  /** `afterBlock`: docutils gives no line, so the reader's position (after the block) is used. */
  diagnostics: (Omit<Diagnostic, 'line'> & { afterBlock?: boolean })[];
}

const problem = (raw: string, severity: Diagnostic['severity'], message: string): RoleResult => ({
  inlines: [{ type: 'text', text: raw }],
  diagnostics: [{ severity, message }],
});

/** `escaped` is the text between the backquotes; `raw` the whole construct, for problems. */
export function interpretedText(role: string, escaped: readonly string[], raw: string): RoleResult {
  const name = role ? normalizeName(role) : 'title-reference';
  const canonical = ROLE_ALIASES.get(name);
  const text = unescape(escaped);
  if (canonical === undefined) {
    // docutils first looks the name up in the language module, then as a canonical name.
    const lookup: RoleResult['diagnostics'][number] = {
      severity: 'info',
      message: `No role entry for "${role}" in module "docutils.parsers.rst.languages.en".\nTrying "${role}" as canonical role name.`,
    };
    const result = UNIMPLEMENTED.has(name)
      ? problem(raw, 'error', `Interpreted text role "${name}" not implemented.`)
      : problem(raw, 'error', `Unknown interpreted text role "${role}".`);
    return UNIMPLEMENTED.has(name)
      ? result
      : { ...result, diagnostics: [lookup, ...result.diagnostics] };
  }
  switch (canonical) {
    case 'emphasis':
    case 'strong':
      return { inlines: [{ type: canonical, text }], diagnostics: [] };
    case 'literal':
      return { inlines: [{ type: 'literal', text }], diagnostics: [] };
    case 'code':
      // The code role keeps backslashes, as literals do.
      return { inlines: [{ type: 'literal', text: unescape(escaped, true) }], diagnostics: [] };
    case 'raw':
      return {
        inlines: [{ type: 'text', text: raw }],
        diagnostics: [
          { severity: 'warning', message: 'raw (and derived) roles disabled', afterBlock: true },
        ],
      };
    case 'pep-reference':
      return pepReference(text, raw);
    case 'rfc-reference':
      return rfcReference(text, raw);
    default:
      return { inlines: [{ type: 'interpreted', role: canonical, text }], diagnostics: [] };
  }
}

function pepReference(text: string, raw: string): RoleResult {
  const number = /^\s*[0-9]{1,9}\s*$/.test(text) ? Number(text) : NaN;
  if (!(number >= 0 && number <= 9999)) {
    return problem(
      raw,
      'error',
      `PEP number must be a number from 0 to 9999; "${text}" is invalid.`,
    );
  }
  const url = `https://peps.python.org/pep-${String(number).padStart(4, '0')}`;
  return {
    inlines: [{ type: 'reference', text: `PEP ${whitespaceNormalize(text)}`, url }],
    diagnostics: [],
  };
}

function rfcReference(text: string, raw: string): RoleResult {
  const [number, section] = text.split('#', 2);
  const value = /^\s*[0-9]{1,9}\s*$/.test(number ?? '') ? Number(number) : NaN;
  if (!(value >= 1)) {
    return problem(
      raw,
      'error',
      `RFC number must be a number greater than or equal to 1; "${text}" is invalid.`,
    );
  }
  const url = `https://tools.ietf.org/html/rfc${value}.html${section ? `#${section}` : ''}`;
  return {
    inlines: [{ type: 'reference', text: `RFC ${whitespaceNormalize(number ?? '')}`, url }],
    diagnostics: [],
  };
}
