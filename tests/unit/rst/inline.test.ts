import { describe, expect, test } from 'vitest';
import { parseInlines } from '../../../src/notes/rst';
import type { Inline } from '../../../src/notes/document/model';

/*
 * Inline markup, case by case, as docutils reads it (each expectation was checked with
 * rst_oracle.py on a one-paragraph file).
 */

const text = (value: string): Inline => ({ type: 'text', text: value });
const em = (value: string): Inline => ({ type: 'emphasis', text: value });
const strong = (value: string): Inline => ({ type: 'strong', text: value });
const lit = (value: string): Inline => ({ type: 'literal', text: value });
const link = (value: string, url: string): Inline => ({ type: 'reference', text: value, url });

const read = (source: string) => parseInlines(source, 10).content;

describe('emphasis, strong, literal', () => {
  test.each<[string, Inline[]]>([
    ['*a* **b** ``c``', [em('a'), text(' '), strong('b'), text(' '), lit('c')]],
    ['***foo***', [strong('*foo*')]],
    ['*a\nb* c', [em('a\nb'), text(' c')]],
    // No nesting: the first valid end-string closes the emphasis (`*` before a space).
    ['*a **b** c*', [em('a **b*'), text(' c*')]],
    ['``*not emphasis*``', [lit('*not emphasis*')]],
    ['x*y*z and x``y``z', [text('x*y*z and x``y``z')]],
    [
      '(*a*) "*b*" -*c*- /*d*/',
      [
        text('('),
        em('a'),
        text(') "'),
        em('b'),
        text('" -'),
        em('c'),
        text('- /'),
        em('d'),
        text('/'),
      ],
    ],
  ])('%j', (source, expected) => {
    expect(read(source)).toEqual(expected);
  });

  test('a start-string must follow whitespace or an opening/delimiting punctuation', () => {
    expect(read('a.*b* a!*c*')).toEqual([text('a.*b* a!*c*')]);
  });

  test('an end-string must be followed by whitespace or closing punctuation', () => {
    expect(read('*a*b c*')).toEqual([em('a*b c')]);
    expect(read('*a*. *b*, *c*)')).toEqual([
      em('a'),
      text('. '),
      em('b'),
      text(', '),
      em('c'),
      text(')'),
    ]);
  });

  test('quoted start-strings are not markup and give no warning', () => {
    const { content, diagnostics } = parseInlines(`'*' "*" (*) [*] «*» ‘*’ and *`, 1);
    expect(content).toEqual([text(`'*' "*" (*) [*] «*» ‘*’ and *`)]);
    expect(diagnostics).toEqual([]);
  });
});

describe('Japanese text (kana and kanji are letters, CJK punctuation is punctuation)', () => {
  test.each<[string, Inline[]]>([
    ['日本語*強調*です', [text('日本語*強調*です')]],
    ['日本語 *強調* です', [text('日本語 '), em('強調'), text(' です')]],
    ['、*強調*。', [text('、'), em('強調'), text('。')]],
    ['「*強調*」', [text('「'), em('強調'), text('」')]],
    ['（**強い**）', [text('（'), strong('強い'), text('）')]],
    ['ひらがな``lit``カタカナ', [text('ひらがな``lit``カタカナ')]],
    ['``kubectl`` のプラグイン', [lit('kubectl'), text(' のプラグイン')]],
  ])('%s', (source, expected) => {
    expect(read(source)).toEqual(expected);
  });
});

describe('backslash escapes', () => {
  test.each<[string, Inline[]]>([
    ['\\*not\\*', [text('*not*')]],
    ['*emph*\\ asis', [em('emph'), text('asis')]],
    ['*a\\*b*', [em('a*b')]],
    ['``e\\*f``', [lit('e\\*f')]],
    ['``C:\\``', [lit('C:\\')]],
    // An escaped backslash is a plain character, not a delimiter before a start-string.
    ['\\\\*g*', [text('\\*g*')]],
  ])('%j', (source, expected) => {
    expect(read(source)).toEqual(expected);
  });
});

