import * as vscode from 'vscode';
import { EngineService } from './engineService';
import { LanguageServer } from './languageClient';
import { ReadonlyDocuments } from './views/readonlyDocuments';
import { Views } from './views/registerViews';

/** The services commands work with, passed explicitly instead of living in globals. */
export interface BerthContext {
  extension: vscode.ExtensionContext;
  log: vscode.LogOutputChannel;
  engine: EngineService;
  views: Views;
  languageServer: LanguageServer;
  /** Generated read-only documents: inspect output, image history, system info. */
  documents: ReadonlyDocuments;
}
