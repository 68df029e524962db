import {
  createConnection,
  Disposable,
  InitializeResult,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { computeDiagnostics } from './features/diagnostics';
import { Locale, toLocale } from './l10n/messages';
import { parseDockerfile } from './parser/parser';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];

if (!process.argv.some((arg) => TRANSPORTS.some((transport) => arg.startsWith(transport)))) {
  process.stderr.write(
    'Berth Dockerfile language server\n' +
      'Usage: berth-dockerfile-language-server --stdio\n' +
      '(or --node-ipc, --socket=PORT, --pipe=NAME when started by an LSP client library)\n',
  );
  process.exit(2);
}

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let locale: Locale = 'en';

connection.onInitialize((params): InitializeResult => {
  locale = toLocale(params.locale);
  return {
    capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental },
    serverInfo: { name: 'berth-dockerfile-language-server', version: SERVER_VERSION },
  };
});

function validate(document: TextDocument): void {
  const diagnostics = computeDiagnostics(parseDockerfile(document.getText()), locale);
  void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
}

const subscriptions: Disposable[] = [
  documents.onDidChangeContent((change) => validate(change.document)),
  // A closed document's problems must not linger in the Problems panel.
  documents.onDidClose((event) => void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] })),
];
connection.onShutdown(() => subscriptions.forEach((subscription) => subscription.dispose()));

documents.listen(connection);
connection.listen();
