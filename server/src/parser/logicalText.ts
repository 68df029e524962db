import { Position, Range } from './syntax';

/**
 * The arguments of an instruction as one logical line (continuations removed, comment lines
 * inside dropped), remembering where each piece sits in the document so that any offset in the
 * logical text maps back to an exact LSP position.
 */
export class LogicalText {
  /** The first piece (at offset 0): most instructions have no other, and keep no array. */
  private firstLine = -1;
  private firstCharacter = 0;
  /** Per further piece: its offset in `text`, its line and its start character (one flat array). */
  private more: number[] | undefined;
  text = '';

  append(piece: string, line: number, character: number): void {
    if (this.firstLine < 0) {
      this.firstLine = line;
      this.firstCharacter = character;
      this.text = piece;
      return;
    }
    (this.more ??= []).push(this.text.length, line, character);
    this.text += piece;
  }

  /**
   * The document position of a logical offset. An offset that falls exactly on a boundary between
   * two pieces is the end of the earlier piece when `end` is set (so a range never ends at the
   * start of the next line), else the start of the later one.
   */
  positionAt(offset: number, end = false): Position {
    if (this.firstLine < 0) return { line: 0, character: 0 };
    const more = this.more;
    if (more !== undefined) {
      // The last further piece starting at or before the offset (strictly before, for an end position).
      let low = -1;
      let high = more.length / 3 - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        const start = more[middle * 3];
        if (start < offset || (start === offset && !(end && offset > 0))) low = middle;
        else high = middle - 1;
      }
      if (low >= 0) {
        const at = low * 3;
        return { line: more[at + 1], character: more[at + 2] + (offset - more[at]) };
      }
    }
    return { line: this.firstLine, character: this.firstCharacter + offset };
  }

  /** Moves every piece by `delta` lines (lines were inserted or removed above). */
  shift(delta: number): void {
    if (this.firstLine < 0) return;
    this.firstLine += delta;
    const more = this.more;
    if (more) for (let i = 1; i < more.length; i += 3) more[i] += delta;
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end, end > start) };
  }
}
