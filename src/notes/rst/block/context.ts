import type { Block, Diagnostic } from '../../document/model';
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

/** What the whole read shares: the lines, the diagnostics, docutils' memo of title styles. */
export interface ReaderContext {
  readonly source: Source;
  readonly diagnostics: Diagnostic[];
  /** Adornment styles in order of first appearance: index + 1 = section level (docutils memo). */
  readonly titleStyles: string[];
  readonly readNested: NestedReader;
}
