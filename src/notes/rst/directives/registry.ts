/**
 * The directive registry: `.. name::` runs the directive registered under its lower-cased name:
 * docutils' directives (directives._directive_registry and the English names of
 * parsers/rst/languages/en.py) and Sphinx's (sphinx/directives/, the domains' directives,
 * and the extensions bundled with Sphinx). A name not here is an unknown directive.
 *
 * To add a directive: write it (./directive.ts) and put it here under its names.
 */
import { genericAdmonition, specificAdmonition, titledAdmonition, versionNote } from './admonition';
import {
  centeredDirective,
  lineBlockDirective,
  onlyDirective,
  parsedLiteralDirective,
  quoteDirective,
  rubricDirective,
  sidebarDirective,
  silentDirective,
  topicDirective,
  wrapperDirective,
} from './body';
import {
  codeDirective,
  doctestDirective,
  literalIncludeDirective,
  mathDirective,
  productionListDirective,
} from './code';
import type { Directive } from './directive';
import { glossaryDirective } from './glossary';
import { figureDirective, imageDirective } from './image';
import { disabled, keptQuietly, unknown } from './kept-as-text';
import { OBJECT_DIRECTIVES } from './object-description';
import {
  contentsDirective,
  decorationDirective,
  includeDirective,
  sectnumDirective,
} from './parts';
import { defaultRoleDirective, roleDirective } from './roles';
import { dateDirective, replaceDirective, unicodeDirective } from './substitutions';
import { csvTableDirective, listTableDirective, tableDirective } from './tables';
import { toctreeDirective } from './toctree';

/** A Map: a directive named `constructor` must not find Object's own. */
const DIRECTIVES: ReadonlyMap<string, Directive> = new Map([
  // docutils: directives/admonitions.py
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
  // docutils: directives/images.py
  ['image', imageDirective],
  ['figure', figureDirective],
  // docutils: directives/body.py
  ['topic', topicDirective],
  ['sidebar', sidebarDirective],
  ['line-block', lineBlockDirective],
  ['parsed-literal', parsedLiteralDirective],
  ['code', codeDirective],
  ['math', mathDirective],
  ['rubric', rubricDirective],
  ['epigraph', quoteDirective],
  ['highlights', quoteDirective],
  ['pull-quote', quoteDirective],
  ['compound', wrapperDirective],
  ['container', wrapperDirective],
  // docutils: directives/tables.py
  ['table', tableDirective],
  ['csv-table', csvTableDirective],
  ['list-table', listTableDirective],
  // docutils: directives/parts.py and misc.py
  ['contents', contentsDirective],
  ['sectnum', sectnumDirective],
  ['section-numbering', sectnumDirective],
  ['header', decorationDirective],
  ['footer', decorationDirective],
  ['include', includeDirective],
  ['raw', disabled],
  ['replace', replaceDirective],
  ['unicode', unicodeDirective],
  ['date', dateDirective],
  ['class', wrapperDirective],
  ['role', roleDirective],
  ['default-role', defaultRoleDirective],
  ['title', silentDirective],
  ['meta', silentDirective],
  ['target-notes', silentDirective],
  // Sphinx: sphinx/directives/code.py, other.py, patches.py
  ['code-block', codeDirective],
  ['sourcecode', codeDirective],
  ['highlight', silentDirective],
  ['literalinclude', literalIncludeDirective],
  ['toctree', toctreeDirective],
  ['versionadded', versionNote],
  ['versionchanged', versionNote],
  ['deprecated', versionNote],
  ['seealso', titledAdmonition],
  ['centered', centeredDirective],
  ['hlist', wrapperDirective],
  ['only', onlyDirective],
  ['acks', wrapperDirective],
  ['rst-class', wrapperDirective],
  ['cssclass', wrapperDirective],
  ['tabularcolumns', silentDirective],
  ['sectionauthor', silentDirective],
  ['moduleauthor', silentDirective],
  ['codeauthor', silentDirective],
  ['default-domain', silentDirective],
  ['index', silentDirective],
  // Sphinx: the standard domain (sphinx/domains/std.py) beside its object descriptions
  ['glossary', glossaryDirective],
  ['productionlist', productionListDirective],
  ['program', silentDirective],
  ['std:program', silentDirective],
  // Sphinx: domains' scope directives (no text of their own)
  ['c:namespace', silentDirective],
  ['c:namespace-push', silentDirective],
  ['c:namespace-pop', silentDirective],
  ['c:alias', silentDirective],
  ['cpp:namespace', silentDirective],
  ['cpp:namespace-push', silentDirective],
  ['cpp:namespace-pop', silentDirective],
  ['cpp:alias', silentDirective],
  ['math:numref', silentDirective],
  // Sphinx: the object descriptions of every domain, and autodoc
  ...OBJECT_DIRECTIVES,
  // Extensions bundled with Sphinx (sphinx.ext.*)
  ['todo', titledAdmonition],
  ['todolist', silentDirective],
  ['ifconfig', onlyDirective],
  ['autosummary', keptQuietly],
  ['doctest', doctestDirective],
  ['testcode', doctestDirective],
  ['testoutput', doctestDirective],
  ['testsetup', silentDirective],
  ['testcleanup', silentDirective],
  ['graphviz', codeDirective],
  ['graph', codeDirective],
  ['digraph', codeDirective],
  ['inheritance-diagram', silentDirective],
]);

/** The directive for a lower-cased name; unknown names get the unknown-directive handler. */
export function directiveFor(name: string): Directive {
  return DIRECTIVES.get(name) ?? unknown;
}
