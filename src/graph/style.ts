/**
 * The Cytoscape stylesheet, and the legend that explains it (built from the same constants, so
 * the two cannot drift apart). Kinds are told apart by more than colour (WCAG 1.4.1 "Use of
 * Color"): node kinds by shape and border, edge kinds by line style and arrow. State is carried
 * by classes that create-concept-map.ts sets: `selected`, `neighbour`, `dimmed`, `hidden`.
 */
import type { StylesheetJson, StylesheetStyle } from 'cytoscape';
import type { ConceptKind } from '../notes/concepts/model';
import { RELATION_KINDS, type RelationKind } from '../notes/concepts/relations';
import type { KnowledgeStatus, MapTheme } from './concept-map-handle';
import { LABEL_LINE_HEIGHT } from './label-metrics';
import { mapPalette } from './themes';

/** Class names the adapter toggles; the stylesheet and the adapter share these constants. */
export const MAP_CLASSES = {
  selected: 'selected',
  neighbour: 'neighbour',
  dimmed: 'dimmed',
  hidden: 'hidden',
  /** The name is hidden (a quiz question, study's "name it"). */
  masked: 'masked',
  /** A relation of a kind the reader chose to hide. */
  hiddenRelation: 'hidden-relation',
  /** Emphasised (the concepts a tour covered, on its closing step). */
  emphasis: 'emphasis',
  /** The reader points at the concept's name elsewhere (a chip in the panel, a search hit). */
  pulse: 'pulse',
  /** A container drawn closed: one box with its name and how many concepts it holds (issue 15). */
  closed: 'closed',
  /** Several relations drawn as one, between things of which one is a closed container. */
  gathered: 'gathered',
} as const;

/** Study mode's overlay: one class per state of knowledge (KnowledgeStatus). */
export const KNOWLEDGE_CLASSES: Readonly<Record<KnowledgeStatus, string>> = {
  new: 'knowledge-new',
  learning: 'knowledge-learning',
  due: 'knowledge-due',
  known: 'knowledge-known',
};

/** Labels drawn smaller than this many pixels are hidden, not smudged (issue 9). */
export const MIN_LABEL_PX = 8;
/** Names of closed containers are drawn at least this large, or not at all (issue 15). */
export const CLOSED_NAME_MIN_PX = 12;
/** Space between a container's border and what it holds, at zoom 1. */
export const CONTAINER_PADDING = 14;

const LABEL_FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans CJK JP", "Noto Sans JP", sans-serif';

type NodeShape = 'round-rectangle' | 'cut-rectangle' | 'rectangle';
type LineStyle = 'solid' | 'dashed' | 'dotted';

const NODE_SHAPES: Readonly<Record<ConceptKind, NodeShape>> = {
  title: 'rectangle',
  section: 'cut-rectangle',
  term: 'round-rectangle',
};

const NODE_BORDER: Readonly<Record<ConceptKind, { width: number; style: 'solid' | 'double' }>> = {
  title: { width: 6, style: 'double' },
  section: { width: 2, style: 'solid' },
  term: { width: 1.5, style: 'solid' },
};

const EDGE_LINES: Readonly<
  Record<RelationKind, { style: LineStyle; width: number; arrow: 'triangle' | 'vee' | 'diamond' }>
> = {
  nesting: { style: 'solid', width: 2, arrow: 'triangle' },
  mentions: { style: 'solid', width: 1.6, arrow: 'triangle' },
  links: { style: 'solid', width: 2, arrow: 'triangle' },
  extra: { style: 'dotted', width: 2.5, arrow: 'diamond' },
};

const CONCEPT_KINDS: readonly ConceptKind[] = ['title', 'section', 'term'];

