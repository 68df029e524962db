import { CodeAction, CodeActionKind, CodeActionParams, Diagnostic } from 'vscode-languageserver';
import { DIAGNOSTIC_SOURCE, DiagnosticData } from './diagnostics';

/** Quick fixes for the diagnostics in the request; the fixes travel in each diagnostic's data. */
export function codeActions(params: CodeActionParams): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || !isFixData(diagnostic.data)) continue;
    diagnostic.data.fixes.forEach((fix, index) => {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [stripData(diagnostic)],
        isPreferred: index === 0 && diagnostic.data.fixes.length === 1,
        edit: { changes: { [params.textDocument.uri]: fix.edits } },
      });
    });
  }
  return actions;
}

function isFixData(data: unknown): data is DiagnosticData {
  return typeof data === 'object' && data !== null && Array.isArray((data as DiagnosticData).fixes);
}

function stripData(diagnostic: Diagnostic): Diagnostic {
  const { data: _data, ...rest } = diagnostic;
  return rest;
}
