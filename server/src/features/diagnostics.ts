import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { Locale, localize } from '../locale';
import { buildModel, DockerfileModel } from '../model/model';
import { DockerfileSyntax, Instruction, Range } from '../parser/syntax';
import { RULES } from '../rules';
import { BuildContext, Finding, Fix, Rule, RuleContext, Severity, SeveritySetting } from '../rules/rule';
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
  /** Keeps per-instruction findings between runs on the same document. */
  cache?: FindingsCache;
  /** The model of `syntax`, when the caller already has it. */
  model?: DockerfileModel;
}

/** What a diagnostic carries for the code-action request. */
export interface DiagnosticData {
  fixes: Array<{ title: string; edits: Fix['edits'] }>;
}

/** Runs every rule over the syntax tree and turns the findings into LSP diagnostics. */
export function computeDiagnostics(syntax: DockerfileSyntax, options: DiagnosticOptions): Diagnostic[] {
  const context = { syntax, model: options.model ?? buildModel(syntax), build: options.build ?? { dockerignore: undefined } };
  const checks = readCheckDirective(syntax);
  const ignored = readIgnoreComments(syntax);
  const ignoredAt = (line: number, rule: Rule) => {
    const ids = ignored.get(line);
    return ids !== undefined && (ids.has('*') || ids.has(rule.id));
  };
  const instructionStarts = syntax.instructions.map((i) => i.range.start.line);

  const enabled: Array<{ rule: Rule; index: number; severity: Severity }> = [];
  RULES.forEach((rule, index) => {
    const severity = severityOf(rule, options.severities?.[rule.id], checks);
    if (severity !== 'off') enabled.push({ rule, index, severity });
  });
  const found = collectFindings(enabled, context, options.cache);

  const diagnostics: Diagnostic[] = [];
  for (const { rule, index, severity } of enabled) {
    for (const finding of found[index]) {
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

/**
 * Each enabled rule's findings, by index in RULES. Whole-file rules run every time; per-instruction
 * rules run only on instructions the cache has not seen (one cache lookup per instruction).
 */
function collectFindings(enabled: Array<{ rule: Rule; index: number }>, context: RuleContext, cache: FindingsCache | undefined): Finding[][] {
  const found: Finding[][] = RULES.map(() => []);
  for (const { rule, index } of enabled) if (rule.check) found[index].push(...rule.check(context));
  const local = enabled.filter(({ rule }) => rule.checkInstruction);
  if (local.length === 0) return found;
  const rules = local.map(({ rule }) => rule);
  const indexes = local.map(({ index }) => index);
  cache?.useRules(indexes.join(','));
  for (const instruction of context.syntax.instructions) {
    if (!cache) {
      for (let r = 0; r < rules.length; r++) for (const finding of rules[r].checkInstruction!(instruction, context)) found[indexes[r]].push(finding);
      continue;
    }
    const slot = cache.slot(instruction);
    const line = instruction.range.start.line;
    if (slot.line !== line) {
      const delta = line - slot.line;
      if (slot.found) for (const [index, findings] of slot.found) slot.found.set(index, findings.map((finding) => shiftFinding(finding, delta)));
      slot.line = line;
    }
    if (!slot.complete) {
      for (let r = 0; r < rules.length; r++) {
        const findings = rules[r].checkInstruction!(instruction, context);
        // Copies: a finding may share position objects with the tree, which moves them itself.
        if (findings.length > 0) (slot.found ??= new Map()).set(indexes[r], findings.map((finding) => shiftFinding(finding, 0)));
      }
      slot.complete = true;
    }
    if (slot.found) for (const [index, findings] of slot.found) for (const finding of findings) found[index].push(finding);
  }
  cache?.endRun();
  return found;
}

/**
 * The findings of per-instruction rules, kept per instruction object between runs: incremental
 * parsing keeps the objects of unchanged instructions, so only re-parsed ones are checked again.
 * One cache per document; entries of instructions that are gone are dropped after each run.
 */
export class FindingsCache {
  private previous = new Map<Instruction, CachedFindings>();
  private current = new Map<Instruction, CachedFindings>();
  private rules = '';

  /** Which per-instruction rules run (settings can turn some off): a change forgets everything. */
  useRules(signature: string): void {
    if (signature === this.rules) return;
    this.rules = signature;
    this.previous.clear();
    this.current.clear();
  }

  slot(instruction: Instruction): CachedFindings {
    let slot = this.current.get(instruction);
    if (slot) return slot;
    slot = this.previous.get(instruction) ?? { line: instruction.range.start.line, complete: false, found: undefined };
    this.current.set(instruction, slot);
    return slot;
  }

  endRun(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

interface CachedFindings {
  /** Where the instruction started when it was checked: it moves when lines are added above. */
  line: number;
  /** Every per-instruction rule has run on it. */
  complete: boolean;
  /** The rules (by index in RULES) that found something, and what; most instructions have none. */
  found: Map<number, Finding[]> | undefined;
}

function shiftRange(range: Range, delta: number): Range {
  return { start: { line: range.start.line + delta, character: range.start.character }, end: { line: range.end.line + delta, character: range.end.character } };
}

function shiftFinding(finding: Finding, delta: number): Finding {
  return {
    ...finding,
    range: shiftRange(finding.range, delta),
    fixes: finding.fixes?.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ range: shiftRange(edit.range, delta), newText: edit.newText })) })),
  };
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
