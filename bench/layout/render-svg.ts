/**
 * A drawing (src/graph/layout/drawing.ts) as an SVG picture, styled like the map (containers as
 * pale boxes with their name on top, concepts as boxes, relations with arrows), for the layout
 * comparison's pictures (docs/layout/). Not the app's renderer: the same geometry, drawn plainly.
 */
import type { MapElements } from '../../src/graph/elements';
import type { Drawing } from '../../src/graph/layout/quality';

const FONT = "'Noto Sans CJK JP', 'Noto Sans', sans-serif";

export function drawingToSvg(drawing: Drawing, elements: MapElements, title: string): string {
  const dataOf = new Map(elements.nodes.map(({ data }) => [data.id, data]));
  const boxes = drawing.concepts.map((concept) => concept.box);
  const margin = 16;
  const x1 = Math.min(...boxes.map((box) => box.x1)) - margin;
  const y1 = Math.min(...boxes.map((box) => box.y1)) - margin - 28;
  const x2 = Math.max(...boxes.map((box) => box.x2)) + margin;
  const y2 = Math.max(...boxes.map((box) => box.y2)) + margin;
  const parts: string[] = [
    `<text x="${x1 + margin}" y="${y1 + 22}" font-size="15" font-family="${FONT}" fill="#475569">${escape(title)}</text>`,
  ];
  const area = (box: Drawing['concepts'][number]['box']) => (box.x2 - box.x1) * (box.y2 - box.y1);
  const containers = drawing.concepts
    .filter((concept) => concept.isContainer)
    .sort((a, b) => area(b.box) - area(a.box));
  for (const { id, box, labelBox } of containers) {
    const data = dataOf.get(id)!;
    parts.push(
      `<rect x="${box.x1}" y="${box.y1}" width="${box.x2 - box.x1}" height="${box.y2 - box.y1}" rx="6" fill="#f1f5f9" fill-opacity="0.85" stroke="#94a3b8"/>`,
      label(data.wrapped, (labelBox.x1 + labelBox.x2) / 2, labelBox.y1, data.fontSize, 'bold'),
    );
  }
  for (const relation of drawing.relations) {
    const points = relation.points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
    parts.push(
      `<polyline points="${points}" fill="none" stroke="#c2410c" stroke-width="1.4" marker-end="url(#arrow)"/>`,
    );
  }
  for (const { id, box } of drawing.concepts.filter((concept) => !concept.isContainer)) {
    const data = dataOf.get(id)!;
    const fill = data.kind === 'term' ? '#fef3c7' : '#dbeafe';
    const lines = data.wrapped.split('\n').length;
    const top = (box.y1 + box.y2) / 2 - (lines * data.fontSize * 1.25) / 2;
    parts.push(
      `<rect x="${box.x1}" y="${box.y1}" width="${box.x2 - box.x1}" height="${box.y2 - box.y1}" rx="5" fill="${fill}" stroke="#b45309"/>`,
      label(data.wrapped, (box.x1 + box.x2) / 2, top, data.fontSize, data.fontWeight),
    );
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${x2 - x1}" height="${y2 - y1}" viewBox="${x1} ${y1} ${x2 - x1} ${y2 - y1}">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#c2410c"/></marker></defs>',
    `<rect x="${x1}" y="${y1}" width="${x2 - x1}" height="${y2 - y1}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

/** Lines of a label, the first line's top at `top`. */
function label(text: string, x: number, top: number, size: number, weight: string): string {
  return text
    .split('\n')
    .map(
      (line, index) =>
        `<text x="${x}" y="${top + (index + 0.8) * size * 1.25}" font-size="${size}" font-weight="${weight}" text-anchor="middle" font-family="${FONT}">${escape(line)}</text>`,
    )
    .join('');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
