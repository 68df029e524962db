import path from 'node:path';
import * as vscode from 'vscode';
import { COMMANDS } from '../ids';
import { BuildInfo } from '../../../../server/src/protocol/buildInfo';
import { BerthContext } from '../../context';
import { cliTarget, runCliBuild } from '../../engine/build/cli';
import { BuildEvent } from '../../engine/build/progress';
import { BuildCancelled, BuildError, BuildInterrupted, BuildRequest, BuildResult } from '../../engine/build/request';
import { EngineError } from '../../engine/errors';
import { askBuildChoices, BuildChoices, rememberChoices, rememberedChoices } from './build/buildChoices';
import { BuildDiagnostics } from './build/buildDiagnostics';
import { BuilderChoice, BuildRoute } from './build/builderChoice';
import { BuildTerminal } from '../../views/terminals/buildTerminal';
import { chooseDockerfile } from './build/chooseDockerfile';
import { failingLine } from './build/failingLine';

/** How long to wait for the built image to reach the Images view before giving up on revealing it. */
const REVEAL_WAIT_MS = 10_000;

/**
 * "Build Image": from a Dockerfile (editor, explorer or a pick from the workspace), asks for the
 * context, tag, build args, target and options, then builds as the user's terminal would,
 * streaming the output into a terminal with step progress in a cancellable notification.
 */
export function buildImage(ctx: BerthContext) {
  const diagnostics = new BuildDiagnostics();
  const builder = new BuilderChoice(ctx.extension, ctx.log);
  const terminals = new Map<string, BuildTerminal>();
  ctx.extension.subscriptions.push(diagnostics, { dispose: () => terminals.forEach((t) => t.dispose()) });

  return async (clicked?: unknown): Promise<void> => {
    const uri = await chooseDockerfile(clicked);
    if (!uri) return;
    const dockerfile = uri.fsPath;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    // The build reads the file from disk: unsaved edits would silently not be built.
    if (open?.isDirty && !(await open.save())) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Save {0} before building it.', path.basename(dockerfile)));
      return;
    }
    let text: string;
    try {
      text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Cannot read {0}: {1}', dockerfile, String((error as Error).message ?? error)));
      return;
    }
    const info = await ctx.languageServer.buildInfo(uri.toString(), text);
    if (!info) ctx.log.warn('Build: the language server gave no build information; build arguments and stages are not offered.');

    const choices = await askBuildChoices(dockerfile, info, rememberedChoices(ctx.extension.workspaceState, dockerfile));
    if (!choices) return;
    await rememberChoices(ctx.extension.workspaceState, dockerfile, choices);

    const route = await builder.route();
    if (route.kind === 'api' && !(await acceptClassicBuilder(info, dockerfile))) return;

    const request: BuildRequest = {
      contextDir: choices.contextDir,
      dockerfile,
      tag: choices.tag,
      buildArgs: choices.buildArgs,
      noCache: choices.noCache,
      ...(choices.target !== undefined ? { target: choices.target } : {}),
      ...(choices.platform !== undefined ? { platform: choices.platform } : {}),
    };
    diagnostics.clear(uri);
    await runBuild(ctx, route, request, choices, { uri, text, info, diagnostics, terminals });
  };
}

/** Warns before a classic build of a Dockerfile that uses what only BuildKit knows. */
async function acceptClassicBuilder(info: BuildInfo | undefined, dockerfile: string): Promise<boolean> {
  const uses = info?.buildKitOnly ?? [];
  if (uses.length === 0) return true;
  const list = uses.map((use) => vscode.l10n.t('{0} (line {1})', use.feature, use.line + 1)).join(', ');
  const buildAnyway = vscode.l10n.t('Build Anyway');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('{0} uses features that only BuildKit supports; the classic builder will fail or ignore them.', path.basename(dockerfile)),
    { modal: true, detail: vscode.l10n.t('Used: {0}. Install the docker buildx plugin to build with BuildKit.', list) },
    buildAnyway,
  );
  return answer === buildAnyway;
}

interface BuildTarget {
  uri: vscode.Uri;
  text: string;
  info: BuildInfo | undefined;
  diagnostics: BuildDiagnostics;
  terminals: Map<string, BuildTerminal>;
}

