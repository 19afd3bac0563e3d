import type { Diagnostic, Inline, NotesDocument } from '../../document/model';
import { inlineText } from '../../document/text';
import type { ReaderContext, SubstitutionDefinition, SubstitutionUse } from '../block/context';
import { mergeTexts } from '../inline/merge-texts';
import { normalizeName } from '../inline/names';
import { undefinedSubstitution } from '../inline/substitution-reference';
import { addDiagnostics } from './diagnostics';
import { walkDocument } from './inline-walk';

/**
 * docutils' Substitutions transform (transforms/references.py): every `|name|` placeholder the
 * inline reader left is replaced by the content of the definition of that name (the exact name
 * first, then case-insensitively), wherever the definition stands in the document. Nested
 * references in a definition are replaced too; a circle of definitions is reported. `|name|_`
 * becomes a reference (to the target `name`) showing the definition's text.
 */
export function substitutions(doc: NotesDocument, context: ReaderContext): NotesDocument {
  if (context.substitutionUses.size === 0) return doc;
  const substituter = new Substituter(context);
  const resolved = walkDocument(doc, {
    inlines: (content) => substituter.replaceIn(content, []),
  });
  const found = substituter.diagnostics;
  return found.length === 0
    ? resolved
    : { ...resolved, diagnostics: addDiagnostics(resolved.diagnostics, found) };
}

class Substituter {
  readonly diagnostics: Diagnostic[] = [];
  /** Lower-cased names to the names as defined (docutils' substitution_names). */
  private readonly byLowerName = new Map<string, string>();

  constructor(private readonly context: ReaderContext) {
    for (const name of context.substitutions.keys()) {
      this.byLowerName.set(normalizeName(name), name);
    }
  }

  private definition(use: SubstitutionUse): SubstitutionDefinition | undefined {
    const defined = this.context.substitutions;
    return (
      defined.get(use.name) ?? defined.get(this.byLowerName.get(normalizeName(use.name)) ?? '')
    );
  }

  /** `content` with its placeholders replaced; `expanding` holds the definitions being expanded. */
  replaceIn(content: Inline[], expanding: readonly string[]): Inline[] {
    let out: Inline[] | null = null;
    for (let i = 0; i < content.length; i++) {
      const inline = content[i]!;
      const use = this.context.substitutionUses.get(inline);
      if (!use) {
        if (out) out.push(inline);
        continue;
      }
      out ??= content.slice(0, i);
      const definition = this.definition(use);
      if (!definition) {
        this.diagnostics.push(undefinedSubstitution(use));
        out.push({ type: 'text', text: use.raw });
        continue;
      }
      if (expanding.includes(definition.name)) {
        this.diagnostics.push({
          line: use.line,
          severity: 'error',
          message: `Circular substitution definition referenced: "${use.name}".`,
        });
        out.push({ type: 'text', text: use.raw });
        continue;
      }
      const replaced = this.replaceIn(definition.content, [...expanding, definition.name]);
      if (definition.ltrim) trimEnd(out);
      out.push(...this.asReference(replaced, use));
      if (definition.rtrim) {
        const next = content[i + 1];
        if (next?.type === 'text') {
          out.push({ type: 'text', text: next.text.trimStart() });
          i++;
        }
      }
    }
    return out ? mergeTexts(out) : content;
  }

  /** `|name|_` and `|name|__`: the substituted text as one reference. */
  private asReference(content: Inline[], use: SubstitutionUse): Inline[] {
    if (use.refend === '') return content;
    const text = inlineText(content);
    return use.refend === '__'
      ? [{ type: 'reference', text, url: null, anonymous: true }]
      : [{ type: 'reference', text, url: null, refname: normalizeName(use.name) }];
  }
}

/** The `ltrim` of `unicode`: spaces before the use go. */
function trimEnd(out: Inline[]): void {
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { type: 'text', text: last.text.trimEnd() };
}
