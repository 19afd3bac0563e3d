import { describe, expect, test } from 'vitest';
import { centreOn, frameBox, isOnScreen, zoomAboutCentre } from '../../../src/graph/camera';

const viewport = { width: 1000, height: 500 };
const limits = { min: 0.1, max: 3 };

/** Where a model point is drawn. */
const render = (camera: { zoom: number; pan: { x: number; y: number } }, x: number, y: number) => ({
  x: camera.pan.x + camera.zoom * x,
  y: camera.pan.y + camera.zoom * y,
});

describe('frameBox', () => {
  test('the framed box is centred and fits inside the padding', () => {
    const camera = frameBox({ x1: 0, y1: 0, x2: 2000, y2: 500 }, viewport, 50, limits);
    expect(camera.zoom).toBeCloseTo(0.45);
    const topLeft = render(camera, 0, 0);
    const bottomRight = render(camera, 2000, 500);
    expect(topLeft.x).toBeCloseTo(50);
    expect(bottomRight.x).toBeCloseTo(950);
    expect((topLeft.y + bottomRight.y) / 2).toBeCloseTo(250);
  });

  test('a single small node is not blown up past the maximum zoom', () => {
    expect(
      frameBox({ x1: 0, y1: 0, x2: 10, y2: 10 }, viewport, 40, { min: 0.1, max: 1.5 }).zoom,
    ).toBe(1.5);
  });
});

test('zooming keeps the point in the middle of the viewport in place', () => {
  const before = centreOn({ x: 300, y: 200 }, 1, viewport);
  const after = zoomAboutCentre(before, 1.25, viewport, limits);
  expect(after.zoom).toBe(1.25);
  expect(render(after, 300, 200)).toEqual({ x: 500, y: 250 });
  expect(zoomAboutCentre({ ...before, zoom: 3 }, 1.25, viewport, limits).zoom).toBe(3);
});

test('isOnScreen needs the whole box inside the viewport', () => {
  expect(isOnScreen({ x1: 10, y1: 10, x2: 100, y2: 100 }, viewport)).toBe(true);
  expect(isOnScreen({ x1: 950, y1: 10, x2: 1050, y2: 100 }, viewport)).toBe(false);
  expect(isOnScreen({ x1: -5, y1: 10, x2: 50, y2: 100 }, viewport)).toBe(false);
});
