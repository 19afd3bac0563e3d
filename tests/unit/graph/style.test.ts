import cytoscape from 'cytoscape';
import { describe, expect, test } from 'vitest';
import { allElements, toElements } from '../../../src/graph/elements';
import { legendEntries, MAP_CLASSES, mapStylesheet } from '../../../src/graph/style';
import { MAP_THEMES, mapPalette } from '../../../src/graph/themes';
import { edge, node, smallGraph } from './small-graph';

/** A headless Cytoscape with the real stylesheet: computed styles without a canvas. */
function styled(theme: 'light' | 'dark' | 'contrast' = 'light') {
  const graph = smallGraph();
  graph.edges.push(edge('pod', 'コンテキスト', 'extra'));
  graph.edges.push(edge('pod', 'コンテキスト', 'links'));
  // A section holding nothing is a leaf, drawn as a node of its own kind.
  graph.nodes.push(node('further', 'Further reading', 'section', 5, '', 'small-notes'));
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: allElements(toElements(graph, {})),
    style: mapStylesheet(theme),
  });
}

/** WCAG 2 relative luminance contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

describe('node kinds look different', () => {
  test.each(MAP_THEMES)('%s: a container, a section and a term look different', (theme) => {
    const cy = styled(theme);
    const look = (id: string) => {
      const node = cy.getElementById(id);
      return `${node.style('shape')} ${node.style('background-color')} ${node.style('border-color')}`;
    };
    expect(new Set([look('terms'), look('further'), look('pod')]).size).toBe(3);
    // Told apart by more than colour (WCAG 1.4.1): a section and a term differ in shape.
    expect(cy.getElementById('further').style('shape')).not.toBe(
      cy.getElementById('pod').style('shape'),
    );
  });

  test('the label drawn is the wrapped label, at the size the layout measured', () => {
    const graph = smallGraph();
    graph.nodes.push(node('long', 'Kubernetes関連メモ for the whole cluster', 'section', 9));
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: allElements(toElements(graph, {})),
      style: mapStylesheet('light'),
    });
    const long = cy.getElementById('long');
    expect(long.style('label')).toContain('\n');
    expect(long.style('label').replace(/\n/g, ' ')).toBe(
      'Kubernetes 関連メモ for the whole cluster',
    );
    expect(long.width()).toBe(long.data('width'));
    expect(long.height()).toBe(long.data('height'));
  });
});

test.each(MAP_THEMES)('%s: edge kinds differ in line style and colour, with arrows', (theme) => {
  const cy = styled(theme);
  const kinds = ['nesting', 'mentions', 'extra'].map((kind) =>
    cy.edges(`[kind = "${kind}"]`).first(),
  );
  expect(new Set(kinds.map((e) => e.style('line-style'))).size).toBe(3);
  expect(new Set(kinds.map((e) => e.style('line-color'))).size).toBe(3);
  for (const e of kinds) expect(e.style('target-arrow-shape')).not.toBe('none');
});

test.each(MAP_THEMES)('%s: label text is readable on every node fill', (theme) => {
  const palette = mapPalette(theme);
  const minimum = theme === 'contrast' ? 7 : 4.5;
  for (const colours of Object.values(palette.nodes)) {
    expect(contrast(colours.text, colours.fill)).toBeGreaterThanOrEqual(minimum);
  }
  for (const colour of Object.values(palette.edges)) {
    // WCAG 1.4.11: graphical objects need 3:1 against the background.
    expect(contrast(colour, palette.background)).toBeGreaterThanOrEqual(3);
  }
});

describe('state classes', () => {
  test('dimmed elements fade, hidden ones are not displayed, the selected node stands out', () => {
    const cy = styled();
    const pod = cy.getElementById('pod');
    const before = pod.style('border-width');
    pod.addClass(MAP_CLASSES.selected);
    expect(pod.style('border-width')).not.toBe(before);
    expect(pod.style('border-color')).toBe(toRgb(mapPalette('light').highlight));

    const terms = cy.getElementById('terms');
    terms.addClass(MAP_CLASSES.dimmed);
    expect(Number(terms.style('opacity'))).toBeLessThan(0.5);

    terms.addClass(MAP_CLASSES.hidden);
    expect(terms.style('display')).toBe('none');
    expect(terms.visible()).toBe(false);
  });

  test('edges next to the selection take the highlight colour', () => {
    const cy = styled('dark');
    const mention = cy.edges('[kind = "mentions"]').first();
    mention.addClass(MAP_CLASSES.neighbour);
    expect(mention.style('line-color')).toBe(toRgb(mapPalette('dark').highlight));
  });
});

describe('legendEntries', () => {
  test.each(MAP_THEMES)(
    '%s: one entry per drawn kind of concept and relation, in the colours drawn',
    (theme) => {
      const cy = styled(theme);
      const entries = legendEntries(theme);
      expect(
        entries.map((e) => (e.group === 'container' ? 'container' : `${e.group}:${e.kind}`)),
      ).toEqual([
        'container',
        'node:section',
        'node:term',
        'edge:mentions',
        'edge:links',
        'edge:extra',
      ]);
      for (const entry of entries) {
        if (entry.group === 'container') {
          expect(cy.nodes(':parent').first().style('background-color')).toBe(toRgb(entry.color));
          continue;
        }
        const element =
          entry.group === 'node'
            ? cy.nodes(`[kind = "${entry.kind}"]:childless`).first()
            : cy.edges(`[kind = "${entry.kind}"]`).first();
        const drawn = element.style(entry.group === 'node' ? 'background-color' : 'line-color');
        expect(drawn).toBe(toRgb(entry.color));
        if (entry.group === 'edge') expect(element.style('line-style')).toBe(entry.lineStyle);
        else expect(element.style('shape')).toBe(entry.shape);
      }
    },
  );
});

/** Cytoscape reports colours as `rgb(r,g,b)`. */
function toRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r},${g},${b})`;
}
