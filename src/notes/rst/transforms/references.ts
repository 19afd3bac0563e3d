import type { Block, Diagnostic, Inline, NotesDocument } from '../../document/model';
import { mergeTexts } from '../inline/merge-texts';
import { makeId, normalizeName } from '../inline/names';
import { visitDocument, walkDocument } from './inline-walk';
import type { ReaderContext } from '../block/context';

type Reference = Extract<Inline, { type: 'reference' }>;

/** A name a reference can point at: a target block, an embedded `<url>`, a section title. */
interface NamedTarget {
  explicit: boolean;
  /** Where it points: a URL, another name (`.. _a: b_`), or null when the name is ambiguous. */
  url: string | null;
  alias?: string;
  /** Set when two targets claim the name (docutils' dupnames): references to it are errors. */
  duplicate: boolean;
  referenced: boolean;
  /** A target block must be referenced (docutils reports the others at INFO level). */
  block?: { line: number; name: string };
}

const MAX_ALIAS_HOPS = 32;

/**
 * Resolves named and anonymous references against the document's targets, the way docutils'
 * references transforms do (transforms/references.py), and reports what does not resolve.
 * Returns a new document; unresolved references keep url null and show their source text.
 */
export function resolveReferences(doc: NotesDocument, context: ReaderContext): NotesDocument {
  const resolver = new Resolver(context.imageTargetNames, context.elementTargets);
  resolver.collect(doc);
  const resolved = resolver.resolve(doc);
  // docutils may place a message without a line just after the last line; keep every
  // diagnostic on a line of the notes so that it can be shown there.
  const lastLine = Math.max(1, doc.lineCount);
  const diagnostics = [...doc.diagnostics, ...resolver.diagnostics]
    .map((diagnostic) =>
      diagnostic.line > lastLine ? { ...diagnostic, line: lastLine } : diagnostic,
    )
    .map((diagnostic, index) => ({ diagnostic, index }))
    .sort((a, b) => a.diagnostic.line - b.diagnostic.line || a.index - b.index)
    .map(({ diagnostic }) => diagnostic);
  return { ...resolved, diagnostics };
}

class Resolver {
  readonly diagnostics: Diagnostic[] = [];
  private readonly names = new Map<string, NamedTarget>();
  private readonly ids = new Set<string>();
  private readonly idCounters = new Map<string, number>();
  private readonly anonymousTargets: { url: string | null; alias?: string }[] = [];
  private anonymousReferences = 0;
  /** Some inline list has a reference to resolve (or texts to merge): resolve() must walk. */
  private unsettled = false;
  /** Labels named by Sphinx's `:ref:` and `:numref:`. */
  private readonly labelled = new Set<string>();
  /** `text <url>`_ references already counted as naming their target. */
  private readonly namedEmbedded = new Set<Inline>();

  constructor(
    private readonly imageTargetNames: ReadonlyMap<Block, string>,
    /** Targets that name the element after them (`:name:`): never reported as unreferenced. */
    private readonly elementTargets: ReadonlySet<Block>,
  ) {
    if (imageTargetNames.size > 0) this.unsettled = true;
  }

  private report(line: number, severity: Diagnostic['severity'], message: string): void {
    this.diagnostics.push({ line, severity, message });
  }

  /** docutils' set_id: an id from the name, made unique, or `<tag>-N` for names without one. */
  private allocateId(name: string, tag: string): string {
    const base = makeId(name);
    if (base && !this.ids.has(base)) {
      this.ids.add(base);
      return base;
    }
    const prefix = base ? `${base}-` : `${tag}-`;
    let id: string;
    do {
      const count = (this.idCounters.get(prefix) ?? 0) + 1;
      this.idCounters.set(prefix, count);
      id = `${prefix}${count}`;
    } while (this.ids.has(id));
    this.ids.add(id);
    return id;
  }

  /** docutils' set_name_id_map: how a second target with the same name is treated. */
  private define(name: string, target: NamedTarget, line: number): void {
    const existing = this.names.get(name);
    if (!existing) {
      this.names.set(name, target);
      return;
    }
    if (existing.explicit && target.explicit) {
      const same = !existing.duplicate && existing.url !== null && existing.url === target.url;
      const message = `Duplicate explicit target name: "${name}".`;
      this.report(line, same ? 'info' : 'warning', message);
      if (!same) this.names.set(name, { ...existing, duplicate: true });
      return;
    }
    this.report(line, 'info', `Duplicate implicit target name: "${name}".`);
    if (target.explicit) this.names.set(name, target);
    else if (!existing.explicit) this.names.set(name, { ...existing, duplicate: true });
  }

  private defineSection(title: string, line: number): void {
    const name = normalizeName(title);
    const id = this.allocateId(name, 'section');
    // docutils reports a duplicate title at its underline.
    this.define(
      name,
      { explicit: false, url: `#${id}`, duplicate: false, referenced: true },
      line + 1,
    );
  }

