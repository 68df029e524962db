import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { Locale, localize } from '../locale';
import { buildModel } from '../model/model';
import { DockerfileSyntax } from '../parser/syntax';
import { RULES } from '../rules';
import { BuildContext, Fix, Rule, Severity, SeveritySetting } from '../rules/rule';
import { readCheckDirective, readIgnoreComments } from './suppressions';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'berth';

export interface DiagnosticOptions {
  locale: Locale;
  /** `berth.dockerfile.rules`: a severity (or off) per rule id. */
  severities?: Readonly<Record<string, SeveritySetting>>;
  /** Where docs/rules/<id>.md live, as a URI ending in `/`; no link when undefined. */
  docsBase?: string;
  build?: BuildContext;
}

/** What a diagnostic carries for the code-action request. */
export interface DiagnosticData {
  fixes: Array<{ title: string; edits: Fix['edits'] }>;
}

/** Runs every rule over the syntax tree and turns the findings into LSP diagnostics. */
export function computeDiagnostics(syntax: DockerfileSyntax, options: DiagnosticOptions): Diagnostic[] {
  const context = { syntax, model: buildModel(syntax), build: options.build ?? { dockerignore: undefined } };
  const checks = readCheckDirective(syntax);
  const ignored = readIgnoreComments(syntax);
  const ignoredAt = (line: number, rule: Rule) => {
    const ids = ignored.get(line);
    return ids !== undefined && (ids.has('*') || ids.has(rule.id));
  };
  const instructionStarts = syntax.instructions.map((i) => i.range.start.line);

  const diagnostics: Diagnostic[] = [];
  for (const rule of RULES) {
    const severity = severityOf(rule, options.severities?.[rule.id], checks);
    if (severity === 'off') continue;
    for (const finding of rule.check(context)) {
      if (ignored.size > 0 && ignoredAt(instructionStartOf(instructionStarts, finding.range.start.line), rule)) continue;
      const message = rule.messages[finding.message];
      const diagnostic: Diagnostic = {
        range: finding.range,
        severity: SEVERITY[severity],
        code: rule.id,
        source: DIAGNOSTIC_SOURCE,
        message: message ? localize(message, options.locale, finding.args) : finding.message,
      };
      if (options.docsBase) diagnostic.codeDescription = { href: `${options.docsBase}${rule.id}.md` };
      if (finding.fixes?.length) {
        const data: DiagnosticData = {
          fixes: finding.fixes.map((fix) => ({ title: localize(rule.messages[fix.title] ?? { en: fix.title, zh: fix.title }, options.locale, fix.args), edits: fix.edits })),
        };
        diagnostic.data = data;
      }
      diagnostics.push(diagnostic);
    }
  }
  return diagnostics;
}

function severityOf(rule: Rule, configured: SeveritySetting | undefined, checks: ReturnType<typeof readCheckDirective>): SeveritySetting {
  if (rule.kind === 'check') {
    if (checks.skipAll || checks.skip.has(rule.id)) return 'off';
    if (checks.error && configured !== 'off') return 'error';
  }
  return configured ?? rule.defaultSeverity;
}

/** The start line of the instruction that holds `line` (instructions sorted by start). */
function instructionStartOf(starts: number[], line: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (starts[middle] <= line) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found >= 0 ? starts[found] : -1;
}
