/**
 * A binary min-heap of small integer records keyed by a number: routes.ts's lazy A* pushes tens
 * of thousands of candidate steps per relation, and a sorted array or a scan would be quadratic.
 * Records are stored as (key, a, b, c) in flat arrays, so pushing allocates nothing per step.
 */
export class MinHeap {
  private keys: number[] = [];
  private records: number[] = [];
  private size = 0;

  get isEmpty(): boolean {
    return this.size === 0;
  }

  push(key: number, a: number, b: number, c: number): void {
    let at = this.size++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (this.keys[parent]! <= key) break;
      this.move(parent, at);
      at = parent;
    }
    this.set(at, key, a, b, c);
  }

  /** Removes the least record and writes it into `out` as [key, a, b, c]. */
  pop(out: [number, number, number, number]): void {
    out[0] = this.keys[0]!;
    out[1] = this.records[0]!;
    out[2] = this.records[1]!;
    out[3] = this.records[2]!;
    const last = --this.size;
    const key = this.keys[last]!;
    const [a, b, c] = [
      this.records[3 * last]!,
      this.records[3 * last + 1]!,
      this.records[3 * last + 2]!,
    ];
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= last) break;
      if (child + 1 < last && this.keys[child + 1]! < this.keys[child]!) child++;
      if (this.keys[child]! >= key) break;
      this.move(child, at);
      at = child;
    }
    if (last > 0) this.set(at, key, a, b, c);
  }

  private move(from: number, to: number): void {
    this.set(
      to,
      this.keys[from]!,
      this.records[3 * from]!,
      this.records[3 * from + 1]!,
      this.records[3 * from + 2]!,
    );
  }

  private set(at: number, key: number, a: number, b: number, c: number): void {
    this.keys[at] = key;
    this.records[3 * at] = a;
    this.records[3 * at + 1] = b;
    this.records[3 * at + 2] = c;
  }
}
