/**
 * Notes that repeat one construct of the reader many times, for every construct it knows: the
 * shapes that made it quadratic before (16,000 `` `text <url>`_ `` in one paragraph, 16,000
 * simple-table borders that no closing border ends) and every other one, so that the next such
 * shape is caught by the suite rather than by a user. Inline constructs are repeated inside one
 * paragraph (where a rescan per construct costs most), block constructs one after another, and
 * what names something is repeated with distinct names (so that resolution has many names).
 */

/** `count` copies of `unit(i)`, joined by `separator`. */
function repeat(count: number, unit: (i: number) => string, separator: string): string {
  return Array.from({ length: count }, (_, i) => unit(i)).join(separator);
}

/** Inline markup repeated in one paragraph (long lines wrapped, as notes are). */
function inline(unit: (i: number) => string, after = ''): (count: number) => string {
  return (count) => {
    const words = repeat(count, unit, ' ');
    return `Title\n=====\n\n${words.replace(/(.{1,70})( |$)/g, '$1\n')}\n${after}`;
  };
}

/** Blocks repeated one after another, separated by a blank line. */
function blocks(unit: (i: number) => string, before = ''): (count: number) => string {
  return (count) => `Title\n=====\n\n${before}${repeat(count, unit, '\n\n')}\n`;
}

/** Directive blocks (`.. name:: ...`) repeated. */
function directive(text: (i: number) => string): (count: number) => string {
  return blocks(text);
}

