/**
 * Colours of the map per theme. One palette per theme, read by the stylesheet (style.ts) and the
 * legend (legend.ts), so the legend always matches what is drawn. Text on every fill meets WCAG
 * contrast AA (4.5:1), and AAA (7:1) in the high-contrast theme; tests/unit/graph/style.test.ts
 * checks it.
 */
import type { ConceptKind } from '../notes/concepts/model';
import type { RelationKind } from '../notes/concepts/relations';
import type { KnowledgeStatus, MapTheme } from './concept-map-handle';

interface NodeColours {
  fill: string;
  border: string;
  text: string;
}

export interface MapPalette {
  /** The canvas background the colours are chosen against (the UI paints it). */
  background: string;
  nodes: Readonly<Record<ConceptKind, NodeColours>>;
  /** A box around the concepts a section (or a term) holds. */
  container: NodeColours;
  /** Study mode's overlay: how well each concept is known. */
  knowledge: Readonly<Record<KnowledgeStatus, NodeColours>>;
  edges: Readonly<Record<RelationKind, string>>;
  /** Border of the selected node and colour of its edges. */
  highlight: string;
  /** Opacity of what is not selected or next to the selection. */
  dimmedOpacity: number;
}

const LIGHT: MapPalette = {
  background: '#ffffff',
  nodes: {
    title: { fill: '#1e3a8a', border: '#1e3a8a', text: '#ffffff' },
    section: { fill: '#dbeafe', border: '#1d4ed8', text: '#0f172a' },
    term: { fill: '#fef3c7', border: '#b45309', text: '#1c1917' },
  },
  container: { fill: '#f1f5f9', border: '#94a3b8', text: '#1e293b' },
  knowledge: {
    new: { fill: '#ffffff', border: '#64748b', text: '#1e293b' },
    learning: { fill: '#fef9c3', border: '#a16207', text: '#1c1917' },
    due: { fill: '#fee2e2', border: '#b91c1c', text: '#1c1917' },
    known: { fill: '#dcfce7', border: '#15803d', text: '#14532d' },
  },
  edges: { nesting: '#475569', mentions: '#c2410c', links: '#0f766e', extra: '#7e22ce' },
  highlight: '#dc2626',
  dimmedOpacity: 0.2,
};

const DARK: MapPalette = {
  background: '#0f172a',
  nodes: {
    title: { fill: '#bfdbfe', border: '#bfdbfe', text: '#0f172a' },
    section: { fill: '#1e3a8a', border: '#93c5fd', text: '#f8fafc' },
    term: { fill: '#422006', border: '#fbbf24', text: '#fef3c7' },
  },
  container: { fill: '#1e293b', border: '#64748b', text: '#e2e8f0' },
  knowledge: {
    new: { fill: '#0f172a', border: '#94a3b8', text: '#f8fafc' },
    learning: { fill: '#422006', border: '#facc15', text: '#fef9c3' },
    due: { fill: '#450a0a', border: '#f87171', text: '#fee2e2' },
    known: { fill: '#052e16', border: '#4ade80', text: '#dcfce7' },
  },
  edges: { nesting: '#94a3b8', mentions: '#fb923c', links: '#5eead4', extra: '#d8b4fe' },
  highlight: '#f87171',
  dimmedOpacity: 0.25,
};

/** Black and white first; kinds differ by shape and line style as much as by colour. */
const CONTRAST: MapPalette = {
  background: '#000000',
  nodes: {
    title: { fill: '#ffffff', border: '#ffffff', text: '#000000' },
    section: { fill: '#000000', border: '#ffff00', text: '#ffffff' },
    term: { fill: '#000000', border: '#00ffff', text: '#ffffff' },
  },
  container: { fill: '#000000', border: '#ffffff', text: '#ffffff' },
  knowledge: {
    new: { fill: '#000000', border: '#ffffff', text: '#ffffff' },
    learning: { fill: '#000000', border: '#ffff00', text: '#ffff00' },
    due: { fill: '#000000', border: '#ff00ff', text: '#ffffff' },
    known: { fill: '#000000', border: '#00ff00', text: '#00ff00' },
  },
  edges: { nesting: '#ffffff', mentions: '#ffff00', links: '#00ff00', extra: '#00ffff' },
  highlight: '#ff00ff',
  // Dimming must not make anything unreadable in this theme.
  dimmedOpacity: 0.45,
};

const PALETTES: Readonly<Record<MapTheme, MapPalette>> = {
  light: LIGHT,
  dark: DARK,
  contrast: CONTRAST,
};

export function mapPalette(theme: MapTheme): MapPalette {
  return PALETTES[theme];
}

export const MAP_THEMES: readonly MapTheme[] = ['light', 'dark', 'contrast'];
