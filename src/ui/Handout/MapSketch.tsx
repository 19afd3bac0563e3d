import { useId, useMemo } from 'react';
import type { Positions } from '../../graph/concept-map-handle';
import { toElements } from '../../graph/elements';
import { drawingOf } from '../../graph/layout/drawing';
import { rebuildContainers } from '../../graph/layout/hierarchy';
import type { Point } from '../../graph/layout/geometry';
import { mapPalette } from '../../graph/themes';
import type { ConceptGraph, NodeId } from '../../notes/concepts/model';
import { useI18n } from '../i18n/I18nProvider';
import { conceptKindName, relationLegend } from '../i18n/relation-words';

interface MapSketchProps {
  graph: ConceptGraph;
  positions: Positions;
  /** Bends of the relations that go around something (the layout's routes). */
  routes?: Readonly<Record<string, readonly Point[]>>;
  /** The tour's concepts: drawn emphasised and numbered in tour order. */
  tourSteps: readonly NodeId[];
  label: string;
}

const PADDING = 24;
const LEGEND_HEIGHT = 46;

/**
 * The map for paper (issue 9: "a vector drawing on a landscape page with arrows, a legend and
 * no label crossed by an edge or overlapping another"): the very drawing the screen shows —
 * containers around what they hold, concepts as boxes with their names, relations with arrows
 * bending where the layout routed them — as SVG, so it prints sharp at any size. Light colours
 * whatever the screen's theme: paper is white.
 */
