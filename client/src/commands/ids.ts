/** Every command id Berth contributes; a unit test checks this list against package.json. */
export const COMMANDS = {
  refresh: 'berth.refresh',
  retryEngine: 'berth.engine.retry',
  openEngineSettings: 'berth.engine.openSettings',
  restartServer: 'berth.server.restart',
  startContainer: 'berth.containers.start',
  stopContainer: 'berth.containers.stop',
  restartContainer: 'berth.containers.restart',
  removeContainer: 'berth.containers.remove',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];
