import { Position, Range } from './syntax';

/**
 * The arguments of an instruction as one logical line (continuations removed, comment lines
 * inside dropped), remembering where each piece sits in the document so that any offset in the
 * logical text maps back to an exact LSP position.
 */
export class LogicalText {
  private readonly pieceOffsets: number[] = [];
  private readonly pieceLines: number[] = [];
  private readonly pieceChars: number[] = [];
  text = '';

  append(piece: string, line: number, character: number): void {
    this.pieceOffsets.push(this.text.length);
    this.pieceLines.push(line);
    this.pieceChars.push(character);
    this.text += piece;
  }

  /**
   * The document position of a logical offset. An offset that falls exactly on a boundary between
   * two pieces is the end of the earlier piece when `end` is set (so a range never ends at the
   * start of the next line), else the start of the later one.
   */
  positionAt(offset: number, end = false): Position {
    const offsets = this.pieceOffsets;
    if (offsets.length === 0) return { line: 0, character: 0 };
    // The last piece starting at or before the offset (strictly before, for an end position).
    let low = 0;
    let high = offsets.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (offsets[middle] < offset || (offsets[middle] === offset && !(end && offset > 0))) low = middle;
      else high = middle - 1;
    }
    const piece = low;
    return { line: this.pieceLines[piece], character: this.pieceChars[piece] + (offset - offsets[piece]) };
  }

  /** Moves every piece by `delta` lines (lines were inserted or removed above). */
  shift(delta: number): void {
    for (let i = 0; i < this.pieceLines.length; i++) this.pieceLines[i] += delta;
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end, end > start) };
  }
}
