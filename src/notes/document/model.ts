/**
 * The document model: what every notes reader produces (reStructuredText in src/notes/rst,
 * Markdown in src/notes/markdown) and what everything after the reader consumes. Nothing here
 * knows which format the notes were written in: a reader maps its syntax onto these elements
 * (readers.ts chooses the reader by file extension). It mirrors the part of docutils' doctree
 * (and of mdast) that study notes use, with a source line on every element so that diagnostics
 * and the node panel can point back into the notes.
 *
 * Plain data only (no classes, no functions) so it can be serialised to JSON, shipped to the
 * browser and compared with docutils' output in golden tests.
 *
 * Blocks nest at most MAX_NESTING (100) levels deep: readers keep anything deeper as a literal
 * block with a warning. Later stages may therefore recurse over blocks, and JSON.stringify /
 * structuredClone (which recurse too) always work on a document. Walks go through visit.ts,
 * whose exhaustive switches make a new element kind impossible to skip silently.
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
  /**
   * Code: ``literal`` text, and the roles a Sphinx build shows as code (`:func:`, `:file:`,
   * `:math:`, ...), whose name is kept in `role` so the panel can style them.
   */
  | { type: 'literal'; text: string; role?: string }
  | { type: 'emphasis'; text: string }
  | { type: 'strong'; text: string }
  /** A key or key combination (`:kbd:`). */
  | { type: 'keyboard'; text: string }
  /** An abbreviation and, when given, what it stands for (`:abbr:`). */
  | { type: 'abbreviation'; text: string; title: string | null }
  /** A label of the user interface (`:guilabel:`, `:menuselection:` with ‣ between items). */
  | { type: 'uiLabel'; text: string }
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
    }
  /**
   * A reference to another part of the notes by name rather than by URL: Sphinx's `:ref:`,
   * `:doc:`, `:term:`, `:numref:`, and Markdown's `[[wikilinks]]`, `![[embeds]]` and links to
   * other notes files. The reader only records what is named; the graph builder resolves `target`
   * to a concept (a link and a relation on the map) or leaves the text as it is.
   */
  | {
      type: 'crossReference';
      /** What the notes show: the explicit title, else the target as written. */
      text: string;
      via: CrossReferenceKind;
      /**
       * What is named: a label or a term (`:ref:`, `:term:`), a document path relative to the
       * notes file or, starting with `/`, to the notebook (`:doc:`, Markdown links), a note name
       * (wikilinks).
       */
      target: string;
      /** A heading inside the target note (`[[note#heading]]`, `file.md#heading`). */
      anchor?: string;
      /** True when the notes give their own title (`title <target>`, `[[note|title]]`). */
      explicitTitle: boolean;
      /**
       * Set by the graph builder when `target` names a concept of the map: that concept's id
       * (the panel links to it, and the map draws the relation). Absent: shown as text.
       */
      concept?: string;
    }
  /** `[1]_`, `[#note]_`, `[CIT2002]_`, Markdown `[^1]`: `text` is what is shown ("1"). */
  | { type: 'footnoteReference'; text: string; label: string }
  /** An inline target (reST `` _`name` ``): shown as its text, and a place other text can name. */
  | { type: 'target'; text: string; name: string }
  /** A `#tag` (Markdown): `name` without the `#`; a tag is a filterable group on the map. */
  | { type: 'tag'; text: string; name: string };

type CrossReferenceKind = 'ref' | 'doc' | 'term' | 'numref' | 'wikilink' | 'embed' | 'link';

export interface ListItem {
  line: number;
  blocks: Block[];
}

/** One cell of a table; spans count the rows and columns the cell covers (1 when absent). */
interface TableCell {
  blocks: Block[];
  rowspan?: number;
  colspan?: number;
}

export interface TableRow {
  line: number;
  cells: TableCell[];
}

