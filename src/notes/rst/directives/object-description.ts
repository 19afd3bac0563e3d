import type { Block } from '../../document/model';
import type { BlockState } from '../block/state';
import { withSpec, type Directive, type DirectiveCall } from './directive';
import type { DirectiveSpec } from './directive-block';

/*
 * Sphinx's object descriptions (sphinx/directives/__init__.py ObjectDescription and the
 * domains' directives: `.. function:: get(url)`, `.. py:class:: Session`, `.. c:function::`,
 * `.. option:: -v`...) and autodoc's `.. autoclass:: requests.Session` (which would import the
 * code: here only its name is known). Each described object is a concept, named by its full
 * name, with its signature and its content.
 */

const OBJECT: DirectiveSpec = {
  requiredArguments: 1,
  optionalArguments: 0,
  finalArgumentWhitespace: true,
  hasContent: true,
  options: 'any',
};

/** Sphinx's `\` at a line's end joins it with the next; each remaining line is a signature. */
function signatures(argument: string): string[] {
  return argument
    .replace(/\\\n/gu, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * The name a signature declares, without its arguments. Python and JavaScript (py_sig_re):
 * the dotted name before `(`, `[` or ` -> `; C and C++: the last name before the parameter
 * list (after the return type, `*` and `&`); options: the first option; others: as written.
 */
function declaredName(domain: string, objectType: string, signature: string): string {
  if (domain === 'py' || domain === 'js') {
    const match = /^([\w.]*\.)?(\w+)/u.exec(signature);
    return match ? `${match[1] ?? ''}${match[2]!}` : signature;
  }
  if (domain === 'c' || domain === 'cpp') {
    let text = signature.replace(/^template\s*<[^>]*>\s*/u, '');
    const paren = topLevelParen(text);
    if (paren >= 0 && objectType !== 'macro') text = text.slice(0, paren);
    else if (paren >= 0) return text.slice(0, paren).trim();
    text = text
      .replace(/\s*=.*$/u, '')
      .replace(/\[.*\]$/u, '')
      .trim();
    const words = text.split(/[\s*&]+/u).filter(Boolean);
    return words[words.length - 1] ?? signature;
  }
  if (domain === 'std' && (objectType === 'option' || objectType === 'cmdoption')) {
    return signature.split(/[\s,=[]/u)[0] ?? signature;
  }
  return signature;
}

/** Index of the first `(` outside `<...>` (a C++ template argument list), or -1. */
function topLevelParen(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '<') depth++;
    else if (char === '>') depth = Math.max(0, depth - 1);
    else if (char === '(' && depth === 0) return i;
  }
  return -1;
}

/** PyObject.handle_signature: the full name from the current module and class. */
function pythonFullName(state: BlockState, name: string, moduleOption: string | undefined): string {
  const { objects } = state.context;
  const module = moduleOption ?? objects.module;
  const cls = objects.classes[objects.classes.length - 1];
  let full = name;
  if (cls) {
    full = name === cls || name.startsWith(`${cls}.`) ? name : `${cls}.${name}`;
  }
  return module && !full.startsWith(`${module}.`) ? `${module}.${full}` : full;
}

/** Object types whose content describes members (Python classes, exceptions, JS classes). */
const CLASSLIKE = new Set(['class', 'exception']);

/**
 * A described object: `domain` and `objectType` say what it is; the first signature names the
 * concept, and every signature is shown.
 */
function describe(domain: string, objectType: string, autodoc = false): Directive {
  return withSpec(OBJECT, (state, call, { arguments: [argument], options, content }) => {
    const all = signatures(argument!);
    const first = all[0] ?? argument!;
    let name = declaredName(domain, objectType, first);
    if (domain === 'py' && !autodoc) name = pythonFullName(state, name, options.get('module'));
    const { classes } = state.context.objects;
    const pushed = domain === 'py' && CLASSLIKE.has(objectType);
    if (pushed) classes.push(name.split('.').pop()!);
    let blocks: Block[];
    try {
      blocks = state.nested(content);
    } finally {
      if (pushed) classes.pop();
    }
    const last = content[content.length - 1];
    state.emit({
      type: 'objectDescription',
      line: call.line,
      endLine: last ? state.source.lineNumber(last) : call.line,
      domain,
      objectType,
      name,
      signature: all.join('\n'),
      blocks,
    });
  });
}

/** `.. module:: name` / `.. currentmodule:: name`: the module the next descriptions are in. */
function moduleDirective(showContent: boolean): Directive {
  return withSpec(
    { ...OBJECT, hasContent: showContent },
    (state, _call: DirectiveCall, { arguments: [module], content }) => {
      state.context.objects.module = module === 'None' ? null : (module ?? null);
      if (showContent) for (const block of state.nested(content)) state.emit(block);
    },
  );
}

/** Each domain's directives, by `domain:name` (sphinx/domains/*.py, `directives`). */
const DOMAIN_OBJECTS: Readonly<Record<string, readonly string[]>> = {
  py: [
    'function',
    'data',
    'class',
    'exception',
    'method',
    'classmethod',
    'staticmethod',
    'attribute',
    'property',
    'decorator',
    'decoratormethod',
  ],
  c: ['member', 'var', 'function', 'macro', 'struct', 'union', 'enum', 'enumerator', 'type'],
  cpp: [
    'class',
    'struct',
    'union',
    'function',
    'member',
    'var',
    'type',
    'concept',
    'enum',
    'enum-struct',
    'enum-class',
    'enumerator',
  ],
  js: ['function', 'method', 'class', 'data', 'attribute'],
  rst: ['directive', 'directive:option', 'role'],
  std: ['option', 'cmdoption', 'envvar', 'describe', 'object'],
};

/** autodoc's documenters (`.. autoclass::`...), by the object type they document. */
const AUTODOC = [
  'module',
  'class',
  'exception',
  'data',
  'function',
  'decorator',
  'method',
  'attribute',
  'property',
  'newtypedata',
  'newvarattribute',
];

/**
 * Every object-description directive, under each name it is known by: `py:function` and the
 * bare `function` (Python is Sphinx's default domain; std's names are known bare too).
 */
export const OBJECT_DIRECTIVES: readonly [string, Directive][] = [
  ...Object.entries(DOMAIN_OBJECTS).flatMap(([domain, types]) =>
    types.flatMap((type): [string, Directive][] => {
      const directive = describe(domain, type === 'cmdoption' ? 'option' : type);
      const bare = domain === 'py' || domain === 'std';
      return bare
        ? [
            [`${domain}:${type}`, directive],
            [type, directive],
          ]
        : [[`${domain}:${type}`, directive]];
    }),
  ),
  ...AUTODOC.map((type): [string, Directive] => [`auto${type}`, describe('py', type, true)]),
  ['module', moduleDirective(true)],
  ['py:module', moduleDirective(true)],
  ['currentmodule', moduleDirective(false)],
  ['py:currentmodule', moduleDirective(false)],
  ['js:module', moduleDirective(true)],
];
