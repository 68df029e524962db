import path from 'node:path';
import * as vscode from 'vscode';
import { referenceProblem, ReferenceProblem, sanitizeImageName } from '../../../engine/build/reference';
import { BuildInfo } from '../../../../../server/src/protocol/buildInfo';
import { MultiStepInput, Step } from './multiStepInput';

/** What the user chose for a build of one Dockerfile; remembered per Dockerfile. */
export interface BuildChoices {
  contextDir: string;
  tag: string;
  /** Only the ARGs the user set; the others keep the Dockerfile's defaults. */
  buildArgs: Record<string, string>;
  /** A stage name or index; undefined is the last stage. */
  target: string | undefined;
  noCache: boolean;
  platform: string | undefined;
}

const MEMORY_KEY = 'berth.build.choices';

/** BuildKit sets these itself; asking for them would only confuse. */
const AUTOMATIC_ARGS = /^(TARGET|BUILD)(PLATFORM|OS|ARCH|VARIANT)$/;

export function rememberedChoices(memento: vscode.Memento, dockerfile: string): Partial<BuildChoices> | undefined {
  return memento.get<Record<string, Partial<BuildChoices>>>(MEMORY_KEY, {})[dockerfile];
}

export async function rememberChoices(memento: vscode.Memento, dockerfile: string, choices: BuildChoices): Promise<void> {
  const all = memento.get<Record<string, BuildChoices>>(MEMORY_KEY, {});
  await memento.update(MEMORY_KEY, { ...all, [dockerfile]: choices });
}

export function referenceMessage(problem: ReferenceProblem | undefined): string | undefined {
  switch (problem) {
    case undefined:
      return undefined;
    case 'empty':
      return vscode.l10n.t('Enter an image name, e.g. myapp:latest.');
    case 'whitespace':
      return vscode.l10n.t('An image name cannot contain spaces.');
    case 'uppercase':
      return vscode.l10n.t('Image names must be lower case (the tag after ":" may use upper case).');
    case 'digest':
      return vscode.l10n.t('A build is tagged with a name, not a digest (@sha256:...).');
    case 'invalidTag':
      return vscode.l10n.t('A tag (after ":") has up to 128 letters, digits, "_", "." or "-", and cannot start with "." or "-".');
    case 'tooLong':
      return vscode.l10n.t('An image name can be at most 255 characters long.');
    case 'invalidName':
      return vscode.l10n.t('Not a valid image name: use lower-case letters, digits and separators (".", "_", "-") between them, parts joined by "/".');
  }
}

const PLATFORM = /^[a-z0-9_-]+\/[a-z0-9_-]+(?:\/[a-z0-9_.-]+)?$/;

export function platformMessage(value: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed || PLATFORM.test(trimmed)) return undefined;
  return vscode.l10n.t('A platform is os/arch or os/arch/variant, e.g. linux/amd64 or linux/arm64/v8.');
}

/**
 * Asks for the build's settings in a few steps (each with a working back button): context
 * folder, tag, build arguments, target stage, options. Undefined when the user dismissed it.
 */
