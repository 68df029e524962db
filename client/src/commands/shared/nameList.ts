import * as vscode from 'vscode';

/** Names for a confirmation: the first `shown`, then "and N more". */
export function nameList(names: readonly string[], shown = 10): string {
  const listed = names.slice(0, shown).map((name) => `• ${name}`);
  if (names.length > shown) listed.push(vscode.l10n.t('and {0} more', names.length - shown));
  return listed.join('\n');
}
