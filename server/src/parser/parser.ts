import { splitLines } from './lines';
import { Comment, Directive, DockerfileSyntax, Heredoc, Instruction, range } from './syntax';

/** Instructions that BuildKit lets carry heredocs. */
const HEREDOC_INSTRUCTIONS = new Set(['RUN', 'COPY', 'ADD']);

// BuildKit's directive shape: `# name=value`, name starting with a letter.
const DIRECTIVE = /^(\s*#\s*)([a-zA-Z][a-zA-Z0-9]*)(\s*=\s*)(.*?)\s*$/;

/**
 * Parses a Dockerfile into a syntax tree. Never throws: a malformed line becomes an instruction
 * with whatever keyword it starts with, so one broken line never hides the rest of the file.
 */
export function parseDockerfile(text: string): DockerfileSyntax {
  const lines = splitLines(text);
  const directives: Directive[] = [];
  const comments: Comment[] = [];
  const instructions: Instruction[] = [];

  let lineNo = 0;
  // Directives are only looked for before the first comment, empty line or instruction.
  for (; lineNo < lines.length; lineNo++) {
    const match = DIRECTIVE.exec(lines[lineNo]);
    if (!match) break;
    const [, lead, name, sep, value] = match;
    const nameStart = lead.length;
    const valueStart = nameStart + name.length + sep.length;
    directives.push({
      name: name.toLowerCase(),
      value,
      range: range(lineNo, 0, lineNo, lines[lineNo].length),
      nameRange: range(lineNo, nameStart, lineNo, nameStart + name.length),
      valueRange: range(lineNo, valueStart, lineNo, valueStart + value.length),
    });
  }
  const escapeChar = directives.find((d) => d.name === 'escape')?.value === '`' ? '`' : '\\';
  const continues = continuationTest(escapeChar);

  while (lineNo < lines.length) {
    const line = lines[lineNo];
    const indent = line.length - line.trimStart().length;
    if (indent === line.length) {
      lineNo++;
      continue;
    }
    if (line[indent] === '#') {
      comments.push({ text: line.slice(indent), range: range(lineNo, indent, lineNo, line.length) });
      lineNo++;
      continue;
    }

    const keywordMatch = /^\S+/.exec(line.slice(indent));
    let keyword = keywordMatch ? keywordMatch[0] : '';
    // `RUN\` directly followed by the continuation: the escape is not part of the keyword.
    if (keyword.length > 1 && keyword.endsWith(escapeChar) && continues(line)) keyword = keyword.slice(0, -1);
    const startLine = lineNo;
    const parts: string[] = [];
    let lastLine = lineNo;
    let cursor = lineNo;
    while (cursor < lines.length) {
      const current = lines[cursor];
      if (cursor > startLine) {
        // Empty lines and comment lines inside a continued instruction are skipped by BuildKit.
        const trimmed = current.trimStart();
        if (trimmed === '' || trimmed[0] === '#') {
          if (trimmed !== '') comments.push({ text: trimmed, range: range(cursor, current.length - trimmed.length, cursor, current.length) });
          cursor++;
          continue;
        }
      }
      const content = cursor === startLine ? current.slice(indent + keyword.length) : current;
      lastLine = cursor;
      cursor++;
      if (continues(current)) {
        parts.push(stripContinuation(content, escapeChar));
      } else {
        parts.push(content);
        break;
      }
    }

    const name = keyword.toUpperCase();
    const args = parts.join('').trim();
    let end = { line: lastLine, character: lines[lastLine].length };
    const heredocs: Heredoc[] = [];
    if (HEREDOC_INSTRUCTIONS.has(name)) {
      for (const marker of findHeredocMarkers(args)) {
        const bodyStart = cursor;
        let terminated = false;
        while (cursor < lines.length) {
          const body = marker.stripTabs ? lines[cursor].replace(/^\t+/, '') : lines[cursor];
          cursor++;
          if (body === marker.name) {
            terminated = true;
            break;
          }
        }
        const endLine = Math.max(bodyStart, cursor - 1);
        const bodyEnd = { line: Math.min(endLine, lines.length - 1), character: lines[Math.min(endLine, lines.length - 1)].length };
        heredocs.push({ ...marker, terminated, range: { start: { line: bodyStart, character: 0 }, end: bodyEnd } });
        end = bodyEnd;
      }
    }

    instructions.push({
      keyword,
      name,
      keywordRange: range(startLine, indent, startLine, indent + keyword.length),
      args,
      range: { start: { line: startLine, character: indent }, end },
      heredocs,
    });
    lineNo = cursor;
  }

  return { directives, escapeChar, instructions, comments };
}

/** A line continues when it ends with the escape character, optionally followed by blanks. */
function continuationTest(escapeChar: string): (line: string) => boolean {
  const pattern = new RegExp(`${escapeChar === '`' ? '`' : '\\\\'}[ \\t]*$`);
  return (line) => pattern.test(line);
}

function stripContinuation(content: string, escapeChar: string): string {
  const at = content.lastIndexOf(escapeChar);
  return at >= 0 ? content.slice(0, at) : content;
}

interface HeredocMarker {
  name: string;
  stripTabs: boolean;
  quoted: boolean;
}

/**
 * Finds `<<NAME`, `<<-NAME`, `<<"NAME"` words, the way BuildKit does: the arguments are split
 * into shell words first, so `<<` inside quotes is text and `<<<` (a here-string) is no heredoc.
 */
export function findHeredocMarkers(args: string): HeredocMarker[] {
  const markers: HeredocMarker[] = [];
  for (const word of shellWords(args)) {
    const match = /^<<(-?)([^<].*)$/.exec(word.raw);
    if (!match) continue;
    const delimiter = match[2];
    const quoted = /^(["']).*\1$/.test(delimiter);
    const name = quoted ? delimiter.slice(1, -1) : delimiter;
    if (name !== '') markers.push({ name, stripTabs: match[1] === '-', quoted });
  }
  return markers;
}

/** Splits on unquoted blanks; keeps each word's raw text (quotes included). */
function shellWords(text: string): { raw: string }[] {
  const words: { raw: string }[] = [];
  let current = '';
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      current += ch;
      if (ch === '\\' && quote === '"' && i + 1 < text.length) current += text[++i];
      else if (ch === quote) quote = undefined;
    } else if (ch === ' ' || ch === '\t') {
      if (current) words.push({ raw: current });
      current = '';
    } else {
      current += ch;
      if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '\\' && i + 1 < text.length) current += text[++i];
    }
  }
  if (current) words.push({ raw: current });
  return words;
}