describe('interpreted text and roles', () => {
  test.each<[string, Inline[]]>([
    ['`title`', [{ type: 'interpreted', role: 'title-reference', text: 'title' }]],
    [':sub:`x`', [{ type: 'interpreted', role: 'subscript', text: 'x' }]],
    [':emphasis:`e` `s`:strong:', [em('e'), text(' '), strong('s')]],
    [':literal:`a\\*b` :code:`c\\*`', [lit('a*b'), text(' '), lit('c\\*')]],
    [':pep:`8`', [link('PEP 8', 'https://peps.python.org/pep-0008')]],
  ])('%j', (source, expected) => {
    expect(read(source)).toEqual(expected);
  });

  test('an unknown role shows its text, and is named once (an info), in plain words', () => {
    const { content, diagnostics } = parseInlines(':foo:`x` and :foo:`y` and :bar:`z`', 3);
    expect(content).toEqual([
      { type: 'interpreted', role: 'foo', text: 'x' },
      text(' and '),
      { type: 'interpreted', role: 'foo', text: 'y' },
      text(' and '),
      { type: 'interpreted', role: 'bar', text: 'z' },
    ]);
    expect(diagnostics.map((d) => [d.line, d.severity, d.message])).toEqual([
      [3, 'info', expect.stringMatching(/^Unknown role ":foo:"/)],
      [3, 'info', expect.stringMatching(/^Unknown role ":bar:"/)],
    ]);
    // Never docutils' internals.
    expect(diagnostics.map((d) => d.message).join('\n')).not.toMatch(
      /docutils\.parsers|canonical role/,
    );
  });

  test('a role that cannot work shows its text (never its :role: and backquotes), with a message', () => {
    const cases: [string, string, string][] = [
      [':raw:`<b>x</b>`', '<b>x</b>', 'warning'],
      [':uri:`x`', 'x', 'error'],
      [':pep:`abc`', 'abc', 'error'],
      [':emphasis:`both`:strong:', 'both', 'warning'],
    ];
    for (const [source, shown, severity] of cases) {
      const { content, diagnostics } = parseInlines(source, 1);
      expect(content, source).toEqual([text(shown)]);
      expect(
        diagnostics.map((d) => d.severity),
        source,
      ).toEqual([severity]);
    }
  });

  // A role table kept in a plain object would find Object.prototype's own `constructor`.
  test('a role named after an Object property is unknown too', () => {
    const { content, diagnostics } = parseInlines(':constructor:`x`', 3);
    expect(content).toEqual([{ type: 'interpreted', role: 'constructor', text: 'x' }]);
    expect(diagnostics.map((d) => [d.line, d.severity])).toEqual([[3, 'info']]);
  });
});

describe('references', () => {
  test.each<[string, Inline[]]>([
    [
      '`Kubernetes <https://kubernetes.io/>`_',
      [
        {
          type: 'reference',
          text: 'Kubernetes',
          url: 'https://kubernetes.io/',
          refname: 'kubernetes',
        },
      ],
    ],
    [
      '`a <https://x.y/a>`__',
      [{ type: 'reference', text: 'a', url: 'https://x.y/a', anonymous: true }],
    ],
    [
      '`<https://x.y/alone>`_',
      [
        {
          type: 'reference',
          text: 'https://x.y/alone',
          url: 'https://x.y/alone',
          refname: 'https://x.y/alone',
        },
      ],
    ],
    ['`m <a@b.cd>`__', [{ type: 'reference', text: 'm', url: 'mailto:a@b.cd', anonymous: true }]],
    [
      '`w <https://x.y/very\n  long>`__',
      [{ type: 'reference', text: 'w', url: 'https://x.y/verylong', anonymous: true }],
    ],
    [
      '`s <https://x.y/a\\ b>`__',
      [{ type: 'reference', text: 's', url: 'https://x.y/a b', anonymous: true }],
    ],
    ['name_', [{ type: 'reference', text: 'name', url: null, refname: 'name' }]],
    [
      '`Multi   Word`_',
      [{ type: 'reference', text: 'Multi   Word', url: null, refname: 'multi word' }],
    ],
    ['a_b_ x_y', [{ type: 'reference', text: 'a_b', url: null, refname: 'a_b' }, text(' x_y')]],
    [
      'anon__ `phrase`__',
      [
        { type: 'reference', text: 'anon', url: null, anonymous: true },
        text(' '),
        { type: 'reference', text: 'phrase', url: null, anonymous: true },
      ],
    ],
    ['`x <alias_>`_', [{ type: 'reference', text: 'x', url: null, refname: 'alias' }]],
  ])('%j', (source, expected) => {
    expect(read(source)).toEqual(expected);
  });
});

