import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { Locale, localize } from '../locale';
import { buildModel, DockerfileModel, Stage } from '../model/model';
import { DockerfileSyntax, Instruction, Range } from '../parser/syntax';
import { holdTokens } from '../parser/parser';
import { lastIndexWhere } from '../parser/search';
import { RULES } from '../rules';
import { BuildContext, Finding, Fix, Rule, RuleContext, Severity, SeveritySetting, StageInput } from '../rules/rule';
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
  // Only needed when a comment silences something (a pass over every instruction otherwise).
  let instructionStarts: number[] | undefined;

  const enabled: Array<{ rule: Rule; index: number; severity: Severity }> = [];
  RULES.forEach((rule, index) => {
    const severity = severityOf(rule, options.severities?.[rule.id], checks);
    if (severity !== 'off') enabled.push({ rule, index, severity });
  });
  const release = holdTokens();
  let found: Finding[][];
  try {
    found = collectFindings(enabled, context, options.cache);
  } finally {
    release();
  }

  const diagnostics: Diagnostic[] = [];
  for (const { rule, index, severity } of enabled) {
    for (const finding of found[index]) {
      if (ignored.size > 0 && ignoredAt(instructionStartOf((instructionStarts ??= syntax.instructions.map((i) => i.startLine)), finding.range.start.line), rule)) continue;
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
 * Each enabled rule's findings, by index in RULES. With a cache, a stage the model kept from the
 * last run (the same instructions, maybe moved) keeps its per-instruction findings, and its
 * findings of each staged rule whose input did not change; the instructions of other stages are
 * looked up one by one (a per-instruction rule runs only on instructions the cache has not seen).
 * Whole-file rules without stages run every time.
 */
function collectFindings(enabled: Array<{ rule: Rule; index: number }>, context: RuleContext, cache: FindingsCache | undefined): Finding[][] {
  const found: Finding[][] = RULES.map(() => []);
  cache?.useRules(enabled.map(({ index }) => index).join(','));
  const local = enabled.filter(({ rule }) => rule.checkInstruction);
  const rules = local.map(({ rule }) => rule);
  /** By instruction name: the per-instruction rules that apply (see `Rule.appliesTo`), and their indexes in RULES. */
  const applying = new Map<string, { rules: Rule[]; indexes: number[] }>();
  const applyingTo = (name: string) => {
    let found = applying.get(name);
    if (!found) {
      const kept = local.filter(({ rule }) => !rule.appliesTo || name === 'ONBUILD' || rule.appliesTo.includes(name));
      found = { rules: kept.map(({ rule }) => rule), indexes: kept.map(({ index }) => index) };
      applying.set(name, found);
    }
    return found;
  };

  /** The per-instruction findings of one instruction, pushed to `into` (by index in RULES). */
  const checkOne = (instruction: Instruction, into: (index: number, findings: Finding[]) => void, cache: FindingsCache | undefined) => {
    const { rules, indexes } = applyingTo(instruction.name);
    if (!cache) {
      for (let r = 0; r < rules.length; r++) {
        const findings = rules[r].checkInstruction!(instruction, context);
        if (findings.length > 0) into(indexes[r], findings);
      }
      return;
    }
    const slot = cache.slot(instruction);
    const line = instruction.startLine;
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
    if (slot.found) for (const [index, findings] of slot.found) into(index, findings);
  };
  // Index loops on the paths that run per stage and per instruction: in code V8 has not
  // optimised yet (a fresh server), for...of allocates an iterator and a result per step.
  const pushFound = (index: number, findings: Finding[]) => {
    const into = found[index];
    for (let f = 0; f < findings.length; f++) into.push(findings[f]);
  };

  const { model } = context;
  // Whole-file rules first (they only see the instructions before the first FROM when staged).
  const fromsSame = cache?.sameFroms(model) ?? false;
  for (const { rule, index } of enabled) {
    if (!rule.check) continue;
    if (!cache || !rule.fromsOnly) {
      pushFound(index, rule.check(context));
      continue;
    }
    let findings = fromsSame ? cache.fromsFindings.get(index) : undefined;
    if (!findings || (rule.fromsOnly === 'whenNone' && findings.length > 0)) {
      // Copies: a finding may share position objects with the tree, which moves them itself.
      findings = rule.check(context).map((finding) => shiftFinding(finding, 0));
      cache.fromsFindings.set(index, findings);
    }
    pushFound(index, findings);
  }
  if (rules.length > 0) for (const instruction of model.preamble) checkOne(instruction, pushFound, cache);

  const staged = enabled
    .filter(({ rule }) => rule.stages)
    .map(({ rule, index }) => {
      // By stage index: every stage's output is set before a later stage asks for it.
      const outputs: unknown[] = new Array(model.stages.length);
      return { check: rule.stages!, index, run: rule.stages!.prepare(context), outputs, outputOf: (other: Stage) => outputs[other.index] };
    });
  // Stage by stage, so that per-instruction findings keep the order of the instructions.
  const stageFindings: Finding[][] = RULES.map(() => []);
  const stages = model.stages;
  for (let s = 0; s < stages.length; s++) {
    const stage = stages[s];
    const slot = cache?.stageSlot(stage);
    if (rules.length > 0) {
      if (slot?.local) {
        if (slot.local.size > 0) slot.local.forEach((findings, index) => pushFound(index, findings));
      }
      else if (!slot || stage.instructions.length >= PER_INSTRUCTION_FROM) {
        const kept = slot ? new Map<number, Finding[]>() : undefined;
        const into = (index: number, findings: Finding[]) => {
          pushFound(index, findings);
          if (kept) kept.set(index, (kept.get(index) ?? []).concat(findings));
        };
        checkOne(stage.from, into, cache);
        const instructions = stage.instructions;
        for (let i = 0; i < instructions.length; i++) checkOne(instructions[i], into, cache);
        if (slot && kept) slot.local = kept.size > 0 ? kept : NO_LOCAL_FINDINGS;
      } else {
        // A small stage is checked again as a whole when it changes: no entry per instruction.
        // Most stages find nothing: the map is made for the first finding.
        let kept: Map<number, Finding[]> | undefined;
        const into = (index: number, findings: Finding[]) => {
          // Copies: a finding may share position objects with the tree, which moves them itself.
          const copies = findings.map((finding) => shiftFinding(finding, 0));
          pushFound(index, copies);
          kept ??= new Map();
          kept.set(index, (kept.get(index) ?? []).concat(copies));
        };
        checkOne(stage.from, into, undefined);
        const instructions = stage.instructions;
        for (let i = 0; i < instructions.length; i++) checkOne(instructions[i], into, undefined);
        slot.local = kept ?? NO_LOCAL_FINDINGS;
      }
    }
    for (let k = 0; k < staged.length; k++) {
      const { check, index, run, outputs, outputOf } = staged[k];
      const input = check.inputOf?.(stage, run, outputOf) ?? NO_INPUT;
      let result = slot?.staged[k];
      if (!result || !sameInput(result.input, input)) {
        const checked = check.check(stage, run, outputOf);
        result = { input, findings: slot && checked.findings.length > 0 ? checked.findings.map((finding) => shiftFinding(finding, 0)) : slot ? NO_FINDINGS : checked.findings, output: checked.output };
        if (slot) slot.staged[k] = result;
      }
      outputs[stage.index] = result.output;
      const findings = result.findings;
      for (let f = 0; f < findings.length; f++) stageFindings[index].push(findings[f]);
    }
  }
  for (const { index } of staged) pushFound(index, stageFindings[index]);
  cache?.endRun();
  return found;
}

const NO_INPUT: StageInput = [];
/** Shared by the many stages and staged rules that found nothing (never added to). */
const NO_FINDINGS: Finding[] = [];
const NO_LOCAL_FINDINGS = new Map<number, Finding[]>();

/** Stages with this many instructions keep findings per instruction too, so that an edit in them re-checks one instruction. */
const PER_INSTRUCTION_FROM = 64;

function sameInput(a: StageInput, b: StageInput): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * What was found per instruction and per stage, kept between runs on one document. Per
 * instruction object: incremental parsing keeps the objects of unchanged instructions, so only
 * re-parsed ones are checked again. Per stage object: the model keeps the stages whose
 * instructions did not change, so such a stage keeps its per-instruction findings as a whole,
 * and what each staged rule found there for the same input. Entries of instructions and stages
 * that are gone are dropped after each run; findings are moved when their instruction or stage
 * moved.
 */
export class FindingsCache {
  private previous = new Map<Instruction, CachedFindings>();
  private current = new Map<Instruction, CachedFindings>();
  /** Stage entries live on the stage objects themselves (under this key), and die with them. */
  private readonly stageKey = Symbol('findings');
  private generation = 0;
  private rules = '';
  /** The instructions before the first FROM and the FROMs of the last run, and where each started. */
  private froms: Instruction[] = [];
  private fromLines: number[] = [];
  /** What each `fromsOnly` rule (by index in RULES) found in the last run. */
  readonly fromsFindings = new Map<number, Finding[]>();

  /** Which rules run (settings can turn some off): a change forgets everything. */
  useRules(signature: string): void {
    if (signature === this.rules) return;
    this.rules = signature;
    this.previous.clear();
    this.current.clear();
    this.fromsFindings.clear();
    this.generation++;
  }

  /**
   * Whether the instructions before the first FROM and the FROMs are the objects of the last
   * run, on the same lines (incremental parsing keeps the objects of unchanged instructions).
   * Remembers them for the next run.
   */
  sameFroms(model: DockerfileModel): boolean {
    const count = model.preamble.length + model.stages.length;
    const froms = this.froms;
    const lines = this.fromLines;
    let same = froms.length === count;
    for (let i = 0; i < count; i++) {
      const instruction = i < model.preamble.length ? model.preamble[i] : model.stages[i - model.preamble.length].from;
      const line = instruction.startLine;
      if (same && (froms[i] !== instruction || lines[i] !== line)) same = false;
      froms[i] = instruction;
      lines[i] = line;
    }
    froms.length = count;
    lines.length = count;
    if (!same) this.fromsFindings.clear();
    return same;
  }

  slot(instruction: Instruction): CachedFindings {
    let slot = this.current.get(instruction);
    if (slot) return slot;
    slot = this.previous.get(instruction) ?? { line: instruction.startLine, complete: false, found: undefined };
    this.current.set(instruction, slot);
    return slot;
  }

  /** The entry of a stage, its findings moved to where the stage is now. */
  stageSlot(stage: Stage): StageSlot {
    const holder = stage as unknown as Record<symbol, StageSlot | undefined>;
    const line = stage.from.startLine;
    let slot = holder[this.stageKey];
    if (!slot || slot.generation !== this.generation) {
      slot = { generation: this.generation, line, local: undefined, staged: [] };
      holder[this.stageKey] = slot;
    } else if (slot.line !== line) {
      const delta = line - slot.line;
      const shift = (findings: Finding[]) => (findings.length === 0 ? findings : findings.map((finding) => shiftFinding(finding, delta)));
      if (slot.local) for (const [index, findings] of slot.local) slot.local.set(index, shift(findings));
      for (const result of slot.staged) if (result) result.findings = shift(result.findings);
      slot.line = line;
    }
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

interface StageSlot {
  /** Made for these rules (see useRules). */
  generation: number;
  /** Where the stage's FROM was when the findings below were made. */
  line: number;
  /** The per-instruction findings of the FROM and the stage's instructions, by rule index, in order. */
  local: Map<number, Finding[]> | undefined;
  /** Per staged rule (in the order they run): its input then, what it found and its output. */
  staged: Array<{ input: StageInput; findings: Finding[]; output: unknown } | undefined>;
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
  const found = lastIndexWhere(starts.length, (i) => starts[i] <= line);
  return found >= 0 ? starts[found] : -1;
}
