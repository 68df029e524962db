import * as vscode from 'vscode';
import { BerthContext } from '../context';
import { removeContainer } from './containers/removeContainer';
import { restartContainer } from './containers/restartContainer';
import { startContainer } from './containers/startContainer';
import { stopContainer } from './containers/stopContainer';
import { openEngineSettings } from './engine/openEngineSettings';
import { refresh } from './engine/refresh';
import { retryEngine } from './engine/retryEngine';
import { CommandId, COMMANDS } from './ids';
import { restartServer } from './server/restartServer';

type CommandFactory = (ctx: BerthContext) => (...args: unknown[]) => unknown;

/** The one table of commands; the only place that calls registerCommand. */
const FACTORIES: Record<CommandId, CommandFactory> = {
  [COMMANDS.refresh]: refresh,
  [COMMANDS.retryEngine]: retryEngine,
  [COMMANDS.openEngineSettings]: openEngineSettings,
  [COMMANDS.restartServer]: restartServer,
  [COMMANDS.startContainer]: startContainer,
  [COMMANDS.stopContainer]: stopContainer,
  [COMMANDS.restartContainer]: restartContainer,
  [COMMANDS.removeContainer]: removeContainer,
};

export function registerCommands(ctx: BerthContext): void {
  for (const [id, factory] of Object.entries(FACTORIES)) {
    ctx.extension.subscriptions.push(vscode.commands.registerCommand(id, factory(ctx)));
  }
}
