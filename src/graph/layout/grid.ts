/**
 * A uniform grid over the map, so that "what lies along this line" costs what lies near it and
 * not what the whole map holds (issue 15: maps of thousands of concepts). Items are numbers (the
 * caller's indices); an item is listed in every cell its box, or its segment, passes through. A
 * query may visit an item more than once: callers that care mark what they have seen.
 */
import type { Box, Point } from './geometry';

/** Cells per side of the key space: coordinates up to ±32768 cells (millions of pixels). */
const SPAN = 65536;
const OFFSET = 32768;

export class Grid {
  private readonly cells = new Map<number, number[]>();

  constructor(private readonly cellSize: number) {}

  addBox(item: number, box: Box): void {
    this.forCellsOfBox(box, (key) => this.add(key, item));
  }

  addSegment(item: number, a: Point, b: Point): void {
    this.forCellsOfSegment(a, b, (key) => this.add(key, item));
  }

  removeSegment(item: number, a: Point, b: Point): void {
    this.forCellsOfSegment(a, b, (key) => {
      const list = this.cells.get(key);
      if (!list) return;
      const at = list.indexOf(item);
      if (at >= 0) list.splice(at, 1);
    });
  }

  /** Every item listed in a cell the box touches. */
  nearBox(box: Box, visit: (item: number) => void): void {
    this.forCellsOfBox(box, (key) => {
      const list = this.cells.get(key);
      if (list) for (const item of list) visit(item);
    });
  }

  /** Every item listed in a cell the segment passes through. */
  nearSegment(a: Point, b: Point, visit: (item: number) => void): void {
    this.forCellsOfSegment(a, b, (key) => {
      const list = this.cells.get(key);
      if (list) for (const item of list) visit(item);
    });
  }

  private add(key: number, item: number): void {
    const list = this.cells.get(key);
    if (list) list.push(item);
    else this.cells.set(key, [item]);
  }

  private cellOf(value: number): number {
    return Math.floor(value / this.cellSize);
  }

  private forCellsOfBox(box: Box, visit: (key: number) => void): void {
    const x2 = this.cellOf(box.x2);
    const y2 = this.cellOf(box.y2);
    for (let x = this.cellOf(box.x1); x <= x2; x++) {
      for (let y = this.cellOf(box.y1); y <= y2; y++) visit(keyOf(x, y));
    }
  }

  /** The cells along a segment (Amanatides & Woo's voxel traversal). */
  private forCellsOfSegment(a: Point, b: Point, visit: (key: number) => void): void {
    let x = this.cellOf(a.x);
    let y = this.cellOf(a.y);
    const endX = this.cellOf(b.x);
    const endY = this.cellOf(b.y);
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const stepX = dx > 0 ? 1 : -1;
    const stepY = dy > 0 ? 1 : -1;
    const size = this.cellSize;
    const deltaX = dx === 0 ? Infinity : Math.abs(size / dx);
    const deltaY = dy === 0 ? Infinity : Math.abs(size / dy);
    let maxX = dx === 0 ? Infinity : ((dx > 0 ? (x + 1) * size : x * size) - a.x) / dx;
    let maxY = dy === 0 ? Infinity : ((dy > 0 ? (y + 1) * size : y * size) - a.y) / dy;
    visit(keyOf(x, y));
    // Bounded: one step per cell crossed.
    for (let steps = Math.abs(endX - x) + Math.abs(endY - y); steps > 0; steps--) {
      if (maxX < maxY) {
        x += stepX;
        maxX += deltaX;
      } else {
        y += stepY;
        maxY += deltaY;
      }
      visit(keyOf(x, y));
    }
  }
}

function keyOf(x: number, y: number): number {
  return (x + OFFSET) * SPAN + (y + OFFSET);
}
