import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser';
import { waitForMap } from './support/map';

// Explorer issue, "Readable at first sight": on a 1280×800 window the fitted map of the seed
// shows every label, and no two node labels overlap. Measured on what Chromium drew, not on the
// layout's own numbers.
const { openPage } = useBrowser();

interface DrawnLabel {
  id: string;
  box: { x1: number; y1: number; x2: number; y2: number };
  fontPx: number;
}

describe('the seed map at first sight, 1280×800', () => {
  test('every label is on screen, big enough to read, and overlaps no other', async () => {
    const { page } = await openPage('/kubernetes', { reducedMotion: true });
    await waitForMap(page);
    const { labels, width, height } = await page.evaluate(() => {
      const cy = window.__musubiCy!;
      return {
        width: cy.width(),
        height: cy.height(),
        labels: cy.nodes().map((node) => ({
          id: node.id(),
          box: node.renderedBoundingBox({ includeLabels: true, includeOverlays: false }),
          fontPx: parseFloat(node.style('font-size')) * cy.zoom(),
        })),
      };
    });

    expect(labels.length).toBeGreaterThan(25);
    const offScreen = labels.filter(
      ({ box }: DrawnLabel) => box.x1 < 0 || box.y1 < 0 || box.x2 > width || box.y2 > height,
    );
    expect(offScreen.map((l: DrawnLabel) => l.id)).toEqual([]);

    // 9 CSS pixels is the smallest label text we accept on a laptop screen at fit.
    const tooSmall = labels.filter((l: DrawnLabel) => l.fontPx < 9);
    expect(tooSmall.map((l: DrawnLabel) => `${l.id}: ${l.fontPx.toFixed(1)}px`)).toEqual([]);

    const overlapping: string[] = [];
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i]!.box;
        const b = labels[j]!.box;
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) {
          overlapping.push(`${labels[i]!.id} × ${labels[j]!.id}`);
        }
      }
    }
    expect(overlapping).toEqual([]);
  });

  test('the chains read in one direction: Pod → ReplicaSet → Deployment, Service → Ingress → Ingress Controller', async () => {
    const { page } = await openPage('/kubernetes', { reducedMotion: true });
    await waitForMap(page);
    const y = await page.evaluate(() => {
      const cy = window.__musubiCy!;
      const at = (id: string) => cy.getElementById(id).renderedPosition().y;
      return {
        pod: at('pod'),
        replicaset: at('replicaset'),
        deployment: at('deployment'),
        service: at('service'),
        ingress: at('ingress'),
        controller: at('ingress-controller'),
      };
    });
    expect(y.pod).toBeLessThan(y.replicaset);
    expect(y.replicaset).toBeLessThan(y.deployment);
    expect(y.service).toBeLessThan(y.ingress);
    expect(y.ingress).toBeLessThan(y.controller);
  });
});
