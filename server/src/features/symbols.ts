import { DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import { Locale } from '../locale';
import { DockerfileModel, Stage } from '../model/model';
import { DockerfileSyntax, Instruction } from '../parser/syntax';

const KINDS: Record<string, SymbolKind> = {
  ARG: SymbolKind.Variable,
  ENV: SymbolKind.Property,
  LABEL: SymbolKind.Key,
  EXPOSE: SymbolKind.Interface,
  RUN: SymbolKind.Function,
  CMD: SymbolKind.Method,
  ENTRYPOINT: SymbolKind.Method,
  SHELL: SymbolKind.Method,
  HEALTHCHECK: SymbolKind.Event,
  STOPSIGNAL: SymbolKind.Event,
  ONBUILD: SymbolKind.Event,
  COPY: SymbolKind.File,
  ADD: SymbolKind.File,
  WORKDIR: SymbolKind.Namespace,
  VOLUME: SymbolKind.Package,
  USER: SymbolKind.Object,
  MAINTAINER: SymbolKind.String,
  FROM: SymbolKind.Module,
};

/** How much of the arguments an outline entry shows. */
const MAX_ARGS = 40;

/**
 * The outline: global ARGs (and anything else before the first FROM) at the top level, then one
 * symbol per stage with its instructions as children.
 */
export function documentSymbols(_syntax: DockerfileSyntax, model: DockerfileModel, locale: Locale = 'en'): DocumentSymbol[] {
  const symbols = model.preamble.map(instructionSymbol);
  for (const stage of model.stages) symbols.push(stageSymbol(stage, locale));
  return symbols;
}

function stageSymbol(stage: Stage, locale: Locale): DocumentSymbol {
  const last = stage.instructions[stage.instructions.length - 1] ?? stage.from;
  const name = stage.name ?? (locale === 'zh-cn' ? `阶段 ${stage.index}` : `stage ${stage.index}`);
  return {
    name,
    detail: stage.base,
    kind: stage.name ? SymbolKind.Class : SymbolKind.Module,
    range: { start: stage.from.range.start, end: last.range.end },
    selectionRange: stage.nameRange ?? stage.from.keywordRange,
    children: stage.instructions.map(instructionSymbol),
  };
}

function instructionSymbol(instruction: Instruction): DocumentSymbol {
  return {
    name: label(instruction),
    kind: KINDS[instruction.name] ?? SymbolKind.Field,
    range: instruction.range,
    selectionRange: instruction.keywordRange,
  };
}

/** `RUN apt-get update && apt-get install …`: the keyword and the start of the arguments on one line. */
export function label(instruction: Instruction): string {
  const args = instruction.args.length > MAX_ARGS * 4 ? instruction.args.slice(0, MAX_ARGS * 4) : instruction.args;
  const flat = args.replace(/\s+/g, ' ').trim();
  let short = flat;
  if (flat.length > MAX_ARGS) {
    // Cut at a word boundary when one is not too far back.
    const space = flat.lastIndexOf(' ', MAX_ARGS);
    short = `${flat.slice(0, flat[MAX_ARGS] !== ' ' && space > MAX_ARGS / 2 ? space : MAX_ARGS).trimEnd()}…`;
  }
  return short ? `${instruction.name} ${short}` : instruction.name;
}
