/** Every command id Berth contributes; a unit test checks this list against package.json. */
export const COMMANDS = {
  refresh: 'berth.refresh',
  retryEngine: 'berth.engine.retry',
  openEngineSettings: 'berth.engine.openSettings',
  restartServer: 'berth.server.restart',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];
