import { DockerfileModel, Stage } from '../model/model';
import { DockerfileSyntax, Instruction, Range } from '../parser/syntax';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/**
 * - `error`: `docker build` fails on it.
 * - `check`: one of BuildKit's build checks (a warning `docker build` prints, under the same id);
 *   `# check=skip=...` and `# check=error=true` apply to these.
 * - `practice`: advice from Dockerfile best practices.
 */
export type RuleKind = 'error' | 'check' | 'practice';

/** A text in both languages; `{0}`, `{1}` are replaced by the finding's arguments. */
export interface Message {
  en: string;
  zh: string;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  /** A key of the rule's `messages`. */
  title: string;
  args?: string[];
  edits: TextEdit[];
}

/**
 * What a rule returns when it found nothing: one shared, frozen list (most instructions of a
 * large file have no finding, and an empty list per rule per instruction is most of what the
 * first analysis would otherwise allocate for them). Nothing may add to what a rule returns.
 */
export const NOTHING_FOUND: Finding[] = Object.freeze([]) as never[];

/** What a stage check returns when the stage has nothing to report and no output (shared, frozen). */
export const NOTHING_IN_STAGE: { readonly findings: Finding[] } = Object.freeze({ findings: NOTHING_FOUND });

/** What a stage check with a boolean output returns when it found nothing (shared, never changed). */
export function nothingFoundWith(output: boolean): { findings: Finding[]; output: boolean } {
  return output ? NOTHING_FOUND_TRUE : NOTHING_FOUND_FALSE;
}

const NOTHING_FOUND_TRUE = Object.freeze({ findings: NOTHING_FOUND, output: true });
const NOTHING_FOUND_FALSE = Object.freeze({ findings: NOTHING_FOUND, output: false });

/**
 * A stage check's input of one or two booleans, shared: inputs are compared element by element,
 * and most stages have the same, so there is no need for an array per stage and rule.
 */
export function booleanInput(first: boolean, second?: boolean): StageInput {
  return second === undefined ? BOOLEAN_INPUTS[first ? 1 : 0] : BOOLEAN_INPUTS[2 + (first ? 1 : 0) + (second ? 2 : 0)];
}

const BOOLEAN_INPUTS: readonly StageInput[] = [[false], [true], [false, false], [true, false], [false, true], [true, true]].map((input) => Object.freeze(input));

/** What a rule found, before it is localised and turned into an LSP diagnostic. */
export interface Finding {
  range: Range;
  /** A key of the rule's `messages`. */
  message: string;
  args?: string[];
  fixes?: Fix[];
}

/** Files around the Dockerfile that some rules read. */
export interface BuildContext {
  /** The lines of the build context's `.dockerignore`, when there is one. */
  dockerignore: string[] | undefined;
}

export interface RuleContext {
  syntax: DockerfileSyntax;
  model: DockerfileModel;
  build: BuildContext;
}

export interface Rule {
  /** Stable id: BuildKit's own id for its checks, shown as the diagnostic code and used in settings. */
  id: string;
  kind: RuleKind;
  defaultSeverity: Severity;
  /** One line saying what the rule finds. The long form is docs/rules/<id>.md. */
  description: Message;
  messages: Record<string, Message>;
  /** A rule that looks at the whole file (stages, variables, other instructions). */
  check?(context: RuleContext): Finding[];
  /**
   * A rule that looks at one instruction only. Its findings are kept per instruction, so after an
   * edit only the re-parsed instructions are checked again.
   */
  checkInstruction?(instruction: Instruction, context: RuleContext): Finding[];
  /**
   * The instruction names (upper case) on which `checkInstruction` can find anything: it is not
   * called on others, except ONBUILD (whose trigger may be one of them). Every instruction when
   * unset.
   */
  appliesTo?: readonly string[];
  /**
   * A whole-file rule worked out stage by stage: after an edit, only the stages that changed, or
   * whose input from the rest of the file changed, are checked again. A rule may have `check`
   * as well, for what lies outside the stages (the instructions before the first FROM).
   */
  stages?: StageCheck;
  /**
   * Set on a whole-file rule (`check`) that reads nothing but the FROM instructions and the
   * instructions before the first FROM (directly or through the model's stages, their names,
   * bases and platforms, and the global ARGs): its findings are kept from run to run while those
   * are the same objects on the same lines. `'whenNone'`: only a run that found nothing is kept
   * (the findings read more, such as fixes that edit other instructions).
   */
  fromsOnly?: true | 'whenNone';
}

/** What a stage's check may depend on outside the stage itself: compared with `===` from run to run. */
export type StageInput = ReadonlyArray<string | number | boolean | undefined>;

/**
 * A rule's check of one stage. Its findings may depend only on the stage's own instructions (the
 * same objects at the same places, relative to the FROM: anything else makes a new stage), on
 * what `inputOf` returns, and must lie within the stage (they are moved with it). `prepare` runs
 * once per run and gives what every stage may read of the whole file (what it reads must show
 * in `inputOf`); `output` is what later stages (those built on this one) may read through
 * `outputOf`, again only through `inputOf`.
 */
export interface StageCheck<Run = any, Output = any> {
  prepare(context: RuleContext): Run;
  inputOf?(stage: Stage, run: Run, outputOf: (stage: Stage) => Output | undefined): StageInput;
  check(stage: Stage, run: Run, outputOf: (stage: Stage) => Output | undefined): { findings: Finding[]; output?: Output };
}

/** Types a stage check (the generic parameters are inferred from `prepare` and `check`). */
export function stageCheck<Run, Output>(check: StageCheck<Run, Output>): StageCheck {
  return check;
}