export function mapStylesheet(theme: MapTheme): StylesheetJson {
  const palette = mapPalette(theme);
  const rules: StylesheetStyle[] = [
    {
      selector: 'node',
      style: {
        label: 'data(wrapped)',
        // Lines are broken at build time (label-metrics.ts); the max width only has to be wide
        // enough never to break them again where a real font is a little wider than estimated.
        'text-wrap': 'wrap',
        'text-max-width': '400px',
        'text-valign': 'center',
        'text-halign': 'center',
        'line-height': LABEL_LINE_HEIGHT,
        'font-family': LABEL_FONT_FAMILY,
        'font-size': 'data(fontSize)',
        // Cytoscape's types list keywords only; a data mapping works for every property.
        'font-weight': 'data(fontWeight)' as 'bold',
        // Obsidian's text fade: a label that would be drawn smaller than this is not drawn at
        // all (a smudge helps nobody) and comes back as the reader zooms in.
        'min-zoomed-font-size': MIN_LABEL_PX,
      },
    },
    ...CONCEPT_KINDS.map((kind): StylesheetStyle => ({
      selector: `node[kind = "${kind}"]`,
      style: {
        shape: NODE_SHAPES[kind],
        'background-color': palette.nodes[kind].fill,
        'border-color': palette.nodes[kind].border,
        'border-width': NODE_BORDER[kind].width,
        'border-style': NODE_BORDER[kind].style,
        color: palette.nodes[kind].text,
      },
    })),
    {
      // A leaf is as large as its label (label-metrics.ts, the size the layout reserved).
      selector: 'node:childless',
      style: { width: 'data(width)', height: 'data(height)' },
    },
    {
      // A container is a place: a quiet box around what it holds, its name inside at the top
      // (the box grows to include its label).
      selector: 'node:parent',
      style: {
        shape: 'round-rectangle',
        'text-valign': 'top',
        'text-halign': 'center',
        'compound-sizing-wrt-labels': 'include',
        padding: `${CONTAINER_PADDING}px`,
        'background-color': palette.container.fill,
        'background-opacity': 1,
        'border-color': palette.container.border,
        'border-width': 1.5,
        'border-style': 'solid',
        color: palette.container.text,
      },
    },
    {
      // A closed container (overview.ts): the box the container has open, its name and count
      // large enough to read from far away, and only then (issue 15: names at 12 px or not at
      // all). Dashed: there is more inside.
      selector: `node.${MAP_CLASSES.closed}`,
      style: {
        shape: 'round-rectangle',
        'text-valign': 'center',
        'text-halign': 'center',
        'min-zoomed-font-size': CLOSED_NAME_MIN_PX,
        // The name is wrapped already (overview.ts) and sized to fit the box.
        'text-max-width': 'data(width)' as unknown as string,
        'background-color': palette.container.fill,
        'border-color': palette.container.border,
        'border-width': 2,
        'border-style': 'dashed',
        color: palette.container.text,
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'arrow-scale': 1.1,
      },
    },
    {
      // Relations gathered onto a closed container: one line, as thick as they are many.
      selector: `edge.${MAP_CLASSES.gathered}`,
      style: {
        'curve-style': 'haystack',
        'haystack-radius': 0,
        width: 'mapData(count, 1, 40, 1.5, 10)',
        'line-color': palette.container.border,
        opacity: 0.7,
      },
    },
    ...RELATION_KINDS.map((kind): StylesheetStyle => ({
      selector: `edge[kind = "${kind}"]`,
      style: {
        'line-style': EDGE_LINES[kind].style,
        width: EDGE_LINES[kind].width,
        'line-color': palette.edges[kind],
        'target-arrow-shape': EDGE_LINES[kind].arrow,
        'target-arrow-color': palette.edges[kind],
      },
    })),
    {
      // Links declared in the companion file carry their own words ("runs on", "configures").
      selector: 'edge[kind = "extra"]',
      style: {
        label: 'data(label)',
        'font-size': 11,
        'font-family': LABEL_FONT_FAMILY,
        color: palette.edges.extra,
        'text-rotation': 'autorotate',
        'text-background-color': palette.background,
        'text-background-opacity': 1,
        'text-background-padding': '2px',
      },
    },
    {
      selector: `node.${MAP_CLASSES.neighbour}`,
      style: { 'border-color': palette.highlight, 'border-width': 3, 'border-style': 'solid' },
    },
    {
      selector: `node.${MAP_CLASSES.selected}`,
      style: {
        'border-color': palette.highlight,
        'border-width': 5,
        'border-style': 'solid',
        'z-index': 20,
      },
    },
    {
      selector: `edge.${MAP_CLASSES.neighbour}`,
      style: {
        'line-color': palette.highlight,
        'target-arrow-color': palette.highlight,
        width: 3,
        'z-index': 10,
      },
    },
    {
      selector: `node.${MAP_CLASSES.emphasis}`,
      style: { 'border-color': palette.highlight, 'border-width': 4, 'border-style': 'double' },
    },
    {
      selector: `node.${MAP_CLASSES.pulse}`,
      style: {
        'overlay-color': palette.highlight,
        'overlay-opacity': 0.25,
        'overlay-padding': 6,
      },
    },
    ...(Object.keys(KNOWLEDGE_CLASSES) as KnowledgeStatus[]).map((status): StylesheetStyle => ({
      selector: `node.${KNOWLEDGE_CLASSES[status]}`,
      style: {
        'background-color': palette.knowledge[status].fill,
        'border-color': palette.knowledge[status].border,
        color: palette.knowledge[status].text,
        'border-style': status === 'due' ? 'dashed' : 'solid',
        'border-width': status === 'known' ? 3 : 2,
      },
    })),
    {
      // The name is hidden but the box stays, so its place and relations still show.
      selector: `node.${MAP_CLASSES.masked}`,
      style: { label: '?' },
    },
    {
      selector: `.${MAP_CLASSES.dimmed}`,
      style: { opacity: palette.dimmedOpacity },
    },
    {
      selector: `.${MAP_CLASSES.hidden}, edge.${MAP_CLASSES.hiddenRelation}`,
      style: { display: 'none' },
    },
  ];
  return rules;
}