/** One entry of a Sphinx `toctree`: a document of the notebook, with an optional title. */
interface TocEntry {
  line: number;
  /** As written, relative to the notes file (`intro`, `guide/install`) or to the root (`/x`). */
  target: string;
  title: Inline[] | null;
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
  /** Definition lists, and a Sphinx `glossary` (`glossary: true`): each term is a concept. */
  | { type: 'definitionList'; line: number; items: DefinitionItem[]; glossary?: boolean }
  | { type: 'fieldList'; line: number; fields: { line: number; name: Inline[]; blocks: Block[] }[] }
  | { type: 'blockQuote'; line: number; blocks: Block[]; attribution?: Inline[] }
  /**
   * `::` blocks, code blocks (with their `language` when named: `.. code-block:: python`,
   * Markdown fences) and the content of directives the reader does not interpret.
   */
  | { type: 'literalBlock'; line: number; text: string; language?: string }
  /** A literal block whose inline markup is read (`parsed-literal`): links in it still work. */
  | { type: 'parsedLiteral'; line: number; content: Inline[] }
  /** Grid, simple, `list-table` and `csv-table` tables, GFM tables. */
  | { type: 'table'; line: number; title: Inline[] | null; header: TableRow[]; body: TableRow[] }
  /**
   * `image` and `figure` (a figure has a caption and maybe a legend), Markdown images. Images are
   * never loaded (README: notes are untrusted, and a map works offline): `alt` is shown instead,
   * and `target` is the link the image leads to (README badges), when it has one.
   */
  | {
      type: 'image';
      line: number;
      uri: string;
      alt: string;
      target: string | null;
      caption: Inline[] | null;
      legend: Block[];
    }
  /** An informal heading that is not a section (`rubric`, Sphinx `centered`). */
  | { type: 'rubric'; line: number; content: Inline[] }
  /**
   * A footnote or citation's text (`.. [1] ...`, `.. [#] ...`, `[^1]: ...`); `label` as written,
   * `number` what its references show. Shown as numbered notes at the end of a concept's text.
   */
  | {
      type: 'footnote';
      line: number;
      label: string;
      number: string;
      citation: boolean;
      blocks: Block[];
    }
  /** A Sphinx `toctree`: the documents of a notebook, in order. */
  | { type: 'toctree'; line: number; caption: Inline[] | null; entries: TocEntry[] }
  /**
   * `.. include:: path`: only read inside a notebook folder, never outside it (the notebook
   * loader replaces it with the included document's blocks, or reports why it cannot).
   */
  | { type: 'include'; line: number; path: string }
  /**
   * A described object (Sphinx domain and autodoc directives: `.. function:: name(args)`,
   * `.. class:: Name`): a concept of its own, like a definition term.
   */
  | {
      type: 'objectDescription';
      line: number;
      endLine: number;
      /** `py`, `c`, `cpp`, `js`, `rst`, or `std` for domain-less directives (`option`, ...). */
      domain: string;
      /** `function`, `class`, `method`, ... */
      objectType: string;
      /** The object's name without its arguments (`requests.get`): the concept's name. */
      name: string;
      /** The signature as written (`requests.get(url, params=None, **kwargs)`). */
      signature: string;
      blocks: Block[];
    }
  /**
   * note, warning, tip, ... the generic `admonition` with its own title, and Sphinx's labelled
   * notes (`versionadded`, `versionchanged`, `deprecated`, `seealso`) whose title says the version.
   */
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
  /**
   * The number `.. sectnum::` gives the section ("2.1", with its prefix and suffix): docutils
   * writes it before the title; the title itself (the concept's name) stays without it.
   */
  number?: string;
  /** Everything inside the section, subsections included, in document order. */
  blocks: Block[];
}

export interface NotesDocument {
  /** Promoted from a lone top-level section (docutils' DocTitle transform), else null. */
  title: Inline[] | null;
  titleLine: number | null;
  subtitle: Inline[] | null;
  subtitleLine: number | null;
  blocks: Block[];
  /** Number of lines in the source (after newline normalisation). */
  lineCount: number;
  diagnostics: Diagnostic[];
  /** Other names of the document's own concept (Markdown frontmatter `aliases`). */
  aliases?: string[];
  /** Tags of the whole document (Markdown frontmatter `tags`), without `#`. */
  tags?: string[];
}