  /** Target blocks and the block after each: where an internal target's chain leads. */
  private readonly nextOfTarget = new Map<Block, Block | undefined>();
  /** Internal targets that stand right before another target (docutils' PropagateTargets). */
  private readonly chained: { block: Block; target: NamedTarget; next: Block }[] = [];

  private defineTargetBlock(
    block: Extract<Block, { type: 'target' }>,
    next: Block | undefined,
  ): void {
    this.nextOfTarget.set(block, next);
    const alias = block.refname;
    if (block.anonymous || block.name === null) {
      this.anonymousTargets.push({ url: block.url, alias });
      return;
    }
    const name = normalizeName(block.name);
    const id = this.allocateId(name, 'target');
    const target: NamedTarget = {
      explicit: true,
      url: block.url ?? (alias === undefined ? `#${id}` : null),
      alias,
      duplicate: false,
      referenced: this.elementTargets.has(block),
      block: { line: block.line, name },
    };
    if (block.url === null && alias === undefined && next?.type === 'target') {
      this.chained.push({ block, target, next });
    }
    this.define(name, target, block.line);
  }

  /**
   * docutils' PropagateTargets: an internal target (`.. _a:`) hands its name to the next
   * element; when that is another target, the name goes on along the chain. A chain of internal
   * targets that ends at an element leaves each name its own id (both lead to that element); one
   * that ends at an external or indirect target (`.. _b: https://...`) gives every name in it
   * that target's URL.
   */
  private followChains(): void {
    // Where each chain ends, from the last target of the document up: each target is looked at
    // once, however long the chains (a page of `.. _a:` lines is one chain).
    const ends = new Map<Block, Block | undefined>();
    for (let k = this.chained.length - 1; k >= 0; k--) {
      const { block, target, next } = this.chained[k]!;
      const end = isInternalTarget(next) ? (ends.has(next) ? ends.get(next) : next) : next;
      ends.set(block, end);
      if (end?.type !== 'target' || (end.url === null && end.refname === undefined)) continue;
      if (target.duplicate) continue;
      // Through the end target's name, so that it counts as referenced too.
      target.url = end.name === null ? end.url : null;
      target.alias = end.name === null ? end.refname : normalizeName(end.name);
    }
  }

  /** `` _`name` ``: an explicit target where it stands. */
  private defineInlineTarget(name: string, line: number): void {
    const id = this.allocateId(name, 'target');
    this.define(
      name,
      { explicit: true, url: `#${id}`, duplicate: false, referenced: false, block: { line, name } },
      line,
    );
  }

  /**
   * docutils reports an anonymous mismatch without a line; its reporter then gives the line
   * after the document's last paragraph, or none. We use the end of the document for "none".
   */
  private mismatchLine(doc: NotesDocument): number {
    const last = doc.blocks[doc.blocks.length - 1];
    if (last?.type === 'paragraph') return last.line + lineCount(textOf(last.content));
    return Math.max(1, doc.lineCount);
  }

  collect(doc: NotesDocument): void {
    if (doc.title) this.defineSection(textOf(doc.title), doc.titleLine ?? 1);
    if (doc.subtitle) this.defineSection(textOf(doc.subtitle), doc.subtitleLine ?? 1);
    visitDocument(doc, {
      block: (block, next) => {
        if (block.type === 'section') this.defineSection(textOf(block.title), block.line);
        if (block.type === 'target') this.defineTargetBlock(block, next);
      },
      inlines: (content, line) => {
        if (!this.unsettled && !isSettled(content)) this.unsettled = true;
        // The line after the block, measured once per block (not once per reference in it:
        // a paragraph of 16,000 `text <url>`_ would be measured 16,000 times).
        let afterBlock = -1;
        for (const inline of content) {
          if (inline.type === 'target') {
            this.defineInlineTarget(inline.name, line);
            continue;
          }
          if (inline.type === 'crossReference') {
            // A label a Sphinx `:ref:` names is referenced, though not by docutils' references.
            if (inline.via === 'ref' || inline.via === 'numref') this.labelled.add(inline.target);
            continue;
          }
          if (inline.type !== 'reference') continue;
          if (inline.url !== null && inline.refname && !inline.anonymous) {
            // A definition's text substituted in several places names its target once.
            if (this.namedEmbedded.has(inline)) continue;
            this.namedEmbedded.add(inline);
            // `text <url>`_ names a target `text` (docutils' phrase_ref).
            this.allocateId(inline.refname, 'target');
            // Reported while docutils reads the block, at the line after it.
            if (afterBlock < 0) afterBlock = line + lineCount(textOf(content));
            this.define(
              inline.refname,
              { explicit: true, url: inline.url, duplicate: false, referenced: true },
              afterBlock,
            );
          } else if (inline.url === null && inline.anonymous) {
            this.anonymousReferences++;
          }
        }
        return content;
      },
    });
    this.followChains();
    for (const label of this.labelled) {
      const target = this.names.get(label);
      if (target) target.referenced = true;
    }
  }

