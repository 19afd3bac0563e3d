/**
 * What the map's shapes, colours and lines mean, for a small legend drawn by the UI. Built from
 * the same constants as the stylesheet (style.ts, themes.ts), so the two cannot drift apart.
 */
import type { ConceptKind, EdgeKind } from '../notes/model';
import type { MapTheme } from './concept-map-handle';
import { EDGE_LINES, NODE_BORDER, NODE_SHAPES, type LineStyle, type NodeShape } from './style';
import { mapPalette } from './themes';

export interface NodeLegendEntry {
  element: 'node';
  kind: ConceptKind;
  label: string;
  shape: NodeShape;
  fill: string;
  border: string;
  borderStyle: 'solid' | 'double';
  text: string;
}

export interface EdgeLegendEntry {
  element: 'edge';
  kind: EdgeKind;
  label: string;
  colour: string;
  lineStyle: LineStyle;
  arrow: 'triangle' | 'vee' | 'diamond';
}

export type LegendEntry = NodeLegendEntry | EdgeLegendEntry;

const NODE_LABELS: Readonly<Record<ConceptKind, string>> = {
  title: 'Notes title',
  section: 'Section',
  term: 'Term',
};

const EDGE_LABELS: Readonly<Record<EdgeKind, string>> = {
  nesting: 'Contains',
  mentions: 'Mentioned in',
  extra: 'Declared link',
};

export function legendEntries(theme: MapTheme): LegendEntry[] {
  const palette = mapPalette(theme);
  const nodes = (['title', 'section', 'term'] as const).map(
    (kind): NodeLegendEntry => ({
      element: 'node',
      kind,
      label: NODE_LABELS[kind],
      shape: NODE_SHAPES[kind],
      fill: palette.nodes[kind].fill,
      border: palette.nodes[kind].border,
      borderStyle: NODE_BORDER[kind].style,
      text: palette.nodes[kind].text,
    }),
  );
  const edges = (['nesting', 'mentions', 'extra'] as const).map(
    (kind): EdgeLegendEntry => ({
      element: 'edge',
      kind,
      label: EDGE_LABELS[kind],
      colour: palette.edges[kind],
      lineStyle: EDGE_LINES[kind].style,
      arrow: EDGE_LINES[kind].arrow,
    }),
  );
  return [...nodes, ...edges];
}
