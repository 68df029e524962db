import * as vscode from 'vscode';
import { BerthContext } from '../context';
import { CommandId, COMMANDS } from './ids';
// engine and views
import { openEngineSettings } from './engine/openEngineSettings';
import { refresh } from './engine/refresh';
import { retryEngine } from './engine/retryEngine';
// engine: system
import { pruneSystem } from './engine/pruneSystem';
import { showDiskUsage } from './engine/showDiskUsage';
import { showSystemInfo } from './engine/showSystemInfo';
import { switchEngine } from './engine/switchEngine';

// views: grouping, sorting, filter
import { clearContainersFilter } from './views/clearContainersFilter';
import { clearImagesFilter } from './views/clearImagesFilter';
import { filterContainers } from './views/filterContainers';
import { filterImages } from './views/filterImages';
import { groupContainers } from './views/groupContainers';
import { sortContainers } from './views/sortContainers';

// language server
import { restartServer } from './server/restartServer';
// containers
import { removeContainer } from './containers/removeContainer';
import { restartContainer } from './containers/restartContainer';
import { startContainer } from './containers/startContainer';
import { stopContainer } from './containers/stopContainer';
// containers: more management
import { copyContainerId } from './containers/copyContainerId';
import { inspectContainer } from './containers/inspectContainer';
import { killContainer } from './containers/killContainer';
import { openContainerPort } from './containers/openContainerPort';
import { pauseContainer } from './containers/pauseContainer';
import { pruneContainers } from './containers/pruneContainers';
import { renameContainer } from './containers/renameContainer';
import { unpauseContainer } from './containers/unpauseContainer';

// images
import { pruneImages } from './images/pruneImages';
import { removeImage } from './images/removeImage';
import { showImageHistory } from './images/showImageHistory';
import { tagImage } from './images/tagImage';
import { inspectImage } from './images/inspectImage';

// volumes
import { createVolume } from './volumes/createVolume';
import { pruneVolumes } from './volumes/pruneVolumes';
import { removeVolume } from './volumes/removeVolume';
import { inspectVolume } from './volumes/inspectVolume';

// networks
import { connectNetwork } from './networks/connectNetwork';
import { createNetwork } from './networks/createNetwork';
import { disconnectNetwork } from './networks/disconnectNetwork';
import { pruneNetworks } from './networks/pruneNetworks';
import { removeNetwork } from './networks/removeNetwork';
import { inspectNetwork } from './networks/inspectNetwork';

// workflows: run, exec, logs, build, commit
import { attachShell } from './containers/attachShell';
import { execCommand } from './containers/execCommand';
import { viewLogs } from './containers/viewLogs';
import { viewLogsWithOptions } from './containers/viewLogsWithOptions';
import { buildImage } from './images/buildImage';
import { commitContainer } from './containers/commitContainer';
import { copyRunCommand } from './containers/copyRunCommand';
import { runImage } from './images/runImage';
import { runImageAgain } from './images/runImageAgain';


type CommandFactory = (ctx: BerthContext) => (...args: unknown[]) => unknown;

/** The one table of commands; the only place that calls registerCommand. */
const FACTORIES: Record<CommandId, CommandFactory> = {
  // engine and views
  [COMMANDS.refresh]: refresh,
  [COMMANDS.retryEngine]: retryEngine,
  [COMMANDS.openEngineSettings]: openEngineSettings,
  // engine: system
  [COMMANDS.showSystemInfo]: showSystemInfo,
  [COMMANDS.showDiskUsage]: showDiskUsage,
  [COMMANDS.pruneSystem]: pruneSystem,
  [COMMANDS.switchEngine]: switchEngine,

  // views: grouping, sorting, filter
  [COMMANDS.groupContainers]: groupContainers,
  [COMMANDS.sortContainers]: sortContainers,
  [COMMANDS.filterContainers]: filterContainers,
  [COMMANDS.clearContainersFilter]: clearContainersFilter,
  [COMMANDS.filterImages]: filterImages,
  [COMMANDS.clearImagesFilter]: clearImagesFilter,

  // language server
  [COMMANDS.restartServer]: restartServer,
  // containers
  [COMMANDS.startContainer]: startContainer,
  [COMMANDS.stopContainer]: stopContainer,
  [COMMANDS.restartContainer]: restartContainer,
  [COMMANDS.removeContainer]: removeContainer,
  // containers: more management
  [COMMANDS.pauseContainer]: pauseContainer,
  [COMMANDS.unpauseContainer]: unpauseContainer,
  [COMMANDS.killContainer]: killContainer,
  [COMMANDS.renameContainer]: renameContainer,
  [COMMANDS.copyContainerId]: copyContainerId,
  [COMMANDS.openContainerPort]: openContainerPort,
  [COMMANDS.inspectContainer]: inspectContainer,
  [COMMANDS.pruneContainers]: pruneContainers,

  // images
  [COMMANDS.removeImage]: removeImage,
  [COMMANDS.tagImage]: tagImage,
  [COMMANDS.showImageHistory]: showImageHistory,
  [COMMANDS.pruneImages]: pruneImages,
  [COMMANDS.inspectImage]: inspectImage,

  // volumes
  [COMMANDS.createVolume]: createVolume,
  [COMMANDS.removeVolume]: removeVolume,
  [COMMANDS.pruneVolumes]: pruneVolumes,
  [COMMANDS.inspectVolume]: inspectVolume,

  // networks
  [COMMANDS.createNetwork]: createNetwork,
  [COMMANDS.removeNetwork]: removeNetwork,
  [COMMANDS.connectNetwork]: connectNetwork,
  [COMMANDS.disconnectNetwork]: disconnectNetwork,
  [COMMANDS.pruneNetworks]: pruneNetworks,
  [COMMANDS.inspectNetwork]: inspectNetwork,

  // workflows: run, exec, logs, build, commit
  [COMMANDS.attachShell]: attachShell,
  [COMMANDS.execCommand]: execCommand,
  [COMMANDS.viewLogs]: viewLogs,
  [COMMANDS.viewLogsWithOptions]: viewLogsWithOptions,
  [COMMANDS.buildImage]: buildImage,
  [COMMANDS.runImage]: runImage,
  [COMMANDS.runImageAgain]: runImageAgain,
  [COMMANDS.copyRunCommand]: copyRunCommand,
  [COMMANDS.commitContainer]: commitContainer,

};

export function registerCommands(ctx: BerthContext): void {
  for (const [id, factory] of Object.entries(FACTORIES)) {
    ctx.extension.subscriptions.push(vscode.commands.registerCommand(id, factory(ctx)));
  }
}
