import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createConnection,
  Disposable,
  InitializeResult,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { readBuildContext } from './buildContext';
import { buildInfo } from './features/buildInfo';
import { codeActions } from './features/codeActions';
import { completion, resolveCompletion } from './features/completion';
import { definition, documentHighlights, prepareRename, references, rename } from './features/definition';
import { documentLinks } from './features/documentLinks';
import { foldingRanges } from './features/folding';
import { formatDocument, FormatOptions, formatRange } from './features/formatting';
import { hover } from './features/hover';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens, semanticTokensRange } from './features/semanticTokens';
import { signatureHelp } from './features/signatureHelp';
import { documentSymbols } from './features/symbols';
import { instructionAt } from './features/locate';
import { imageLookup, LocalImages } from './localImages';
import { DockerfileModel } from './model/model';
import { DockerfileSyntax } from './parser/syntax';
import { computeDiagnostics } from './features/diagnostics';
import { Locale, toLocale } from './locale';
import { ParsedDocuments } from './parsedDocuments';
import { buildModel } from './model/model';
import { parseDockerfile } from './parser/parser';
import { BUILD_INFO_REQUEST, BuildInfo, BuildInfoParams } from './protocol/buildInfo';
import { SeveritySetting } from './rules/rule';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];

if (!process.argv.some((arg) => TRANSPORTS.some((transport) => arg.startsWith(transport)))) {
  process.stderr.write(
    'Berth Dockerfile language server\n' +
      'Usage: berth-dockerfile-language-server --stdio\n' +
      '(or --node-ipc, --socket=PORT, --pipe=NAME when started by an LSP client library)\n',
  );
  process.exit(2);
}

/** `berth.dockerfile` settings the server reads. */
interface Settings {
  rules?: Record<string, SeveritySetting>;
  format?: { keywordCase?: FormatOptions['keywordCase'] };
}

const connection = createConnection(ProposedFeatures.all);
const parsed = new ParsedDocuments();
const localImages = new LocalImages(connection);
const documents = new TextDocuments(parsed.configuration);
// dist/server.js ships with docs/rules/<id>.md beside dist/.
const docsBase = pathToFileURL(path.join(__dirname, '..', 'docs', 'rules')).href + '/';
let locale: Locale = 'en';
let canPullSettings = false;
let initialSettings: Settings = {};
// Completion items may ask VS Code to open the next list (`editor.action.triggerSuggest`);
// other editors do not know that command, so only Berth's own client gets it.
let canRunVsCodeCommands = false;

/** What Berth's VS Code client passes in `initialize` (other clients may pass `settings`). */
interface InitializationOptions {
  settings?: Settings;
  vscodeCommands?: boolean;
}

connection.onInitialize((params): InitializeResult => {
  locale = toLocale(params.locale);
  canPullSettings = params.capabilities.workspace?.configuration === true;
  const options = params.initializationOptions as InitializationOptions | undefined;
  initialSettings = options?.settings ?? {};
  canRunVsCodeCommands = options?.vscodeCommands === true;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      hoverProvider: true,
      documentFormattingProvider: true,
      documentRangeFormattingProvider: true,
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      renameProvider: { prepareProvider: true },
      semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true },
      documentLinkProvider: { resolveProvider: false },
      signatureHelpProvider: { triggerCharacters: [' '], retriggerCharacters: [' ', ','] },
      completionProvider: { resolveProvider: true, triggerCharacters: ['$', '{', '-', '=', ',', '/', ' ', '#', ';'] },
    },
    serverInfo: { name: 'berth-dockerfile-language-server', version: SERVER_VERSION },
  };
});

/**
 * The settings of a document, asked of the client once and kept until the client says the
 * configuration changed (`workspace/didChangeConfiguration`, which Berth's client sends for
 * `berth.dockerfile`): a request and its answer per keystroke would add to every validation.
 */
const settingsCache = new Map<string, Promise<Settings>>();

function settingsFor(uri: string): Promise<Settings> {
  if (!canPullSettings) return Promise.resolve(initialSettings);
  let settings = settingsCache.get(uri);
  if (!settings) {
    settings = pullSettings(uri);
    settingsCache.set(uri, settings);
  }
  return settings;
}

async function pullSettings(uri: string): Promise<Settings> {
  try {
    return ((await connection.workspace.getConfiguration({ scopeUri: uri, section: 'berth.dockerfile' })) as Settings | null) ?? {};
  } catch {
    // Not kept: the next validation asks again.
    settingsCache.delete(uri);
    return initialSettings;
  }
}

// Several changes in one burst (typing, a paste in parts) cost one validation.
const pending = new Map<string, NodeJS.Immediate>();

function scheduleValidation(document: { uri: string }): void {
  if (pending.has(document.uri)) return;
  pending.set(document.uri, setImmediate(() => {
    pending.delete(document.uri);
    void validate(document.uri);
  }));
}

async function validate(uri: string): Promise<void> {
  const inputs = Promise.all([settingsFor(uri), readBuildContext(uri)]);
  // The tree and the model depend on neither: they are worked out while the client answers and
  // the files are read (a turn later, so that the configuration request goes out first).
  await new Promise<void>((resolve) => setImmediate(resolve));
  const opened = documents.get(uri);
  if (opened) parsed.modelOf(opened);
  const [settings, build] = await inputs;
  // The document may have changed or closed while settings were read.
  const document = documents.get(uri);
  if (!document) return;
  const diagnostics = computeDiagnostics(parsed.syntaxOf(document), {
    locale,
    severities: settings.rules,
    docsBase,
    build,
    cache: parsed.findingsCacheOf(uri),
    model: parsed.modelOf(document),
  });
  void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
}

