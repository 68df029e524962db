/** Line endings a terminal understands: a bare `\n` only moves down, `\r\n` starts the line. */
export function toTerminalText(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/** A note from Berth itself (not the container's output): dim, on a line of its own. */
export function note(text: string): string {
  return `\r\n\x1b[2m${toTerminalText(text)}\x1b[0m\r\n`;
}

export function errorText(text: string): string {
  return `\r\n\x1b[31m${toTerminalText(text)}\x1b[0m\r\n`;
}
