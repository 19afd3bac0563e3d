import type { Block, Diagnostic, Inline } from '../../document/model';
import type { LineView, Source } from '../source/source';

/**
 * Reads a run of lines as a nested body at `depth`. Given to every block state by the block
 * parser (markdown-it's `state.md.block`), so that rules can read nested bodies without
 * importing the parser that imports them.
 */
export type NestedReader = (
  context: ReaderContext,
  lines: readonly LineView[],
  depth: number,
) => Block[];

/** A role defined by the notes themselves (`.. role:: name(base)`, docutils' local roles). */
interface LocalRole {
  /** The canonical name of the role it is based on, or null for docutils' generic role. */
  base: string | null;
}

/** What interpreted text needs to know of the document so far (docutils' memo and roles). */
interface RoleScope {
  /** The role of `` `text` `` without a role (`.. default-role::`); null: title-reference. */
  defaultRole: string | null;
  /** Roles the notes define with `.. role::`, by lower-cased name. */
  readonly local: Map<string, LocalRole>;
}

/** A substitution definition (`.. |name| replace:: ...`), as the Substitutions transform uses it. */
export interface SubstitutionDefinition {
  /** Name as written, whitespace-normalised (docutils' whitespace_normalize_name). */
  name: string;
  line: number;
  content: Inline[];
  /** `:ltrim:` / `:rtrim:` / `:trim:` of `unicode`: spaces around a use are removed. */
  ltrim: boolean;
  rtrim: boolean;
}

/** A substitution reference `|name|` waiting for its definition, found in a text block. */
export interface SubstitutionUse {
  /** Whitespace-normalised name between the bars. */
  name: string;
  /** The source as written (`|name|_`): what is shown if no definition is found. */
  raw: string;
  /** `|name|_` is also a reference to a target named `name`; `|name|__` an anonymous one. */
  refend: '' | '_' | '__';
  line: number;
}

/** `.. sectnum::` options (docutils' SectNum transform reads them after the parse). */
export interface SectionNumbering {
  depth: number;
  start: number;
  prefix: string;
  suffix: string;
}

/**
 * What the whole read shares: the lines, the diagnostics, docutils' memo of title styles, and
 * what later parts or the transforms need of earlier ones (the document's roles, its
 * substitution definitions, the targets its directives name).
 */
export interface ReaderContext {
  readonly source: Source;
  readonly diagnostics: Diagnostic[];
  /** Adornment styles in order of first appearance: index + 1 = section level (docutils memo). */
  readonly titleStyles: string[];
  readonly readNested: NestedReader;
  /**
   * Reads a run of lines where section titles are allowed (Sphinx's `only` reads its content
   * so): the blocks, its sections among them, with the title styles it meets noted in the
   * context it is given.
   */
  readonly readWithTitles: NestedReader;
  /** Messages given once per file (an unknown role is named once, not at every use). */
  readonly said: Set<string>;
  readonly roles: RoleScope;
  /** Definitions by whitespace-normalised name, the last one of a name kept (as docutils). */
  readonly substitutions: Map<string, SubstitutionDefinition>;
  /**
   * Substitution references by their placeholder inline: the inline parser puts a placeholder
   * where `|name|` stands, and the Substitutions transform replaces it, by identity.
   */
  readonly substitutionUses: Map<Inline, SubstitutionUse>;
  /** Images whose `:target:` names a target (`:target: name_`), resolved with the references. */
  readonly imageTargetNames: Map<Block, string>;
  /**
   * Target blocks a directive's `:name:` option put before its element: they name the element
   * (docutils puts the name on the element itself), so they need no reference of their own.
   */
  readonly elementTargets: Set<Block>;
  /**
   * Where Sphinx's object descriptions are: the current Python module (`.. module::`,
   * `.. currentmodule::`) and the classes being described around (a method in a class's
   * content), which name the objects described (`requests.Session.get`).
   */
  readonly objects: { module: string | null; readonly classes: string[] };
  /** Set by `.. sectnum::`. */
  sectionNumbering: SectionNumbering | null;
}

/** A fresh context for reading `source`. */
export function newReaderContext(
  source: Source,
  readNested: NestedReader,
  readWithTitles: NestedReader = readNested,
): ReaderContext {
  return {
    source,
    diagnostics: [],
    titleStyles: [],
    readNested,
    readWithTitles,
    said: new Set(),
    roles: { defaultRole: null, local: new Map() },
    substitutions: new Map(),
    substitutionUses: new Map(),
    imageTargetNames: new Map(),
    elementTargets: new Set(),
    objects: { module: null, classes: [] },
    sectionNumbering: null,
  };
}