connection.onCodeAction((params) => codeActions(params));

/** The tree and model of an open document, or undefined for a document the server does not have. */
function analysed(uri: string): { syntax: DockerfileSyntax; model: DockerfileModel } | undefined {
  const document = documents.get(uri);
  return document && { syntax: parsed.syntaxOf(document), model: parsed.modelOf(document) };
}

connection.onCompletion(async ({ textDocument, position }) => {
  const before = analysed(textDocument.uri);
  if (!before) return null;
  // Image names are offered after FROM: only then ask the client for the engine's images.
  const line = before.syntax.lines[position.line] ?? '';
  const images = /^\s*from\b/i.test(line) ? (await localImages.get()).flatMap((image) => image.tags) : [];
  // The tree of now: a tree is not to be used once the document has changed, as it may have while we waited.
  const found = analysed(textDocument.uri);
  if (!found) return null;
  const items = completion(found.syntax, found.model, position, locale, images);
  if (!canRunVsCodeCommands) for (const item of items) delete item.command;
  return items;
});
connection.onCompletionResolve((item) => resolveCompletion(item, locale));

/** Runs a feature on an open document; null (the LSP "nothing") for documents the server lacks. */
function withDocument<T>(uri: string, feature: (syntax: DockerfileSyntax, model: DockerfileModel) => T): T | null {
  const found = analysed(uri);
  return found ? feature(found.syntax, found.model) : null;
}

async function formatOptions(uri: string, editor: { tabSize: number; insertSpaces: boolean }): Promise<FormatOptions> {
  const settings = await settingsFor(uri);
  // Nested shell code (case ... esac, functions) keeps the deeper indentation its author gave it.
  return { tabSize: editor.tabSize, insertSpaces: editor.insertSpaces, keywordCase: settings.format?.keywordCase ?? 'upper', keepDeeperIndent: true };
}

connection.onDocumentFormatting(async ({ textDocument, options }) => {
  const format = await formatOptions(textDocument.uri, options);
  return withDocument(textDocument.uri, (syntax) => formatDocument(syntax, format));
});
connection.onDocumentRangeFormatting(async ({ textDocument, range, options }) => {
  const format = await formatOptions(textDocument.uri, options);
  return withDocument(textDocument.uri, (syntax) => formatRange(syntax, range, format));
});
connection.onDocumentSymbol(({ textDocument }) => withDocument(textDocument.uri, (syntax, model) => documentSymbols(syntax, model, locale)));
connection.onFoldingRanges(({ textDocument }) => withDocument(textDocument.uri, foldingRanges));
connection.onDefinition(({ textDocument, position }) => withDocument(textDocument.uri, (syntax, model) => definition(syntax, model, textDocument.uri, position)));
connection.onReferences(({ textDocument, position, context }) =>
  withDocument(textDocument.uri, (syntax, model) => references(syntax, model, textDocument.uri, position, context.includeDeclaration)),
);
connection.onDocumentHighlight(({ textDocument, position }) => withDocument(textDocument.uri, (syntax, model) => documentHighlights(syntax, model, position)));
connection.onPrepareRename(({ textDocument, position }) => withDocument(textDocument.uri, (syntax, model) => prepareRename(syntax, model, position, locale)));
connection.onRenameRequest(({ textDocument, position, newName }) =>
  withDocument(textDocument.uri, (syntax, model) => rename(syntax, model, textDocument.uri, position, newName, locale)),
);
connection.languages.semanticTokens.on(({ textDocument }) => withDocument(textDocument.uri, (syntax, model) => ({ data: semanticTokens(syntax, model).data })) ?? { data: [] });
connection.languages.semanticTokens.onRange(({ textDocument, range }) =>
  withDocument(textDocument.uri, (syntax, model) => ({ data: semanticTokensRange(syntax, model, range).data })) ?? { data: [] },
);
connection.onDocumentLinks(({ textDocument }) => withDocument(textDocument.uri, (syntax, model) => documentLinks(syntax, model, locale)));
connection.onSignatureHelp(({ textDocument, position }) => withDocument(textDocument.uri, (syntax, model) => signatureHelp(syntax, model, position, locale) ?? null));

connection.onHover(async ({ textDocument, position }) => {
  const before = analysed(textDocument.uri);
  if (!before) return null;
  // Only a FROM hover shows what the engine knows of the image: only then ask for the list.
  const images = instructionAt(before.syntax, position)?.name === 'FROM' ? imageLookup(await localImages.get()) : undefined;
  // The tree of now (see completion).
  const found = analysed(textDocument.uri);
  if (!found) return null;
  return hover(found.syntax, found.model, position, locale, images) ?? null;
});
// What "Build Image" asks and checks: the client sends the text, since the Dockerfile need not be open.
connection.onRequest(BUILD_INFO_REQUEST, ({ text }: BuildInfoParams): BuildInfo => {
  const syntax = parseDockerfile(text);
  return buildInfo(syntax, buildModel(syntax));
});
connection.onDidChangeConfiguration(() => {
  settingsCache.clear();
  documents.all().forEach(scheduleValidation);
});

const subscriptions: Disposable[] = [
  documents.onDidChangeContent((change) => scheduleValidation(change.document)),
  // A closed document's problems must not linger in the Problems panel.
  documents.onDidClose((event) => {
    const timer = pending.get(event.document.uri);
    if (timer) clearImmediate(timer);
    pending.delete(event.document.uri);
    parsed.close(event.document.uri);
    settingsCache.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  }),
];
connection.onShutdown(() => subscriptions.forEach((subscription) => subscription.dispose()));

documents.listen(connection);
connection.listen();
