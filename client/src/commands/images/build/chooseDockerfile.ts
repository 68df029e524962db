import * as vscode from 'vscode';

const DOCKERFILE_GLOB = '**/{Dockerfile,Containerfile,Dockerfile.*,Containerfile.*,*.Dockerfile,*.dockerfile,*.containerfile}';
const MAX_RESULTS = 500;

/**
 * The Dockerfile a build starts from: the one clicked (explorer or editor), else the active
 * dockerfile editor's, else one the user picks from the workspace. Undefined when there is none
 * or the user cancelled.
 */
export async function chooseDockerfile(clicked: unknown): Promise<vscode.Uri | undefined> {
  if (clicked instanceof vscode.Uri) return clicked;
  const active = vscode.window.activeTextEditor?.document;
  if (active?.languageId === 'dockerfile' && active.uri.scheme === 'file') return active.uri;
  const found = await vscode.workspace.findFiles(DOCKERFILE_GLOB, '**/node_modules/**', MAX_RESULTS);
  if (found.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No Dockerfile found in the workspace.'));
    return undefined;
  }
  if (found.length === 1) return found[0];
  const items = found
    .map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri }))
    .sort((a, b) => a.label.split('/').length - b.label.split('/').length || a.label.localeCompare(b.label));
  const chosen = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Build Image'), placeHolder: vscode.l10n.t('Choose the Dockerfile to build') });
  return chosen?.uri;
}
