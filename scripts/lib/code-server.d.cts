import { ChildProcess } from 'node:child_process';

export interface CodeServer {
  url: string;
  port: number;
  dataDir: string;
  userDataDir: string;
  extensionsDir: string;
  logFile: string;
  process: ChildProcess;
  folderUrl(folder: string, extraQuery?: string): string;
  extensionHostLog(): string;
  stop(): Promise<void>;
}

export interface CodeServerOptions {
  entry: string;
  workspace: string;
  port?: number;
  host?: string;
  dataDir?: string;
  vsix?: string;
  env?: Record<string, string>;
  settings?: Record<string, unknown>;
  log?: string;
}

export const repoRoot: string;
export function ensureCodeServer(): string;
export function startCodeServer(options: CodeServerOptions): Promise<CodeServer>;
export function installExtension(entry: string, vsix: string, extensionsDir: string): void;
export function freePort(): Promise<number>;
export function chromiumPath(): string;
export const CHROMIUM_ARGS: string[];
