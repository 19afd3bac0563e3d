import type { Block, Section } from '../../document/model';

/**
 * The open sections at the document level, the only place titles are allowed. docutils nests a
 * state machine per section (RSTState.new_subsection); one stack of open sections does the same.
 */
export class SectionStack {
  private readonly documentBlocks: Block[] = [];
  private readonly open: Section[] = [];
  private readonly rawLines: readonly string[];

  constructor(rawLines: readonly string[]) {
    this.rawLines = rawLines;
  }

  /** The blocks of the innermost open section, or of the document. */
  current(): Block[] {
    return this.open.length > 0 ? this.open[this.open.length - 1]!.blocks : this.documentBlocks;
  }

  /** Level of the innermost open section (0 = the document itself). */
  level(): number {
    return this.open.length;
  }

  /** Closes sections down to `level`; `beforeLine` (1-based) is where the next thing starts. */
  closeTo(level: number, beforeLine: number): void {
    let last = Math.min(beforeLine - 1, this.rawLines.length);
    while (last > 0 && this.rawLines[last - 1] === '') last--;
    while (this.open.length > level) {
      const section = this.open.pop()!;
      section.endLine = Math.max(section.line, last);
    }
  }

  push(section: Section): void {
    this.current().push(section);
    this.open.push(section);
  }

  /**
   * A finished section read elsewhere (in Sphinx's `only`) joins the document as a child of
   * the open section at `parentLevel` (0: the document); it stays open, for what follows.
   */
  insert(section: Section, parentLevel: number): void {
    this.closeTo(parentLevel, section.line);
    this.push(section);
  }

  finish(): Block[] {
    this.closeTo(0, this.rawLines.length + 1);
    return this.documentBlocks;
  }
}