// The legend: what the map's shapes, colours and lines mean, for the UI to draw (and to word in
// the reader's language: src/ui/i18n has a name for every concept and relation kind).

interface NodeLegendEntry {
  group: 'node';
  kind: ConceptKind;
  shape: NodeShape;
  /** The fill. */
  color: string;
  border: string;
  borderStyle: 'solid' | 'double';
  text: string;
}

interface EdgeLegendEntry {
  group: 'edge';
  kind: RelationKind;
  color: string;
  lineStyle: LineStyle;
  arrow: 'triangle' | 'vee' | 'diamond';
}

/** A container: a box around what a section (or a term) holds. */
interface ContainerLegendEntry {
  group: 'container';
  color: string;
  border: string;
}

export type LegendEntry = NodeLegendEntry | ContainerLegendEntry | EdgeLegendEntry;

/** What the map draws as nodes (the notes' title is the map's heading, not a node). */
const DRAWN_CONCEPT_KINDS = ['section', 'term'] as const satisfies readonly ConceptKind[];
/** What the map draws as edges (nesting is drawn as containment). */
const DRAWN_RELATION_KINDS = RELATION_KINDS.filter((kind) => kind !== 'nesting');

export function legendEntries(theme: MapTheme): LegendEntry[] {
  const palette = mapPalette(theme);
  const container: ContainerLegendEntry = {
    group: 'container',
    color: palette.container.fill,
    border: palette.container.border,
  };
  const nodes = DRAWN_CONCEPT_KINDS.map((kind): NodeLegendEntry => ({
    group: 'node',
    kind,
    shape: NODE_SHAPES[kind],
    color: palette.nodes[kind].fill,
    border: palette.nodes[kind].border,
    borderStyle: NODE_BORDER[kind].style,
    text: palette.nodes[kind].text,
  }));
  const edges = DRAWN_RELATION_KINDS.map((kind): EdgeLegendEntry => ({
    group: 'edge',
    kind,
    color: palette.edges[kind],
    lineStyle: EDGE_LINES[kind].style,
    arrow: EDGE_LINES[kind].arrow,
  }));
  return [container, ...nodes, ...edges];
}
