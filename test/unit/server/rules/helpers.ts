import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { DiagnosticData, DiagnosticOptions, computeDiagnostics } from '../../../../server/src/features/diagnostics';
import { parseDockerfile } from '../../../../server/src/parser/parser';
import { Range } from '../../../../server/src/parser/syntax';

export const SEVERITY_NAMES: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};

export function diagnose(text: string, options: Partial<DiagnosticOptions> = {}): Diagnostic[] {
  return computeDiagnostics(parseDockerfile(text), { locale: 'en', ...options });
}

/** The diagnostics of one rule, as [severity, 'line:char-line:char', message]. */
export function findingsOf(ruleId: string, text: string, options: Partial<DiagnosticOptions> = {}): Array<[string, string, string]> {
  return diagnose(text, options)
    .filter((d) => d.code === ruleId)
    .map((d) => [SEVERITY_NAMES[d.severity ?? 1], rangeText(d.range), String(d.message)]);
}

export function rangeText(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** Applies the first quick fix of the first diagnostic of a rule and returns the new text. */
export function applyFirstFix(ruleId: string, text: string, fixIndex = 0): string {
  const diagnostic = diagnose(text).find((d) => d.code === ruleId);
  const fix = (diagnostic?.data as DiagnosticData | undefined)?.fixes[fixIndex];
  if (!fix) throw new Error(`no fix for ${ruleId}`);
  const lines = text.split('\n');
  const offsetOf = (line: number, character: number) => lines.slice(0, line).reduce((sum, l) => sum + l.length + 1, 0) + character;
  const edits = [...fix.edits].sort((a, b) => offsetOf(b.range.start.line, b.range.start.character) - offsetOf(a.range.start.line, a.range.start.character));
  let result = text;
  for (const edit of edits) {
    result = result.slice(0, offsetOf(edit.range.start.line, edit.range.start.character)) + edit.newText + result.slice(offsetOf(edit.range.end.line, edit.range.end.character));
  }
  return result;
}
