/**
 * Docker's exec form is a JSON array of strings; anything else (invalid JSON included) is shell
 * form. This scanner also keeps where each string is, which JSON.parse cannot.
 */
export interface ScannedExecForm {
  values: Array<{ value: string; start: number; end: number }>;
}

export function scanExecForm(text: string, start: number, end: number): ScannedExecForm | undefined {
  let i = skipSpace(text, start, end);
  if (text[i] !== '[') return undefined;
  i = skipSpace(text, i + 1, end);
  const values: ScannedExecForm['values'] = [];
  if (text[i] === ']') return skipSpace(text, i + 1, end) === end ? { values } : undefined;
  for (;;) {
    if (text[i] !== '"') return undefined;
    const stringStart = i;
    i++;
    while (i < end && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 0x20) return undefined;
      i++;
    }
    if (i >= end) return undefined;
    i++;
    let value: unknown;
    try {
      value = JSON.parse(text.slice(stringStart, i));
    } catch {
      return undefined;
    }
    values.push({ value: value as string, start: stringStart, end: i });
    i = skipSpace(text, i, end);
    if (text[i] === ',') {
      i = skipSpace(text, i + 1, end);
      continue;
    }
    if (text[i] === ']') return skipSpace(text, i + 1, end) === end ? { values } : undefined;
    return undefined;
  }
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  return i;
}
