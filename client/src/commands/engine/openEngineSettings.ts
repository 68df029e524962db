import * as vscode from 'vscode';

/** Opens the settings editor on Berth's engine address. */
export function openEngineSettings() {
  return () => vscode.commands.executeCommand('workbench.action.openSettings', 'berth.docker.host');
}
