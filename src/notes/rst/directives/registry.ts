/**
 * The directive registry: `.. name::` runs the directive registered under its lower-cased name
 * (docutils' directives._directive_registry and the English names of
 * parsers/rst/languages/en.py); a name not here is an unknown directive.
 *
 * To add a directive: write it (./directive.ts) and put it here under its name, in place of
 * `uninterpreted` if docutils already knows the name.
 */
import { genericAdmonition, specificAdmonition } from './admonition';
import type { Directive } from './directive';
import { disabled, uninterpreted, unknown } from './kept-as-text';

/** A Map: a directive named `constructor` must not find Object's own. */
const DIRECTIVES: ReadonlyMap<string, Directive> = new Map([
  // directives/admonitions.py
  ['admonition', genericAdmonition],
  ['attention', specificAdmonition],
  ['caution', specificAdmonition],
  ['danger', specificAdmonition],
  ['error', specificAdmonition],
  ['hint', specificAdmonition],
  ['important', specificAdmonition],
  ['note', specificAdmonition],
  ['tip', specificAdmonition],
  ['warning', specificAdmonition],
  // Disabled, as rst_oracle.py runs docutils.
  ['include', disabled],
  ['raw', disabled],
  // Known to docutils, not interpreted here yet.
  ['class', uninterpreted],
  ['code', uninterpreted],
  ['code-block', uninterpreted],
  ['compound', uninterpreted],
  ['container', uninterpreted],
  ['contents', uninterpreted],
  ['csv-table', uninterpreted],
  ['date', uninterpreted],
  ['default-role', uninterpreted],
  ['epigraph', uninterpreted],
  ['figure', uninterpreted],
  ['footer', uninterpreted],
  ['header', uninterpreted],
  ['highlights', uninterpreted],
  ['image', uninterpreted],
  ['line-block', uninterpreted],
  ['list-table', uninterpreted],
  ['math', uninterpreted],
  ['meta', uninterpreted],
  ['parsed-literal', uninterpreted],
  ['pull-quote', uninterpreted],
  ['replace', uninterpreted],
  ['role', uninterpreted],
  ['rubric', uninterpreted],
  ['section-numbering', uninterpreted],
  ['sectnum', uninterpreted],
  ['sidebar', uninterpreted],
  ['sourcecode', uninterpreted],
  ['table', uninterpreted],
  ['target-notes', uninterpreted],
  ['title', uninterpreted],
  ['topic', uninterpreted],
  ['unicode', uninterpreted],
]);

/** The directive for a lower-cased name; unknown names get the unknown-directive handler. */
export function directiveFor(name: string): Directive {
  return DIRECTIVES.get(name) ?? unknown;
}
