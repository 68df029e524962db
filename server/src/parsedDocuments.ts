import { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { FindingsCache } from './features/diagnostics';
import { beforeParsing } from './heapPolicy';
import { buildModel, DockerfileModel } from './model/model';
import { applyChange } from './parser/incremental';
import { parseDockerfile } from './parser/parser';
import { DockerfileSyntax } from './parser/syntax';

interface State {
  findings: FindingsCache;
  syntax: DockerfileSyntax | undefined;
  /** The model of the latest tree that was asked for one: the next model reuses its unchanged stages. */
  model: DockerfileModel | undefined;
  /** The text as opened, until the first parse. */
  text: string | undefined;
  pending: TextDocumentContentChangeEvent[];
}

/**
 * An open document as the server keeps it: its text lives in its syntax tree (the lines), not in
 * a copy of its own. A text-document object that holds the content would build a new copy of a
 * large file on every keystroke (1.5 MB at 50,000 lines), for nothing: every feature reads the tree.
 */
export class OpenDocument {
  constructor(
    readonly uri: string,
    readonly languageId: string,
    readonly version: number,
    /** @internal shared by every version of the document */
    readonly state: State,
  ) {}
}

/**
 * The syntax tree of every open document, kept up to date change by change: edits are parsed
 * incrementally, and only when someone asks for the tree (so a burst of keystrokes costs one
 * update per change, not one full parse each).
 */
export class ParsedDocuments {
  private readonly states = new Map<string, State>();

  /** Hooks for `new TextDocuments(...)`: they see every open and every change. */
  readonly configuration = {
    create: (uri: string, languageId: string, version: number, content: string): OpenDocument => {
      beforeParsing(content.length);
      const state: State = { findings: new FindingsCache(), syntax: undefined, model: undefined, text: content, pending: [] };
      this.states.set(uri, state);
      return new OpenDocument(uri, languageId, version, state);
    },
    update: (document: OpenDocument, changes: TextDocumentContentChangeEvent[], version: number): OpenDocument => {
      for (const change of changes) {
        // A whole new text (or a large paste) may make a small document large.
        beforeParsing(change.text.length);
        document.state.pending.push(change);
      }
      return new OpenDocument(document.uri, document.languageId, version, document.state);
    },
  };

  /** The tree of an open document, in step with `document`. */
  syntaxOf(document: OpenDocument): DockerfileSyntax {
    const state = document.state;
    if (!state.syntax) {
      // The text as opened; changes that came before this first parse are applied below.
      state.syntax = parseDockerfile(state.text ?? '');
      state.text = undefined;
    }
    for (const change of state.pending) state.syntax = applyChange(state.syntax, 'range' in change ? { range: change.range, text: change.text } : { text: change.text });
    state.pending = [];
    return state.syntax;
  }

  /** The per-instruction findings kept for this document between validations. */
  findingsCacheOf(uri: string): FindingsCache | undefined {
    return this.states.get(uri)?.findings;
  }

  /** The semantic model of the document's current tree, built once per tree (from the previous one). */
  modelOf(document: OpenDocument): DockerfileModel {
    const syntax = this.syntaxOf(document);
    const state = document.state;
    if (state.model?.syntax !== syntax) state.model = buildModel(syntax, state.model);
    return state.model;
  }

  close(uri: string): void {
    this.states.delete(uri);
  }
}
