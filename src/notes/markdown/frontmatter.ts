/**
 * The YAML of a note's frontmatter → the document's title, aliases and tags, and its other
 * properties as a field list (docutils' docinfo is a field list too), the way Obsidian reads
 * them (help.obsidian.md, Properties, Aliases, Tags): `aliases` and `tags` are a YAML list or a
 * comma-separated text, `alias` and `tag` are their deprecated spellings, a tag may be written
 * with its `#`. Frontmatter that is not valid YAML is reported with its line and kept as text;
 * the rest of the note reads as usual.
 */
import { isMap, isScalar, LineCounter, parseDocument, stringify } from 'yaml';
import type { Block, Diagnostic, Inline } from '../document/model';

export interface Frontmatter {
  title: Inline[] | null;
  titleLine: number | null;
  aliases: string[];
  tags: string[];
  /** What the note shows of its frontmatter: the other properties, or the YAML as text. */
  blocks: Block[];
}

type Field = Extract<Block, { type: 'fieldList' }>['fields'][number];

/** `yaml` is the text between the `---` lines; `firstLine` the line it starts on (1-based). */
export function readFrontmatter(
  yaml: string,
  firstLine: number,
  diagnostics: Diagnostic[],
): Frontmatter {
  const result: Frontmatter = { title: null, titleLine: null, aliases: [], tags: [], blocks: [] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const keepAsText = () => {
    if (yaml.trim() !== '') {
      result.blocks = [{ type: 'literalBlock', line: firstLine, text: yaml, language: 'yaml' }];
    }
  };

  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      diagnostics.push({
        line: (error.linePos?.[0].line ?? 1) + firstLine - 1,
        severity: 'error',
        message: `The frontmatter is not valid YAML (${firstSentence(error.message)}): its title, aliases and tags are not read and it is shown as text. Fix the YAML between the --- lines.`,
      });
    }
    keepAsText();
    return result;
  }
  for (const warning of doc.warnings) {
    diagnostics.push({
      line: (warning.linePos?.[0].line ?? 1) + firstLine - 1,
      severity: 'warning',
      message: `Frontmatter YAML: ${firstSentence(warning.message)}.`,
    });
  }
  if (doc.contents === null) return result;
  if (!isMap(doc.contents)) {
    diagnostics.push({
      line: firstLine,
      severity: 'warning',
      message:
        'The frontmatter is not a list of `name: value` properties, so it is shown as text. Write each property as `name: value`.',
    });
    keepAsText();
    return result;
  }

  const values = doc.toJS() as Record<string, unknown>;
  const fields: Field[] = [];
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : stringify(pair.key).trim();
    const line = isScalar(pair.key) && pair.key.range ? lineAt(pair.key.range[0]) : firstLine;
    const value = values[key];
    const warn = (what: string) =>
      diagnostics.push({
        line,
        severity: 'warning',
        message: `The frontmatter property "${key}" should be ${what}; it is shown as a property instead.`,
      });
    switch (key) {
      case 'title': {
        const title = isPlain(value) ? String(value).trim() : null;
        if (title) {
          result.title = [{ type: 'text', text: title }];
          result.titleLine = line;
          continue;
        }
        if (value !== null && value !== undefined) warn('a text');
        break;
      }
      case 'aliases':
      case 'alias': {
        const names = listOf(value, /,/);
        if (names) {
          result.aliases.push(...names);
          continue;
        }
        warn('a list of names or a comma-separated text');
        break;
      }
      case 'tags':
      case 'tag': {
        const names = listOf(value, /[,\s]+/);
        if (names) {
          result.tags.push(...names.map((name) => name.replace(/^#/, '')).filter(Boolean));
          continue;
        }
        warn('a list of tags or a comma-separated text');
        break;
      }
    }
    fields.push({ line, name: [{ type: 'text', text: key }], blocks: valueBlocks(value, line) });
  }
  if (fields.length > 0) result.blocks = [{ type: 'fieldList', line: fields[0]!.line, fields }];
  return result;
}

function isPlain(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** A YAML list of plain values or a text split at `separator`; null for anything else. */
function listOf(value: unknown, separator: RegExp): string[] | null {
  if (value === null || value === undefined) return [];
  const items = Array.isArray(value)
    ? value
    : isPlain(value)
      ? String(value).split(separator)
      : null;
  if (!items || !items.every((item) => item === null || isPlain(item))) return null;
  return items.map((item) => String(item ?? '').trim()).filter(Boolean);
}

/** A property's value as the note shows it: plain values as text, structures as YAML. */
function valueBlocks(value: unknown, line: number): Block[] {
  if (value === null || value === undefined) return [];
  if (isPlain(value))
    return [{ type: 'paragraph', line, content: [{ type: 'text', text: String(value) }] }];
  if (Array.isArray(value) && value.every(isPlain)) {
    return [{ type: 'paragraph', line, content: [{ type: 'text', text: value.join(', ') }] }];
  }
  return [{ type: 'literalBlock', line, text: stringify(value).trimEnd(), language: 'yaml' }];
}

function firstSentence(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/\.$/, '');
}
