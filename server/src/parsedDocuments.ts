import { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FindingsCache } from './features/diagnostics';
import { buildModel, DockerfileModel } from './model/model';
import { applyChange } from './parser/incremental';
import { parseDockerfile } from './parser/parser';
import { DockerfileSyntax } from './parser/syntax';

interface State {
  findings: FindingsCache;
  syntax: DockerfileSyntax | undefined;
  /** The model of the latest tree that was asked for one: the next model reuses its unchanged stages. */
  model: DockerfileModel | undefined;
  text: string | undefined;
  pending: TextDocumentContentChangeEvent[];
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
    create: (uri: string, languageId: string, version: number, content: string): TextDocument => {
      this.states.set(uri, { findings: new FindingsCache(), syntax: undefined, model: undefined, text: content, pending: [] });
      return TextDocument.create(uri, languageId, version, content);
    },
    update: (document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument => {
      const state = this.states.get(document.uri);
      if (state) state.pending.push(...changes);
      return TextDocument.update(document, changes, version);
    },
  };

  /** The tree of an open document, in step with `document`. */
  syntaxOf(document: TextDocument): DockerfileSyntax {
    let state = this.states.get(document.uri);
    if (!state) {
      state = { findings: new FindingsCache(), syntax: undefined, model: undefined, text: document.getText(), pending: [] };
      this.states.set(document.uri, state);
    }
    if (!state.syntax) {
      state.syntax = parseDockerfile(state.text ?? document.getText());
      state.text = undefined;
      state.pending = [];
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
  modelOf(document: TextDocument): DockerfileModel {
    const syntax = this.syntaxOf(document);
    const state = this.states.get(document.uri)!;
    if (state.model?.syntax !== syntax) state.model = buildModel(syntax, state.model);
    return state.model;
  }

  close(uri: string): void {
    this.states.delete(uri);
  }
}