export async function askBuildChoices(dockerfile: string, info: BuildInfo | undefined, remembered: Partial<BuildChoices> | undefined): Promise<BuildChoices | undefined> {
  const dockerfileDir = path.dirname(dockerfile);
  const workspaceDir = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(dockerfile))?.uri.fsPath;
  const args = (info?.args ?? []).filter((arg) => !AUTOMATIC_ARGS.test(arg.name));
  const stages = info?.stages ?? [];
  const title = vscode.l10n.t('Build Image: {0}', path.basename(dockerfile));
  const choices: BuildChoices = {
    contextDir: remembered?.contextDir ?? dockerfileDir,
    tag: remembered?.tag ?? `${sanitizeImageName(path.basename(remembered?.contextDir ?? dockerfileDir))}:latest`,
    buildArgs: { ...(remembered?.buildArgs ?? {}) },
    target: remembered?.target,
    noCache: remembered?.noCache ?? false,
    platform: remembered?.platform,
  };
  // A remembered target that the Dockerfile no longer has falls back to the last stage.
  if (choices.target !== undefined && !stages.some((s) => (s.name ?? String(s.index)) === choices.target)) choices.target = undefined;
  const folderTag = () => `${sanitizeImageName(path.basename(choices.contextDir))}:latest`;
  // Until the user types a tag of their own, the tag follows the chosen context folder.
  let tagFollowsFolder = remembered?.tag === undefined;
  let argsToSet: string[] = Object.keys(choices.buildArgs).filter((name) => args.some((a) => a.name === name));
  let wantsPlatform = choices.platform !== undefined;

  const totalSteps = () => 2 + (args.length > 0 ? 1 + argsToSet.length : 0) + (stages.length > 1 ? 1 : 0) + 1 + (wantsPlatform ? 1 : 0);

  const contextStep: Step = async (input) => {
    type Item = vscode.QuickPickItem & { dir?: string };
    const folders = [...new Set([choices.contextDir, dockerfileDir, ...(workspaceDir ? [workspaceDir] : [])])];
    const items: Item[] = folders.map((dir) => ({
      label: vscode.workspace.asRelativePath(dir, true) === dir ? dir : vscode.workspace.asRelativePath(dir, true) || dir,
      description: dir === dockerfileDir ? vscode.l10n.t("the Dockerfile's folder") : dir === workspaceDir ? vscode.l10n.t('workspace folder') : undefined,
      detail: dir,
      dir,
    }));
    const browse: Item = { label: `$(folder-opened) ${vscode.l10n.t('Choose Another Folder...')}` };
    const [chosen] = await input.pick({ title, placeholder: vscode.l10n.t('Build context: the folder whose files the build can use'), items: [...items, browse], selected: [items[0]!] });
    if (chosen && !chosen.dir) {
      const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, defaultUri: vscode.Uri.file(choices.contextDir), openLabel: vscode.l10n.t('Use as Build Context') });
      if (!picked?.[0]) return contextStep;
      choices.contextDir = picked[0].fsPath;
    } else if (chosen?.dir) {
      choices.contextDir = chosen.dir;
    }
    if (tagFollowsFolder) choices.tag = folderTag();
    return tagStep;
  };

  const tagStep: Step = async (input) => {
    choices.tag = (
      await input.inputBox({
        title,
        prompt: vscode.l10n.t('Image name and tag'),
        value: choices.tag,
        placeholder: 'myapp:latest',
        validate: (value) => referenceMessage(referenceProblem(value.trim())),
      })
    ).trim();
    tagFollowsFolder = choices.tag === folderTag();
    return args.length > 0 ? argsStep : afterArgs();
  };

  const argsStep: Step = async (input) => {
    type Item = vscode.QuickPickItem & { name: string };
    const items: Item[] = args.map((arg) => ({
      label: arg.name,
      description: arg.defaultValue === undefined ? vscode.l10n.t('no default') : vscode.l10n.t('default: {0}', arg.defaultValue),
      detail: arg.stage === undefined ? vscode.l10n.t('global') : vscode.l10n.t('stage {0}', arg.stage),
      name: arg.name,
    }));
    const chosen = await input.pick({
      title,
      placeholder: vscode.l10n.t('Build arguments to set (the others keep their defaults)'),
      items,
      selected: items.filter((item) => argsToSet.includes(item.name)),
      canPickMany: true,
    });
    argsToSet = [...new Set(chosen.map((item) => item.name))];
    for (const name of Object.keys(choices.buildArgs)) if (!argsToSet.includes(name)) delete choices.buildArgs[name];
    return argValueStep(0);
  };

  const argValueStep = (position: number): Step | undefined => {
    const name = argsToSet[position];
    if (name === undefined) return afterArgs();
    return async (input) => {
      const arg = args.find((a) => a.name === name);
      choices.buildArgs[name] = await input.inputBox({
        title,
        prompt: vscode.l10n.t('Value of build argument {0}', name),
        value: choices.buildArgs[name] ?? arg?.defaultValue ?? '',
      });
      return argValueStep(position + 1);
    };
  };

  const afterArgs = (): Step => (stages.length > 1 ? targetStep : optionsStep);

  const targetStep: Step = async (input) => {
    type Item = vscode.QuickPickItem & { target: string | undefined };
    const last: Item = { label: vscode.l10n.t('Last stage'), description: vscode.l10n.t('default'), target: undefined };
    const items: Item[] = [
      last,
      ...stages.map((stage) => ({
        label: stage.name ?? vscode.l10n.t('stage {0}', stage.index),
        description: stage.base,
        target: stage.name ?? String(stage.index),
      })),
    ];
    const [chosen] = await input.pick({ title, placeholder: vscode.l10n.t('Target stage'), items, selected: [items.find((i) => i.target === choices.target) ?? last] });
    choices.target = chosen?.target;
    return optionsStep;
  };

  const optionsStep: Step = async (input) => {
    type Item = vscode.QuickPickItem & { option: 'noCache' | 'platform' };
    const noCache: Item = { label: vscode.l10n.t('Do not use the build cache'), description: '--no-cache', option: 'noCache' };
    const platform: Item = { label: vscode.l10n.t('Build for another platform...'), description: '--platform', detail: choices.platform, option: 'platform' };
    const chosen = await input.pick({
      title,
      placeholder: vscode.l10n.t('Options (press Enter to build)'),
      items: [noCache, platform],
      selected: [...(choices.noCache ? [noCache] : []), ...(wantsPlatform ? [platform] : [])],
      canPickMany: true,
    });
    choices.noCache = chosen.some((item) => item.option === 'noCache');
    wantsPlatform = chosen.some((item) => item.option === 'platform');
    if (!wantsPlatform) choices.platform = undefined;
    return wantsPlatform ? platformStep : undefined;
  };

  const platformStep: Step = async (input) => {
    const value = await input.inputBox({ title, prompt: vscode.l10n.t('Platform (os/arch[/variant])'), value: choices.platform ?? 'linux/amd64', placeholder: 'linux/amd64', validate: platformMessage });
    choices.platform = value.trim() || undefined;
    return undefined;
  };

  return (await MultiStepInput.run(contextStep, totalSteps)) ? choices : undefined;
}
