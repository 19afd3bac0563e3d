import type { Positions } from '../../graph/concept-map-handle';
import type { ConceptGraph, NodeId } from '../../notes/concepts/model';

interface MapSketchProps {
  graph: ConceptGraph;
  positions: Positions;
  /** The tour's concepts: drawn emphasised and numbered in tour order. */
  tourSteps: readonly NodeId[];
  label: string;
}

const PADDING = 60;

/**
 * The map as a static SVG drawn from the build-time positions (the same preset layout the
 * canvas uses), for paper: vector, so it prints sharp at any size, and no Cytoscape needed.
 */
export function MapSketch({ graph, positions, tourSteps, label }: MapSketchProps) {
  const placed = graph.nodes.filter((node) => positions[node.id] !== undefined);
  if (placed.length === 0) return null;
  const xs = placed.map((node) => positions[node.id]!.x);
  const ys = placed.map((node) => positions[node.id]!.y);
  const spanX = Math.max(...xs) - Math.min(...xs);
  const spanY = Math.max(...ys) - Math.min(...ys);
  // Type scaled to the drawing, so a large map's labels stay in proportion to its nodes.
  const fontSize = Math.max(10, Math.min(spanX, spanY) / 50);
  // Labels are centred under their node: leave room for half of a long one at either side.
  const longest = Math.max(...placed.map((node) => labelEms(node.label) + 2));
  const padX = Math.max(PADDING, (longest * fontSize) / 2);
  const padY = PADDING + fontSize * 2;
  const minX = Math.min(...xs) - padX;
  const minY = Math.min(...ys) - padY;
  const width = spanX + 2 * padX;
  const height = spanY + 2 * padY;
  const stepNumber = new Map(tourSteps.map((id, index) => [id, index + 1]));

  return (
    <svg
      className="map-sketch"
      viewBox={`${minX} ${minY} ${width} ${height}`}
      role="img"
      aria-label={label}
      preserveAspectRatio="xMidYMid meet"
    >
      <g className="map-sketch-edges">
        {graph.edges.map((edge) => {
          const from = positions[edge.source];
          const to = positions[edge.target];
          if (!from || !to) return null;
          return (
            <line
              key={edge.id}
              x1={from.x}
              y1={from.y}
              x2={to.x}
              y2={to.y}
              className={`map-sketch-edge is-${edge.kind}`}
            />
          );
        })}
      </g>
      <g className="map-sketch-nodes">
        {placed.map((node) => {
          const { x, y } = positions[node.id]!;
          const step = stepNumber.get(node.id);
          return (
            <g
              key={node.id}
              className={step === undefined ? 'map-sketch-node' : 'map-sketch-node is-step'}
            >
              <circle cx={x} cy={y} r={fontSize * 0.8} />
              <text x={x} y={y + fontSize * 2} fontSize={fontSize} textAnchor="middle">
                {step === undefined ? node.label : `${step}. ${node.label}`}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}

/** A label's rough width in ems: CJK and other wide characters take a full em, Latin about 0.6. */
function labelEms(label: string): number {
  let ems = 0;
  for (const char of label) ems += char.codePointAt(0)! >= 0x2e80 ? 1 : 0.6;
  return ems;
}
