/** Every command id Berth contributes; a unit test checks this list against package.json. */
export const COMMANDS = {
  // engine and views
  refresh: 'berth.refresh',
  retryEngine: 'berth.engine.retry',
  openEngineSettings: 'berth.engine.openSettings',
  // engine: system (info, disk usage, prune, switch)
  showSystemInfo: 'berth.system.info',
  showDiskUsage: 'berth.system.diskUsage',
  pruneSystem: 'berth.system.prune',
  switchEngine: 'berth.engine.switch',

  // views: grouping, sorting, filter
  groupContainers: 'berth.views.containers.groupBy',
  sortContainers: 'berth.views.containers.sortBy',
  filterContainers: 'berth.views.containers.filter',
  clearContainersFilter: 'berth.views.containers.clearFilter',
  filterImages: 'berth.views.images.filter',
  clearImagesFilter: 'berth.views.images.clearFilter',

  // language server
  restartServer: 'berth.server.restart',
  // containers
  startContainer: 'berth.containers.start',
  stopContainer: 'berth.containers.stop',
  restartContainer: 'berth.containers.restart',
  removeContainer: 'berth.containers.remove',
  // containers: more management
  pauseContainer: 'berth.containers.pause',
  unpauseContainer: 'berth.containers.unpause',
  killContainer: 'berth.containers.kill',
  renameContainer: 'berth.containers.rename',
  copyContainerId: 'berth.containers.copyId',
  openContainerPort: 'berth.containers.openInBrowser',
  inspectContainer: 'berth.containers.inspect',
  pruneContainers: 'berth.containers.prune',

  // images
  removeImage: 'berth.images.remove',
  tagImage: 'berth.images.tag',
  showImageHistory: 'berth.images.history',
  pruneImages: 'berth.images.prune',
  inspectImage: 'berth.images.inspect',

  // volumes
  createVolume: 'berth.volumes.create',
  removeVolume: 'berth.volumes.remove',
  pruneVolumes: 'berth.volumes.prune',
  inspectVolume: 'berth.volumes.inspect',

  // networks
  createNetwork: 'berth.networks.create',
  removeNetwork: 'berth.networks.remove',
  connectNetwork: 'berth.networks.connect',
  disconnectNetwork: 'berth.networks.disconnect',
  pruneNetworks: 'berth.networks.prune',
  inspectNetwork: 'berth.networks.inspect',

  // workflows: run, exec, logs, build, commit
  attachShell: 'berth.containers.attachShell',
  execCommand: 'berth.containers.execCommand',
  viewLogs: 'berth.containers.viewLogs',
  viewLogsWithOptions: 'berth.containers.viewLogsWithOptions',
  buildImage: 'berth.images.build',
  runImage: 'berth.images.run',
  runImageAgain: 'berth.images.runAgain',
  copyRunCommand: 'berth.containers.copyRunCommand',
  commitContainer: 'berth.containers.commit',

} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];