  resolve(doc: NotesDocument): NotesDocument {
    const anonymousOk = this.anonymousReferences === this.anonymousTargets.length;
    if (!anonymousOk && (this.anonymousReferences > 0 || this.anonymousTargets.length > 0)) {
      this.report(
        this.mismatchLine(doc),
        'error',
        // docutils adds 'See "backrefs" attribute for IDs.', which speaks of its own internals.
        `Anonymous hyperlink mismatch: ${this.anonymousReferences} references but ${this.anonymousTargets.length} targets. Each \`text\`__ needs its own "__ URL" target, in the same order.`,
      );
    }
    let anonymousIndex = 0;
    // Nothing to resolve (all links embed their URL, or there are none): the walk would
    // return the document unchanged.
    const resolved = !this.unsettled
      ? doc
      : walkDocument(doc, {
          inlines: (content, line) =>
            isSettled(content)
              ? content
              : mergeTexts(
                  content.map((inline): Inline => {
                    if (inline.type !== 'reference' || inline.url !== null) return inline;
                    if (inline.anonymous) {
                      const target = anonymousOk
                        ? this.anonymousTargets[anonymousIndex++]
                        : undefined;
                      const url = target ? this.follow(target) : null;
                      return url === null ? unresolved(inline) : { ...inline, url };
                    }
                    if (inline.refname === undefined) return inline;
                    const url = this.lookUp(inline.refname, line);
                    return url === null ? unresolved(inline) : { ...inline, url };
                  }),
                ),
          // An image whose `:target:` names a target (`:target: name_`) leads where it points.
          leave: (original, walked) => {
            const name = this.imageTargetNames.get(original);
            if (name === undefined || walked.type !== 'image') return walked;
            return { ...walked, target: this.lookUp(name, walked.line) };
          },
        });
    for (const target of new Set(this.names.values())) {
      if (target.block && !target.referenced && !target.duplicate) {
        this.report(
          target.block.line,
          'info',
          `Hyperlink target "${target.block.name}" is not referenced.`,
        );
      }
    }
    return resolved;
  }

  /** The URL a name resolves to, following aliases; reports unknown and ambiguous names. */
  private lookUp(refname: string, line: number): string | null {
    const target = this.names.get(refname);
    if (!target) {
      this.report(line, 'error', `Unknown target name: "${refname}".`);
      return null;
    }
    if (target.duplicate) {
      this.report(
        line,
        'error',
        `Duplicate target name, cannot be used as a unique reference: "${refname}".`,
      );
      return null;
    }
    target.referenced = true;
    return this.follow(target);
  }

  /** Follows `.. _a: b_` aliases to a URL (null when the chain breaks or loops). */
  private follow(target: { url: string | null; alias?: string }): string | null {
    let current = target;
    for (let hop = 0; hop < MAX_ALIAS_HOPS; hop++) {
      if (current.url !== null || current.alias === undefined) return current.url;
      const next = this.names.get(current.alias);
      if (!next || next.duplicate) return null;
      next.referenced = true;
      current = next;
    }
    return null;
  }
}

/** `.. _name:` with nothing after it: a target that names the element after it. */
function isInternalTarget(block: Block | undefined): boolean {
  return (
    block?.type === 'target' &&
    block.name !== null &&
    block.url === null &&
    block.refname === undefined
  );
}

function textOf(content: readonly Inline[]): string {
  let text = '';
  for (const inline of content) text += inline.text;
  return text;
}

function lineCount(text: string): number {
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/**
 * Nothing left to resolve and no adjacent texts to merge: resolution would copy the list
 * unchanged, so most inline lists (prose without links) are kept as they are.
 */
function isSettled(content: readonly Inline[]): boolean {
  for (let i = 0; i < content.length; i++) {
    const inline = content[i]!;
    if (inline.type === 'reference' && inline.url === null) return false;
    if (inline.type === 'text' && i > 0 && content[i - 1]!.type === 'text') return false;
  }
  return true;
}

/** Simple reference names (`name_`) need no backquotes in the source. */
const SIMPLE_NAME = /^[\p{L}\p{N}]+(?:[-._+:][\p{L}\p{N}]+)*$/u;

/**
 * docutils replaces an unresolved reference by its source text (a "problematic" node, not a
 * link), so it becomes text here too.
 */
function unresolved(reference: Reference): Inline {
  const suffix = reference.anonymous ? '__' : '_';
  const text = SIMPLE_NAME.test(reference.text)
    ? reference.text + suffix
    : `\`${reference.text}\`${suffix}`;
  return { type: 'text', text };
}
