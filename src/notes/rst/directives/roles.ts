import { isKnownRole } from '../roles/registry';
import { normalizeName } from '../inline/names';
import { withSpec, type Directive } from './directive';

/*
 * docutils' `default-role` and `role` (directives/misc.py): they change how interpreted text
 * reads in the rest of the document.
 */

/** `.. default-role:: name`: `` `text` `` takes that role from here on (none: title-reference). */
export const defaultRoleDirective: Directive = withSpec(
  {
    requiredArguments: 0,
    optionalArguments: 1,
    finalArgumentWhitespace: false,
    hasContent: false,
    options: [],
  },
  (state, call, { arguments: [name] }) => {
    if (name === undefined) {
      state.context.roles.defaultRole = null;
      return;
    }
    if (!isKnownRole(name, state.context)) {
      state.report(call.line, 'error', `Unknown interpreted text role "${name}".`);
      return;
    }
    state.context.roles.defaultRole = normalizeName(name);
  },
);

/**
 * `.. role:: name` or `.. role:: name(base)`: a role of the notes' own, shown as its base role
 * does (docutils' generic role, text in a span, when there is no base).
 */
export const roleDirective: Directive = (state, call) => {
  const first = call.argumentLines
    .map((view) => state.source.text(view))
    .join(' ')
    .trim();
  const match = /^([\w][\w.:+-]*)\s*(?:\(\s*([\w][\w.:+-]*)\s*\))?\s*$/u.exec(first);
  if (!match) {
    state.report(
      call.line,
      'error',
      first
        ? `Invalid argument for "role" directive:\n"${first}".`
        : '"role" directive arguments not valid role names: "".',
    );
    return;
  }
  const [, name, base] = match;
  if (base !== undefined && !isKnownRole(base, state.context)) {
    state.report(call.line, 'error', `Unknown interpreted text role "${base}".`);
    return;
  }
  state.context.roles.local.set(normalizeName(name!), {
    base: base === undefined ? null : normalizeName(base),
  });
};
