/** Offsets to 1-based lines and columns, by binary search over line starts. */
import type { Point, Range } from '../types.js';

export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly source: string) {
    this.starts = [0];
    for (let i = 0; i < source.length; i++) {
      if (source.charCodeAt(i) === 10) this.starts.push(i + 1);
    }
  }

  pointAt(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.source.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid]! <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - this.starts[lo]! + 1, offset: clamped };
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.pointAt(start), end: this.pointAt(Math.max(start, end)) };
  }

  /** Offset of the end of the line that holds `offset` (before its line break). */
  lineEnd(offset: number): number {
    const next = this.source.indexOf('\n', offset);
    const end = next < 0 ? this.source.length : next;
    return end > offset && this.source[end - 1] === '\r' ? end - 1 : end;
  }
}
