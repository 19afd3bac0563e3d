/**
 * Which occurrences are one concept, as node ids. Within one file, as always: occurrences whose
 * names have one slug (conceptId) are one concept (the seed's term Envoy and its section Envoy).
 * Across the files of a notebook, a name means one concept too (a glossary term defined in two
 * files, a note and a section or term elsewhere that has its title), except where that would
 * join things that only happen to share a name:
 *
 * - **Two files' own concepts are two concepts.** A file is a note of its own: `a/index.md` and
 *   `b/index.md`, both titled "Index", are two nodes. Each gets its name qualified by its file
 *   (qualifiedConceptId: `a-index--index`), with a warning, because a link by that name can only
 *   find one of them.
 * - **Two files' headings are two concepts,** unless a definition term (or one file's own concept)
 *   of that name says what the name means: headings are the structure of a note ("How it works",
 *   "Breaking it" in both the Caesar and the Vigenère note). Each file's heading gets the id
 *   qualified by its file, with an info diagnostic saying so.
 *
 * Everything else keeps the plain slug, so ids of a single notes file are exactly what they were
 * before notebooks, and a notebook's ids change only where two files come to share a name.
 */
import { conceptId, qualifiedConceptId } from './ids';
import type { GraphDiagnostic, NodeId } from './model';
import type { RawOccurrence } from './occurrences';

/**
 * The node id of each occurrence, by its index. `pathOf(file)` is the file's path in the
 * notebook, for qualified ids and messages.
 */
export function occurrenceIds(
  occurrences: readonly RawOccurrence[],
  pathOf: (file: string) => string,
  diagnostics: GraphDiagnostic[],
): NodeId[] {
  // Every term's path repeats its section titles: slug each distinct name once.
  const slugs = new Map<string, NodeId>();
  const ids = occurrences.map((o) => {
    let id = slugs.get(o.label);
    if (id === undefined) {
      id = conceptId(o.label);
      slugs.set(o.label, id);
    }
    return id;
  });

  // Only names written in more than one file need a second look.
  const firstFile = new Map<NodeId, string>();
  const shared = new Set<NodeId>();
  occurrences.forEach((o, index) => {
    const id = ids[index]!;
    const file = firstFile.get(id);
    if (file === undefined) firstFile.set(id, o.file);
    else if (file !== o.file) shared.add(id);
  });
  if (shared.size === 0) return ids;

  const groups = new Map<NodeId, RawOccurrence[]>();
  for (const o of occurrences) {
    const id = ids[o.index]!;
    if (!shared.has(id)) continue;
    const group = groups.get(id);
    if (group) group.push(o);
    else groups.set(id, [o]);
  }
  const taken = new Set(ids);
  const qualify = (name: string, file: string): NodeId => {
    const id = qualifiedConceptId(name, pathOf(file));
    // Two paths with one slug (`a/b.md`, `a-b.md`): the path's fingerprint tells them apart.
    return taken.has(id) ? qualifiedConceptId(name, pathOf(file), true) : id;
  };

  for (const [slug, group] of groups) {
    const titles = group.filter((o) => o.kind === 'title');
    // One note of that name: headings and terms elsewhere that have its name are about it.
    if (titles.length === 1) continue;
    let rest = group;
    if (titles.length > 1) {
      const titled = new Map<string, NodeId>();
      const files = titles.map((t) => t.file);
      titles.forEach((title, at) => {
        const id = qualify(title.label, title.file);
        titled.set(title.file, id);
        taken.add(id);
        diagnostics.push({
          file: title.file,
          line: title.line,
          severity: 'warning',
          message: `Another note is titled "${title.label}" too (${othersThan(files, at, pathOf)}): each is a concept of its own, and this one's id is "${id}". Give the notes different titles so that links by name find the one you mean.`,
        });
      });
      // What a titled file writes under its title's name is part of that note.
      for (const o of group) {
        const id = titled.get(o.file);
        if (id !== undefined) ids[o.index] = id;
      }
      rest = group.filter((o) => !titled.has(o.file));
    }
    // A term says what the name means across the notebook: the headings of that name join it.
    if (rest.some((o) => o.kind === 'term')) continue;
    const byFile = new Map<string, RawOccurrence[]>();
    for (const o of rest) {
      const own = byFile.get(o.file);
      if (own) own.push(o);
      else byFile.set(o.file, [o]);
    }
    if (byFile.size < 2) continue;
    const files = [...byFile.keys()];
    files.forEach((file, at) => {
      const own = byFile.get(file)!;
      const id = qualify(own[0]!.label, file);
      taken.add(id);
      for (const o of own) ids[o.index] = id;
      diagnostics.push({
        file,
        line: own[0]!.line,
        severity: 'info',
        message: `The heading "${own[0]!.label}" is also a heading in ${othersThan(files, at, pathOf)}: headings of different notes are different concepts, so this one's id is "${id}" rather than "${slug}". Define "${own[0]!.label}" as a term if they are one concept.`,
      });
    });
  }
  return ids;
}

/**
 * The files other than `files[at]`, at most three by name: a heading that every one of 500 notes
 * has must not write 500 × 500 names.
 */
function othersThan(
  files: readonly string[],
  at: number,
  pathOf: (file: string) => string,
): string {
  const named: string[] = [];
  for (let i = 0; i < files.length && named.length < 3; i++)
    if (i !== at) named.push(pathOf(files[i]!));
  const more = files.length - 1 - named.length;
  return more > 0 ? `${named.join(', ')} and ${more} other notes` : named.join(', ');
}
