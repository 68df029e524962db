/** Splits text into lines on LF, CRLF or CR, as LSP counts them, without the line breaks. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
