/**
 * Companion file text -> Companion + diagnostics. YAML first (a syntax error ignores the file),
 * then each section and each unit in it checked against its schema (companion-schema.ts).
 */
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type {
  Companion,
  CompanionAlias,
  CompanionEdge,
  CompanionStudy,
  CompanionTour,
  CompanionTourStep,
  ConceptRef,
} from './model';
import {
  TOP_LEVEL_KEYS,
  addEdgeSchema,
  aliasNamesSchema,
  conceptRefSchema,
  edgeLabelsSchema,
  edgesSectionSchema,
  excludedTourSchema,
  labelEdgeSchema,
  mappingSchema,
  removeEdgeSchema,
  studySectionSchema,
  tourSchema,
  tourStepSchema,
} from './schema';
import {
  describeValue,
  formatPath,
  valueAt,
  yamlLocator,
  type KeyPath,
  type YamlLocator,
} from './yaml';
import type { GraphDiagnostic } from '../concepts/model';
import type { RelationKind } from '../concepts/relations';
import type { Severity } from '../document/model';

/** The companion of notes that have none, or whose companion file is unusable. */
export function emptyCompanion(): Companion {
  return {
    aliases: [],
    edgeLabels: {},
    addEdges: [],
    removeEdges: [],
    labelEdges: [],
    tours: [],
    study: { excludeConcepts: [], excludeTours: [] },
  };
}

type Report = (line: number, severity: Severity, message: string) => void;

export function parseCompanion(
  text: string,
  file: string,
): { companion: Companion; diagnostics: GraphDiagnostic[] } {
  const companion = emptyCompanion();
  const diagnostics: GraphDiagnostic[] = [];
  const report: Report = (line, severity, message) =>
    diagnostics.push({ file, line, severity, message });

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) {
    // A syntax error can shift what every later key means, so nothing of the file is trusted.
    for (const error of doc.errors) {
      report(
        error.linePos?.[0].line ?? 1,
        'error',
        `YAML syntax: ${firstSentence(error.message)}; the companion file is ignored until this is fixed`,
      );
    }
    return { companion, diagnostics };
  }
  for (const warning of doc.warnings) {
    report(warning.linePos?.[0].line ?? 1, 'warning', `YAML: ${firstSentence(warning.message)}`);
  }

  const root: unknown = doc.toJS();
  if (root === null || root === undefined) return { companion, diagnostics }; // empty file
  const checker = unitChecker(root, yamlLocator(doc, lineCounter), report);
  const top = checker.check(mappingSchema, []);
  if (!top) return { companion, diagnostics };

  warnUnknownTopLevelKeys(Object.keys(top), checker);
  if (top.aliases !== undefined) companion.aliases = readAliases(checker);
  if (top.edgeLabels !== undefined) {
    companion.edgeLabels = checker.check(edgeLabelsSchema, ['edgeLabels']) ?? {};
  }
  if (top.edges !== undefined) {
    const edges = checker.check(edgesSectionSchema, ['edges']);
    companion.addEdges = readEdges(checker, 'add', edges?.add, addEdgeSchema);
    companion.removeEdges = readEdges(checker, 'remove', edges?.remove, removeEdgeSchema);
    companion.labelEdges = readEdges(checker, 'label', edges?.label, labelEdgeSchema);
  }
  if (top.tours !== undefined) companion.tours = readTours(checker);
  if (top.study !== undefined) companion.study = readStudy(checker);

  return { companion, diagnostics };
}

interface UnitChecker {
  /** Checks the value at `path`; reports every problem in it, returns it only if valid. */
  check<T>(schema: z.ZodType<T>, path: KeyPath): T | undefined;
  conceptRef(path: KeyPath): ConceptRef | undefined;
  locate: YamlLocator;
  report: Report;
}

function unitChecker(root: unknown, locate: YamlLocator, report: Report): UnitChecker {
  function check<T>(schema: z.ZodType<T>, path: KeyPath): T | undefined {
    const result = schema.safeParse(valueAt(root, path));
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const at = [...path, ...(issue.path as (string | number)[])];
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          report(
            locate.lineOfKey(at, key),
            'error',
            `${formatPath([...at, key])}: unknown key; expected ${issue.message}`,
          );
        }
      } else {
        report(
          locate.lineOf(at),
          'error',
          `${formatPath(at)}: expected ${issue.message}, got ${describeValue(valueAt(root, at))}`,
        );
      }
    }
    return undefined;
  }

  function conceptRef(path: KeyPath): ConceptRef | undefined {
    const name = check(conceptRefSchema, path);
    if (name === undefined) return undefined;
    return { name, path: formatPath(path), line: locate.lineOf(path) };
  }

  return { check, conceptRef, locate, report };
}