describe('standalone URIs', () => {
  test.each<[string, Inline[]]>([
    ['see http://a.b/c.', [text('see '), link('http://a.b/c', 'http://a.b/c'), text('.')]],
    [
      '(https://x.y/z?q=1#f)',
      [text('('), link('https://x.y/z?q=1#f', 'https://x.y/z?q=1#f'), text(')')],
    ],
    ['mail foo@bar.com,', [text('mail '), link('foo@bar.com', 'mailto:foo@bar.com'), text(',')]],
    ['mailto:a@b.c', [link('mailto:a@b.c', 'mailto:a@b.c')]],
    [
      '詳細は https://k8s.io/ja/ を',
      [text('詳細は '), link('https://k8s.io/ja/', 'https://k8s.io/ja/'), text(' を')],
    ],
    // docutils gives up on the whole text after a URI-like word with an unknown scheme.
    ['foo:bar http://ex.com', [text('foo:bar http://ex.com')]],
  ])('%j', (source, expected) => {
    expect(read(source)).toEqual(expected);
  });
});

describe('problems', () => {
  test('unterminated markup warns at the first line of the block and keeps the text', () => {
    const { content, diagnostics } = parseInlines('one *a\ntwo **b\nthree ``c and `d', 7);
    expect(content).toEqual([text('one *a\ntwo **b\nthree ``c and `d')]);
    expect(diagnostics).toEqual([
      { line: 7, severity: 'warning', message: 'Inline emphasis start-string without end-string.' },
      { line: 7, severity: 'warning', message: 'Inline strong start-string without end-string.' },
      { line: 7, severity: 'warning', message: 'Inline literal start-string without end-string.' },
      {
        line: 7,
        severity: 'warning',
        message: 'Inline interpreted text or phrase reference start-string without end-string.',
      },
    ]);
  });

  test('an undefined substitution is an error; its source stays', () => {
    const { content, diagnostics } = parseInlines('a |Sub  Name| b', 2);
    expect(content).toEqual([text('a |Sub  Name| b')]);
    expect(diagnostics).toEqual([
      { line: 2, severity: 'error', message: 'Undefined substitution referenced: "Sub Name".' },
    ]);
  });

  test('both a role and a reference suffix is a warning', () => {
    const { diagnostics } = parseInlines(':emphasis:`y`_', 1);
    expect(diagnostics[0]?.message).toBe(
      'Mismatch: both interpreted text role prefix and reference suffix.',
    );
  });
});

describe('hostile input stays linear and never throws', () => {
  test.each([
    ['60,000 unterminated emphasis', '*a '.repeat(60_000)],
    ['one 200 kB hyphenated name', 'a-'.repeat(100_000)],
    ['roles that never close', ':a'.repeat(100_000)],
    ['URI-like runs', 'a:b/'.repeat(50_000)],
    ['e-mail-like runs', 'a-a@'.repeat(50_000)],
    ['a 20,000-character line', 'x'.repeat(20_000)],
  ])('%s', (_name, source) => {
    const { content } = parseInlines(source, 1);
    // Nothing is lost: the text read back is the source (no markup can close here).
    expect(content.map((inline) => inline.text).join('')).toBe(source);
  });

  test('200 kB of backquotes or asterisks is one literal or strong (the first and last two close)', () => {
    expect(parseInlines('`'.repeat(200_000), 1).content).toEqual([lit('`'.repeat(199_996))]);
    expect(parseInlines('*'.repeat(200_000), 1).content).toEqual([strong('*'.repeat(199_996))]);
  });

  test('60,000 unterminated start-strings give 60,000 warnings', () => {
    expect(parseInlines('*a '.repeat(60_000), 1).diagnostics).toHaveLength(60_000);
  });
});
