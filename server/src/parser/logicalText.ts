import { Position, Range } from './syntax';

/**
 * The arguments of an instruction as one logical line (continuations removed, comment lines
 * inside dropped), remembering where each piece sits in the document so that any offset in the
 * logical text maps back to an exact LSP position.
 */
export class LogicalText {
  /** Per piece: its offset in `text`, its line and its start character (one flat array: large files have many instructions). */
  private readonly pieces: number[] = [];
  text = '';

  append(piece: string, line: number, character: number): void {
    this.pieces.push(this.text.length, line, character);
    this.text += piece;
  }

  /**
   * The document position of a logical offset. An offset that falls exactly on a boundary between
   * two pieces is the end of the earlier piece when `end` is set (so a range never ends at the
   * start of the next line), else the start of the later one.
   */
  positionAt(offset: number, end = false): Position {
    const pieces = this.pieces;
    if (pieces.length === 0) return { line: 0, character: 0 };
    // The last piece starting at or before the offset (strictly before, for an end position).
    let low = 0;
    let high = pieces.length / 3 - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      const start = pieces[middle * 3];
      if (start < offset || (start === offset && !(end && offset > 0))) low = middle;
      else high = middle - 1;
    }
    const at = low * 3;
    return { line: pieces[at + 1], character: pieces[at + 2] + (offset - pieces[at]) };
  }

  /** Moves every piece by `delta` lines (lines were inserted or removed above). */
  shift(delta: number): void {
    for (let i = 1; i < this.pieces.length; i += 3) this.pieces[i] += delta;
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end, end > start) };
  }
}
