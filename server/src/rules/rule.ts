import { MessageKey } from '../l10n/messages';
import { DockerfileSyntax, Range } from '../parser/syntax';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** What a rule found, before it is localised and turned into an LSP diagnostic. */
export interface Finding {
  range: Range;
  message: MessageKey;
  args: string[];
}

export interface Rule {
  /** Stable id, shown as the diagnostic code and used in settings. */
  id: string;
  defaultSeverity: Severity;
  /** One line for people, in English; the long docs live with hover docs. */
  description: string;
  check(syntax: DockerfileSyntax): Finding[];
}
