import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { Locale, message } from '../l10n/messages';
import { DockerfileSyntax } from '../parser/syntax';
import { RULES } from '../rules';
import { Severity } from '../rules/rule';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'berth';

/** Runs every rule over the syntax tree and turns the findings into LSP diagnostics. */
export function computeDiagnostics(syntax: DockerfileSyntax, locale: Locale): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const rule of RULES) {
    for (const finding of rule.check(syntax)) {
      diagnostics.push({
        range: finding.range,
        severity: SEVERITY[rule.defaultSeverity],
        code: rule.id,
        source: DIAGNOSTIC_SOURCE,
        message: message(locale, finding.message, ...finding.args),
      });
    }
  }
  return diagnostics;
}