async function runBuild(ctx: BerthContext, route: BuildRoute, request: BuildRequest, choices: BuildChoices, target: BuildTarget): Promise<void> {
  const abort = new AbortController();
  const name = vscode.l10n.t('Build {0}', request.tag);
  // A finished build's terminal of the same name makes way for the new one.
  target.terminals.get(name)?.dispose();
  const terminal = new BuildTerminal(name, () => abort.abort());
  target.terminals.set(name, terminal);
  terminal.show();
  const how = route.kind === 'cli' ? `docker buildx build (${route.cli.version})` : vscode.l10n.t("the engine's classic builder");
  terminal.note(vscode.l10n.t('Building {0} from {1} with {2}', request.tag, vscode.workspace.asRelativePath(request.dockerfile), how));

  let result: BuildResult | undefined;
  let failure: unknown;
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Building {0}', request.tag), cancellable: true }, async (progress, token) => {
    const cancelled = token.onCancellationRequested(() => abort.abort());
    let done = 0;
    const onEvent = (event: BuildEvent) => {
      if (event.kind === 'output') terminal.write(event.text);
      else if (event.kind === 'step') {
        const share = (event.step / Math.max(event.total, 1)) * 100;
        progress.report({ message: vscode.l10n.t('Step {0}/{1}: {2}', event.step, event.total, event.instruction), increment: Math.max(0, share - done) });
        done = Math.max(done, share);
      }
    };
    try {
      result =
        route.kind === 'cli'
          ? await runCliBuild(route.cli, 'buildx', cliTarget(ctx.engine.engine.endpoint), request, onEvent, abort.signal)
          : await ctx.engine.engine.buildImage(request, onEvent, abort.signal);
    } catch (error) {
      failure = error;
    } finally {
      cancelled.dispose();
    }
  });

  if (failure instanceof BuildCancelled) {
    terminal.note(vscode.l10n.t('Build cancelled.'));
    void vscode.window.showInformationMessage(vscode.l10n.t('The build of {0} was cancelled.', request.tag));
    return;
  }
  if (failure instanceof BuildInterrupted) {
    // Not the Dockerfile's fault: no diagnostic on the step that happened to be running.
    const reason = vscode.l10n.t('The connection to the engine ended before the build finished (did the engine stop?)');
    ctx.log.error(`Build ${request.tag}: ${failure.message}`);
    terminal.note(vscode.l10n.t('Build failed: {0}', reason));
    void vscode.window.showErrorMessage(vscode.l10n.t('Building {0} failed: {1}', request.tag, reason));
    return;
  }
  if (failure instanceof BuildError) {
    const line = failingLine(failure, route.kind === 'cli' ? 'buildkit' : 'classic', target.info);
    const where = failure.step && vscode.l10n.t('step {0}/{1} ({2})', failure.step.step, failure.step.total, failure.step.instruction);
    terminal.note(where ? vscode.l10n.t('Build failed at {0}: {1}', where, failure.message) : vscode.l10n.t('Build failed: {0}', failure.message));
    if (line !== undefined) target.diagnostics.report(target.uri, line, target.text.split(/\r?\n/)[line] ?? '', vscode.l10n.t('Build failed: {0}', failure.message));
    void vscode.window.showErrorMessage(where ? vscode.l10n.t('Building {0} failed at {1}: {2}', request.tag, where, failure.message) : vscode.l10n.t('Building {0} failed: {1}', request.tag, failure.message));
    return;
  }
  if (failure !== undefined) {
    const detail = failure instanceof EngineError ? failure.detail : String((failure as Error)?.message ?? failure);
    ctx.log.error(`Build ${request.tag}: ${detail}`);
    terminal.note(vscode.l10n.t('Build failed: {0}', detail));
    void vscode.window.showErrorMessage(vscode.l10n.t('Building {0} failed: {1}', request.tag, detail));
    return;
  }
  terminal.note(vscode.l10n.t('Built {0}{1}', request.tag, result?.imageId ? ` (${result.imageId})` : ''));
  ctx.log.info(`Built ${request.tag} ${result?.imageId ?? ''} (target ${choices.target ?? 'last stage'})`);
  void revealBuiltImage(ctx, request.tag, result?.imageId);
  void offerNextSteps(request.tag);
}

/** Once the engine's event brought the image into the model, selects it in the Images view. */
async function revealBuiltImage(ctx: BerthContext, tag: string, imageId: string | undefined): Promise<void> {
  const wanted = tag.includes(':', tag.lastIndexOf('/') + 1) ? tag : `${tag}:latest`;
  const deadline = Date.now() + REVEAL_WAIT_MS;
  for (;;) {
    const row = (await ctx.views.items('berth.images')).find((r) => r.imageRef === wanted || (imageId !== undefined && r.objectId === imageId));
    if (row?.objectId) {
      await ctx.views.reveal('image', row.objectId, row.imageRef).catch((error: unknown) => ctx.log.warn(`Could not reveal ${tag}: ${String(error)}`));
      return;
    }
    const left = deadline - Date.now();
    if (left <= 0) return;
    // No polling of the engine: wait for the model to change.
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, left);
      const subscription = ctx.engine.onDidChange((kind) => kind === 'image' && done());
      function done() {
        clearTimeout(timer);
        subscription.dispose();
        resolve();
      }
    });
  }
}

/** What to do with the new image: run it (the Run flow, with the tag filled in) or copy its name. */
async function offerNextSteps(tag: string): Promise<void> {
  const run = vscode.l10n.t('Run');
  const copy = vscode.l10n.t('Copy Image Name');
  const answer = await vscode.window.showInformationMessage(vscode.l10n.t('Built {0}.', tag), run, copy);
  if (answer === run) await vscode.commands.executeCommand(COMMANDS.runImage, tag);
  if (answer === copy) await vscode.env.clipboard.writeText(tag);
}