export const EVERY_CONSTRUCT: Readonly<Record<string, (count: number) => string>> = {
  // The two shapes that were quadratic (issue 10).
  'embedded-URI references in one paragraph': inline((i) => `\`text ${i} <https://x.org/${i}>\`_`),
  'simple-table borders that nothing closes': (count) => '=== ===\nx y\n\n'.repeat(count),

  // Inline markup, in one paragraph.
  emphasis: inline(() => '*a*'),
  strong: inline(() => '**a**'),
  'inline literals': inline(() => '``a``'),
  'interpreted text (title reference)': inline(() => '`a`'),
  'unterminated emphasis': inline(() => '*a'),
  'unterminated interpreted text': inline(() => '`a'),
  'unterminated literals': inline(() => '``a'),
  'anonymous embedded references': inline((i) => `\`t${i} <https://x.org/${i}>\`__`),
  'references to one target': inline(() => 'target_', '\n.. _target: https://x.org/\n'),
  'references to distinct missing targets': inline((i) => `missing${i}_`),
  'phrase references': inline(() => '`the target`_', '\n.. _the target: https://x.org/\n'),
  'aliases to a target': inline((i) => `\`t${i} <target_>\`_`, '\n.. _target: https://x.org/\n'),
  'anonymous references': inline(() => 'a__'),
  'substitution references': inline(() => '|sub|', '\n.. |sub| replace:: *x*\n'),
  'substitution references as links': inline(
    () => '|sub|_',
    '\n.. |sub| replace:: x\n.. _sub: https://x.org/\n',
  ),
  'undefined substitutions': inline((i) => `|nothing${i}|`),
  'footnote references': inline(() => '[1]_', '\n.. [1] A note.\n'),
  'auto-numbered footnote references': inline(() => '[#]_'),
  'symbol footnote references': inline(() => '[*]_'),
  'citation references': inline(() => '[CIT]_', '\n.. [CIT] A citation.\n'),
  'inline targets': inline((i) => `_\`target ${i}\``),
  'standalone URIs': inline((i) => `https://example.com/${i}`),
  'e-mail addresses': inline((i) => `user${i}@example.com`),
  'backslash escapes': inline(() => '\\*a\\*'),
  'docutils roles': inline(() => ':emphasis:`a` :sub:`b` :code:`c`'),
  'PEP and RFC references': inline(() => ':pep:`8` :rfc:`2822`'),
  'raw roles': inline(() => ':raw:`x`'),
  'unknown roles': inline((i) => `:unknown${i % 50}:\`x\``),
  'Sphinx object roles': inline(() => ':func:`~a.b.c` :class:`!X` :meth:`t <a.b>`'),
  'Sphinx cross-references': inline((i) => `:ref:\`label${i}\` :doc:\`d${i}\` :term:\`t${i}\``),
  'Sphinx inline kinds': inline(
    () => ':kbd:`C-x` :abbr:`A (b)` :guilabel:`&A` :menuselection:`a --> b` :file:`a{b}`',
  ),

  // Blocks, one after another.
  paragraphs: blocks((i) => `Paragraph ${i}.`),
  sections: blocks((i) => `Section ${i}\n----------`),
  'bullet items': blocks((i) => `- item ${i}`),
  'enumerated items': blocks((i) => `${i + 1}. item`),
  'definition items': blocks((i) => `term ${i}\n   definition`),
  'field items': blocks((i) => `:field ${i}: body`),
  'option items': blocks((i) => `-o${i}  description`),
  'doctest blocks': blocks(() => '>>> 1 + 1\n2'),
  'line blocks': blocks(() => '| a\n| b'),
  'block quotes': blocks(() => '   quoted\n\n   -- someone'),
  'literal blocks': blocks(() => 'Code::\n\n   x = 1'),
  transitions: blocks(() => 'text\n\n----------'),
  comments: blocks((i) => `.. comment ${i}`),
  targets: blocks((i) => `.. _t${i}: https://x.org/${i}`),
  'chained internal targets': blocks((i) => `.. _c${i}:`, ''),
  'anonymous targets': blocks((i) => `__ https://x.org/${i}`),
  footnotes: blocks(() => '.. [#] note'),
  citations: blocks((i) => `.. [C${i}] citation`),
  'substitution definitions': blocks((i) => `.. |s${i}| replace:: x`),
  'grid tables': blocks(() => '+---+---+\n| a | b |\n+===+===+\n| c | d |\n+---+---+'),
  'grid-table tops with no table under them': blocks(() => '+---+---+\n| a'),
  'simple tables': blocks(() => '=== ===\na   b\n=== ==='),
  'rows of one simple table': (count) =>
    `=== ===\n${repeat(count, (i) => `a${i}  b`, '\n')}\n=== ===\n`,
  'rows of one grid table': (count) =>
    `+------+---+\n${repeat(count, (i) => `| a${String(i).padEnd(4)}| b |\n+------+---+`, '\n')}\n`,

  // Directives.
  admonitions: directive(() => '.. note:: text'),
  images: directive((i) => `.. image:: i${i}.png\n   :alt: alt\n   :target: https://x.org/${i}`),
  figures: directive((i) => `.. figure:: f${i}.png\n\n   Caption.\n\n   Legend.`),
  'code blocks': directive(() => '.. code-block:: python\n\n   x = 1'),
  'parsed literals': directive(() => '.. parsed-literal::\n\n   *a* `b <https://x.org>`_'),
  'list tables': directive(() => '.. list-table::\n\n   * - a\n     - b'),
  'csv tables': directive(() => '.. csv-table::\n\n   a, "b, c"'),
  'table directives': directive(() => '.. table:: T\n\n   === ===\n   a   b\n   === ==='),
  rubrics: directive(() => '.. rubric:: R'),
  topics: directive(() => '.. topic:: T\n\n   body'),
  containers: directive(() => '.. container::\n\n   body'),
  'version notes': directive((i) => `.. versionadded:: ${i}\n   explanation`),
  glossaries: directive((i) => `.. glossary::\n\n   term ${i}\n      definition`),
  'glossary entries': (count) =>
    `Title\n=====\n\n.. glossary::\n\n${repeat(count, (i) => `   term ${i}\n      definition`, '\n\n')}\n`,
  toctrees: directive((i) => `.. toctree::\n\n   doc${i}`),
  'object descriptions': directive((i) => `.. function:: f${i}(a, b)\n\n   Does things.`),
  'autodoc directives': directive((i) => `.. autoclass:: m.C${i}\n   :members:`),
  includes: directive((i) => `.. include:: file${i}.rst`),
  'unknown directives': directive((i) => `.. unknown${i % 50}:: x\n\n   body`),
  'default roles': directive(() => '.. default-role:: code\n\n`x`'),
  'local roles': directive((i) => `.. role:: r${i}(emphasis)\n\n:r${i}:\`x\``),
  'contents directives': directive(() => '.. contents::'),
  'sectnum directives': (count) =>
    `.. sectnum::\n\n${repeat(count, (i) => `Section ${i}\n=========`, '\n\n')}\n`,
  'image substitutions': directive(
    (i) => `|b${i}|\n\n.. |b${i}| image:: b.svg\n   :target: https://x.org/${i}`,
  ),
  'unicode substitutions': directive((i) => `x |u${i}| y\n\n.. |u${i}| unicode:: 0xA9\n   :trim:`),
};
