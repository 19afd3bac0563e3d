/**
 * The document model: what the reStructuredText reader produces and the concept-graph builder
 * consumes. It mirrors the part of docutils' doctree that study notes use, with a source line on
 * every element so that diagnostics and the node panel can point back into the notes.
 *
 * Plain data only (no classes, no functions) so it can be serialised to JSON, shipped to the
 * browser and compared with docutils' output in golden tests.
 *
 * Blocks nest at most MAX_NESTING (context.ts, 100) levels deep: the reader keeps anything deeper
 * as a literal block with a warning. Later stages may therefore recurse over blocks, and
 * JSON.stringify / structuredClone (which recurse too) always work on a document.
 */

/** docutils' system-message levels: INFO(1) WARNING(2) ERROR(3) SEVERE(4). */
export type Severity = 'info' | 'warning' | 'error' | 'severe';

/** A problem found in the notes. Lines are 1-based, like docutils' and every editor's. */
export interface Diagnostic {
  line: number;
  column?: number;
  severity: Severity;
  message: string;
}

/**
 * Inline content of a paragraph, term, title, ... docutils does not nest inline markup
 * (`*a **b** c*` is emphasis containing the text `a **b** c`), so only references nest text.
 */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'literal'; text: string }
  | { type: 'emphasis'; text: string }
  | { type: 'strong'; text: string }
  /** `text`, `text`:role: or :role:`text` (the default role is title-reference, shown as cite). */
  | { type: 'interpreted'; role: string; text: string }
  /**
   * A hyperlink: `text <url>`_, `text <url>`__, name_, `name`_, anonymous `name`__, or a
   * standalone URL. `url` is null until (or unless) references are resolved against targets;
   * `refname` is the normalised reference name for named references (docutils' whitespace-
   * normalised, lower-cased name), absent for embedded URLs and standalone URLs.
   */
  | {
      type: 'reference';
      text: string;
      url: string | null;
      refname?: string;
      anonymous?: boolean;
    };

export interface ListItem {
  line: number;
  blocks: Block[];
}

export interface DefinitionItem {
  line: number;
  /** Last line of the item (its definition included), for mapping a line back to a concept. */
  endLine: number;
  term: Inline[];
  classifiers: Inline[][];
  blocks: Block[];
}

export type Block =
  | { type: 'paragraph'; line: number; content: Inline[] }
  | { type: 'bulletList'; line: number; bullet: string; items: ListItem[] }
  | { type: 'enumeratedList'; line: number; enumtype: string; start: number; items: ListItem[] }
  | { type: 'definitionList'; line: number; items: DefinitionItem[] }
  | { type: 'fieldList'; line: number; fields: { line: number; name: Inline[]; blocks: Block[] }[] }
  | { type: 'blockQuote'; line: number; blocks: Block[]; attribution?: Inline[] }
  /** `::` blocks, and the content of directives the reader does not interpret. */
  | { type: 'literalBlock'; line: number; text: string }
  /** note, warning, tip, ... and the generic `admonition` with its own title. */
  | { type: 'admonition'; line: number; name: string; title: Inline[]; blocks: Block[] }
  | { type: 'comment'; line: number; text: string }
  /** `.. _name: url` and `__ url`. Kept as a block so that nothing in the notes is lost. */
  | {
      type: 'target';
      line: number;
      /** docutils' normalised name (whitespace collapsed, lower-cased); null when anonymous. */
      name: string | null;
      anonymous: boolean;
      url: string | null;
      /** Indirect targets (`.. _a: b_`) point at another reference name instead of a URL. */
      refname?: string;
    }
  | { type: 'transition'; line: number }
  | Section;

export interface Section {
  type: 'section';
  line: number;
  endLine: number;
  /** 1 = child of the document (after title promotion), as in rst_oracle.py. */
  level: number;
  title: Inline[];
  /** Everything inside the section, subsections included, in document order. */
  blocks: Block[];
}

export interface RstDocument {
  /** Promoted from a lone top-level section (docutils' DocTitle transform), else null. */
  title: Inline[] | null;
  titleLine: number | null;
  subtitle: Inline[] | null;
  subtitleLine: number | null;
  blocks: Block[];
  /** Number of lines in the source (after newline normalisation). */
  lineCount: number;
  diagnostics: Diagnostic[];
}