function warnUnknownTopLevelKeys(keys: readonly string[], { locate, report }: UnitChecker): void {
  for (const key of keys) {
    if ((TOP_LEVEL_KEYS as readonly string[]).includes(key)) continue;
    report(
      locate.lineOfKey([], key),
      'warning',
      `${formatPath([key])}: unknown key, ignored; expected ${TOP_LEVEL_KEYS.join(', ')}`,
    );
  }
}

function readAliases({ check, locate, report }: UnitChecker): CompanionAlias[] {
  const section = check(mappingSchema, ['aliases']);
  if (!section) return [];
  return Object.keys(section).flatMap((key) => {
    const path = ['aliases', key];
    const line = locate.lineOfKey(['aliases'], key);
    const names = check(aliasNamesSchema, path);
    const concept = conceptRefSchema.safeParse(key);
    if (!concept.success) {
      report(
        line,
        'error',
        `${formatPath(path)}: expected a concept name as the key, got an empty text`,
      );
    }
    if (!names || !concept.success) return [];
    return [{ concept: { name: concept.data, path: formatPath(path), line }, names }];
  });
}

function readEdges(
  { check, conceptRef, locate }: UnitChecker,
  list: 'add' | 'remove' | 'label',
  items: readonly unknown[] | undefined,
  schema: typeof addEdgeSchema | typeof removeEdgeSchema | typeof labelEdgeSchema,
): CompanionEdge[] {
  return (items ?? []).flatMap((_, index) => {
    const path = ['edges', list, index];
    // The three schemas differ only in which of label/kind they allow.
    const edge = check(schema as z.ZodType<{ label?: string; kind?: RelationKind }>, path);
    const from = edge && conceptRef([...path, 'from']);
    const to = edge && conceptRef([...path, 'to']);
    if (!edge || !from || !to) return [];
    return [
      {
        from,
        to,
        ...(edge.label !== undefined && { label: edge.label }),
        ...(edge.kind !== undefined && { kind: edge.kind }),
        path: formatPath(path),
        line: locate.lineOf(path),
      },
    ];
  });
}

function readTours(checker: UnitChecker): CompanionTour[] {
  const { check, locate } = checker;
  const section = check(mappingSchema, ['tours']);
  if (!section) return [];
  return Object.keys(section).flatMap((name) => {
    const tour = check(tourSchema, ['tours', name]);
    if (!tour) return [];
    // One bad step is dropped on its own; the tour keeps the others.
    const steps = tour.steps.flatMap(
      (step, index) => readTourStep(checker, ['tours', name, 'steps', index], step) ?? [],
    );
    return [
      {
        name,
        title: tour.title?.trim() || name,
        ...(tour.quiz !== undefined && { quiz: tour.quiz }),
        steps,
        path: formatPath(['tours', name]),
        line: locate.lineOfKey(['tours'], name),
      },
    ];
  });
}

/**
 * `study: { exclude: [Minikube, { tour: architecture }] }`: a concept by name, or every step of a
 * tour. One bad item is dropped on its own; the others still apply.
 */
function readStudy({ check, conceptRef, locate }: UnitChecker): CompanionStudy {
  const study: CompanionStudy = { excludeConcepts: [], excludeTours: [] };
  const section = check(studySectionSchema, ['study']);
  (section?.exclude ?? []).forEach((item, index) => {
    const path = ['study', 'exclude', index];
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
      const tour = check(excludedTourSchema, path);
      if (tour) {
        study.excludeTours.push({
          name: tour.tour,
          path: formatPath([...path, 'tour']),
          line: locate.lineOf(path),
        });
      }
      return;
    }
    const concept = conceptRef(path);
    if (concept) study.excludeConcepts.push(concept);
  });
  return study;
}

/** A step is a concept's name, or a mapping `{ concept, notes, quiz }` (docs/graph-format.md). */
function readTourStep(
  { check, conceptRef }: UnitChecker,
  path: KeyPath,
  value: unknown,
): CompanionTourStep | undefined {
  const isMapping = value !== null && typeof value === 'object' && !Array.isArray(value);
  if (!isMapping) return conceptRef(path);
  const step = check(tourStepSchema, path);
  const concept = step && conceptRef([...path, 'concept']);
  if (!step || !concept) return undefined;
  const notes = step.notes?.trim();
  return {
    ...concept,
    ...(notes && { notes }),
    ...(step.quiz !== undefined && { quiz: step.quiz }),
  };
}

/** yaml's pretty messages repeat the position and quote the source; keep the sentence only. */
function firstSentence(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim();
}
