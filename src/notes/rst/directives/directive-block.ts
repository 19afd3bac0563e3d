import type { LineView, Source } from '../source/source';
import { getIndented, joinLines, trimBlankEnds } from '../source/source';
import { matchFieldMarker } from '../block/patterns';

/*
 * docutils' Body.parse_directive_block, parse_directive_options and parse_directive_arguments:
 * how a directive's indented block splits into arguments, options and content, given what the
 * directive accepts.
 */

/** What a directive accepts (docutils' Directive class attributes). */
export interface DirectiveSpec {
  requiredArguments: number;
  optionalArguments: number;
  /** The last argument may contain spaces (a title, a path with spaces). */
  finalArgumentWhitespace: boolean;
  hasContent: boolean;
  /**
   * The options it knows (docutils reports any other one), or 'any' for a Sphinx directive,
   * whose options this reader does not check (an extension may add some).
   */
  options: readonly string[] | 'any';
}

export interface DirectiveParts {
  arguments: string[];
  /** Option values by lower-cased name: the text after the name, lines joined ('' for flags). */
  options: Map<string, string>;
  content: LineView[];
}

/** A directive's block that docutils cannot split: the message of its "Error in ..." report. */
export class DirectiveError extends Error {}

/**
 * The fields of an option block: `:name: value`, the value running on over indented lines
 * (docutils' ExtensionOptions state reads the field bodies as plain text).
 */
function readOptions(source: Source, lines: readonly LineView[]): Map<string, string> {
  const options = new Map<string, string>();
  let at = 0;
  while (at < lines.length) {
    const text = source.text(lines[at]!);
    const marker = matchFieldMarker(text);
    if (!marker) throw new DirectiveError('invalid option block');
    const body = getIndented(source, lines, at, { firstIndent: marker.end });
    const paragraphs = joinLines(source, trimBlankEnds(source, body.lines))
      .split(/\n[ \t]*\n/u)
      .filter((part) => part.trim());
    const name = marker.name.trim();
    if (name.split(/\s+/u).length !== 1) {
      throw new DirectiveError('extension option field name may not contain multiple words');
    }
    if (paragraphs.length > 1) {
      throw new DirectiveError(
        `extension option field body may contain\na single paragraph only (option "${name.toLowerCase()}")`,
      );
    }
    const key = name.toLowerCase();
    if (options.has(key)) throw new DirectiveError(`duplicate option "${key}"`);
    options.set(key, paragraphs[0] ?? '');
    at = body.end;
  }
  return options;
}

/** Splits `block` (the directive's lines, the first one after "::") as docutils does. */
export function splitDirectiveBlock(
  source: Source,
  block: readonly LineView[],
  spec: DirectiveSpec,
): DirectiveParts {
  const lines = block.length > 0 && source.isBlank(block[0]!) ? block.slice(1) : [...block];
  const takesArguments = spec.requiredArguments > 0 || spec.optionalArguments > 0;
  const takesOptions = spec.options === 'any' || spec.options.length > 0;
  let argumentBlock: LineView[] = [];
  let content: LineView[] = lines;
  let blank = lines.length;
  if (lines.length > 0 && (takesArguments || takesOptions)) {
    blank = lines.findIndex((line) => source.isBlank(line));
    if (blank === -1) blank = lines.length;
    argumentBlock = lines.slice(0, blank);
    content = lines.slice(blank + 1);
  }
  let options = new Map<string, string>();
  if (takesOptions) {
    const first = argumentBlock.findIndex((line) => matchFieldMarker(source.text(line)) !== null);
    if (first !== -1) {
      options = readOptions(source, argumentBlock.slice(first));
      argumentBlock = argumentBlock.slice(0, first);
      if (spec.options !== 'any') {
        for (const name of options.keys()) {
          if (!spec.options.includes(name)) throw new DirectiveError(`unknown option: "${name}"`);
        }
      }
    }
  }
  if (argumentBlock.length > 0 && !takesArguments) {
    content = [...argumentBlock, ...lines.slice(blank)];
    argumentBlock = [];
  }
  content = trimBlankEnds(source, content);
  const args = takesArguments ? splitArguments(joinLines(source, argumentBlock), spec) : [];
  if (content.length > 0 && !spec.hasContent) throw new DirectiveError('no content permitted');
  return { arguments: args, options, content };
}

/** parse_directive_arguments: words, the last one taking the rest when it may hold spaces. */
function splitArguments(text: string, spec: DirectiveSpec): string[] {
  const words = text.split(/\s+/u).filter(Boolean);
  const most = spec.requiredArguments + spec.optionalArguments;
  if (words.length < spec.requiredArguments) {
    throw new DirectiveError(
      `${spec.requiredArguments} argument(s) required, ${words.length} supplied`,
    );
  }
  if (words.length <= most) return words;
  if (!spec.finalArgumentWhitespace) {
    throw new DirectiveError(`maximum ${most} argument(s) allowed, ${words.length} supplied`);
  }
  // Python's str.split(None, most - 1): the first words, then the rest as it stands.
  const out: string[] = [];
  let rest = text.trim();
  while (out.length < most - 1) {
    const match = /^(\S+)\s+/u.exec(rest)!;
    out.push(match[1]!);
    rest = rest.slice(match[0].length);
  }
  out.push(rest);
  return out;
}