export function MapSketch({ graph, positions, routes, tourSteps, label }: MapSketchProps) {
  const { t } = useI18n();
  const arrowId = useId();
  const drawing = useMemo(() => {
    const elements = toElements(graph, positions);
    const placed = new Map(Object.entries(positions));
    const containers = rebuildContainers(elements, placed);
    const data = new Map(elements.nodes.map(({ data }) => [data.id, data]));
    return {
      data,
      ...drawingOf(elements, placed, containers, new Map(Object.entries(routes ?? {}))),
    };
  }, [graph, positions, routes]);
  const palette = mapPalette('light');
  if (drawing.concepts.length === 0) return null;

  const x1 = Math.min(...drawing.concepts.map((c) => c.box.x1)) - PADDING;
  const y1 = Math.min(...drawing.concepts.map((c) => c.box.y1)) - PADDING;
  const x2 = Math.max(...drawing.concepts.map((c) => c.box.x2)) + PADDING;
  const y2 = Math.max(...drawing.concepts.map((c) => c.box.y2)) + PADDING;
  const stepNumber = new Map(tourSteps.map((id, index) => [id as string, index + 1]));
  // Containers first, the largest at the back, so what they hold is drawn over them.
  const containers = drawing.concepts
    .filter((concept) => concept.isContainer)
    .sort((a, b) => area(b.box) - area(a.box));
  const leaves = drawing.concepts.filter((concept) => !concept.isContainer);
  const legendY = y2 + 8;

  return (
    <svg
      className="map-sketch"
      viewBox={`${x1} ${y1} ${x2 - x1} ${y2 - y1 + LEGEND_HEIGHT}`}
      role="img"
      aria-label={label}
      preserveAspectRatio="xMidYMid meet"
      fontFamily='system-ui, "Noto Sans CJK JP", "Hiragino Sans", sans-serif'
    >
      <defs>
        <marker
          id={arrowId}
          viewBox="0 0 10 10"
          refX="10"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" fill={palette.edges.mentions} />
        </marker>
      </defs>
      {containers.map((concept) => {
        const data = drawing.data.get(concept.id)!;
        return (
          <g key={concept.id} className="map-sketch-container">
            <rect
              x={concept.box.x1}
              y={concept.box.y1}
              width={concept.box.x2 - concept.box.x1}
              height={concept.box.y2 - concept.box.y1}
              rx={8}
              fill={palette.container.fill}
              stroke={palette.container.border}
            />
            <text
              x={(concept.box.x1 + concept.box.x2) / 2}
              y={concept.box.y1 + data.fontSize}
              fontSize={data.fontSize}
              fontWeight="bold"
              textAnchor="middle"
              fill={palette.container.text}
            >
              {data.label}
            </text>
          </g>
        );
      })}
      {drawing.relations.map((relation) => {
        const reverse = drawing.data.get(relation.source) && relationReverse(graph, relation.id);
        return (
          <polyline
            key={relation.id}
            points={relation.points.map((p) => `${p.x},${p.y}`).join(' ')}
            fill="none"
            stroke={palette.edges.mentions}
            strokeWidth={1.6}
            markerEnd={`url(#${arrowId})`}
            markerStart={reverse ? `url(#${arrowId})` : undefined}
          />
        );
      })}
      {leaves.map((concept) => {
        const data = drawing.data.get(concept.id)!;
        const kind = data.kind;
        const colours = palette.nodes[kind];
        const lines = data.wrapped.split('\n');
        const step = stepNumber.get(concept.id);
        const cx = (concept.box.x1 + concept.box.x2) / 2;
        const cy = (concept.box.y1 + concept.box.y2) / 2;
        return (
          <g
            key={concept.id}
            className={step === undefined ? 'map-sketch-node' : 'map-sketch-node is-step'}
          >
            <rect
              x={concept.box.x1}
              y={concept.box.y1}
              width={concept.box.x2 - concept.box.x1}
              height={concept.box.y2 - concept.box.y1}
              rx={6}
              fill={colours.fill}
              stroke={step === undefined ? colours.border : palette.highlight}
              strokeWidth={step === undefined ? 1.5 : 3}
            />
            {lines.map((line, index) => (
              <text
                key={index}
                x={cx}
                y={
                  cy +
                  (index - (lines.length - 1) / 2) * data.fontSize * 1.25 +
                  data.fontSize * 0.35
                }
                fontSize={data.fontSize}
                fontWeight={data.fontWeight}
                textAnchor="middle"
                fill={colours.text}
              >
                {line}
              </text>
            ))}
            {step === undefined ? null : (
              <text
                x={concept.box.x1}
                y={concept.box.y1 - 3}
                fontSize={11}
                fontWeight="bold"
                fill={palette.highlight}
              >
                {step}
              </text>
            )}
          </g>
        );
      })}
      <g className="map-sketch-legend" fontSize={12}>
        <rect
          x={x1 + 4}
          y={legendY}
          width={18}
          height={12}
          rx={3}
          fill={palette.container.fill}
          stroke={palette.container.border}
        />
        <text x={x1 + 28} y={legendY + 10}>
          {t('concept.container')}
        </text>
        <rect
          x={x1 + 4}
          y={legendY + 20}
          width={18}
          height={12}
          rx={3}
          fill={palette.nodes.term.fill}
          stroke={palette.nodes.term.border}
        />
        <text x={x1 + 28} y={legendY + 30}>
          {conceptKindName('term', t)} / {conceptKindName('section', t)}
        </text>
        <line
          x1={x1 + 260}
          y1={legendY + 6}
          x2={x1 + 290}
          y2={legendY + 6}
          stroke={palette.edges.mentions}
          strokeWidth={1.6}
          markerEnd={`url(#${arrowId})`}
        />
        <text x={x1 + 298} y={legendY + 10}>
          {relationLegend('mentions', t)} — {t('legend.direction')}
        </text>
      </g>
    </svg>
  );
}

function area(box: { x1: number; y1: number; x2: number; y2: number }): number {
  return (box.x2 - box.x1) * (box.y2 - box.y1);
}

/** Whether the relation is drawn with arrows at both ends (the two concepts name each other). */
function relationReverse(graph: ConceptGraph, edgeId: string): boolean {
  const edge = graph.edges.find((candidate) => candidate.id === edgeId);
  if (!edge) return false;
  return graph.edges.some(
    (other) =>
      other.kind === edge.kind && other.source === edge.target && other.target === edge.source,
  );
}
