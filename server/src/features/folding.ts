import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver';
import { DockerfileModel } from '../model/model';
import { DockerfileSyntax } from '../parser/syntax';

/**
 * Folding: whole stages, instructions that span lines (continuations, heredocs), each heredoc
 * body, and runs of comment lines (directives included). Editors keep one range per start line,
 * so where two would start on the same line only the larger is given.
 */
export function foldingRanges(syntax: DockerfileSyntax, model: DockerfileModel): FoldingRange[] {
  const byStart = new Map<number, FoldingRange>();
  const add = (startLine: number, endLine: number, kind?: FoldingRangeKind) => {
    if (endLine <= startLine) return;
    const existing = byStart.get(startLine);
    if (existing && existing.endLine >= endLine) return;
    byStart.set(startLine, kind ? { startLine, endLine, kind } : { startLine, endLine });
  };

  for (const stage of model.stages) {
    const last = stage.instructions[stage.instructions.length - 1] ?? stage.from;
    add(stage.from.range.start.line, last.range.end.line);
  }
  for (const instruction of syntax.instructions) {
    add(instruction.range.start.line, instruction.range.end.line);
    for (const heredoc of instruction.heredocs) add(heredoc.range.start.line - 1, heredoc.range.end.line);
  }

  // Comment runs: directives and comment lines, consecutive.
  const commentLines: number[] = syntax.directives.map((d) => d.range.start.line);
  for (const comment of syntax.comments) commentLines.push(comment.range.start.line);
  let runStart = -1;
  for (let i = 0; i < commentLines.length; i++) {
    if (runStart < 0) runStart = commentLines[i];
    if (i + 1 < commentLines.length && commentLines[i + 1] === commentLines[i] + 1) continue;
    add(runStart, commentLines[i], FoldingRangeKind.Comment);
    runStart = -1;
  }

  return [...byStart.values()].sort((a, b) => a.startLine - b.startLine);
}
