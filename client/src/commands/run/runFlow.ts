import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { BerthContext } from '../../context';
import { StartFailedError } from '../../engine/engine';
import { EngineError } from '../../engine/errors';
import { parseEnvFile } from '../../engine/run/fields';
import { buildCreateBody, FlagField, renderDockerRun, RunEnvironment, RunOptions, TextField, validateField, validateRunOptions } from '../../engine/run/options';
import { describeRunError } from '../../engine/run/runErrors';
import { shortId } from '../../views/presenters/presentation';
import { MultiStepInput, isBack, Step } from '../shared/multiStep';
import { openAttachedTerminal } from './attachedTerminal';

const t = (message: string, ...args: Array<string | number>) => vscode.l10n.t(message, ...args);

// ---- remembered settings (globalState: images belong to the engine, not to a workspace)

const LAST_SETTINGS_KEY = 'berth.run.lastSettings';

export function lastSettings(ctx: BerthContext): Record<string, RunOptions> {
  return ctx.extension.globalState.get<Record<string, RunOptions>>(LAST_SETTINGS_KEY) ?? {};
}

function remember(ctx: BerthContext, options: RunOptions): Thenable<void> {
  return ctx.extension.globalState.update(LAST_SETTINGS_KEY, { ...lastSettings(ctx), [options.image]: options });
}

// ---- fields

interface TextFieldSpec {
  field: TextField;
  label: string;
  prompt: string;
  placeholder: string;
}

const textFields = (): Record<TextField, TextFieldSpec> => {
  const spec = (field: TextField, label: string, prompt: string, placeholder: string): [TextField, TextFieldSpec] => [field, { field, label, prompt, placeholder }];
  return Object.fromEntries([
    spec('image', t('Image'), t('The image to run.'), 'busybox:latest'),
    spec('name', t('Name'), t('A name for the container (empty: the engine makes one up).'), 'web'),
    spec('ports', t('Ports'), t('Published ports, separated by spaces: host:container, ip:host:container, or a container port alone.'), '8080:80 127.0.0.1:5432:5432 53/udp'),
    spec('env', t('Environment'), t('Environment variables, separated by spaces: KEY=VALUE (quote values with spaces).'), "MODE=prod GREETING='hello world'"),
    spec('volumes', t('Volumes'), t('Mounts, separated by spaces: volume:/path, /host/path:/path:ro, or /path for an anonymous volume.'), 'data:/var/lib/data /srv/site:/usr/share/site:ro'),
    spec('command', t('Command'), t("The command and its arguments, as in a shell (empty: the image's)."), "sh -c 'echo hello'"),
    spec('entrypoint', t('Entrypoint'), t("One executable that replaces the image's entrypoint (empty: the image's)."), '/bin/sh'),
    spec('envFile', t('Env file'), t('An env file on this machine (absolute path): KEY=VALUE lines.'), '/home/me/app.env'),
    spec('tmpfs', t('tmpfs mounts'), t('tmpfs mounts, separated by spaces: /path or /path:size=64m.'), '/run:size=64m'),
    spec('volumesFrom', t('Volumes from'), t('Containers whose volumes to mount, separated by spaces, optionally with :ro.'), 'data-container:ro'),
    spec('network', t('Network'), t('The network to connect to (empty: the default bridge).'), 'my-network'),
    spec('restart', t('Restart policy'), t('no, always, unless-stopped or on-failure[:max-retries].'), 'unless-stopped'),
    spec('user', t('User'), t('The user to run as: name, uid, name:group or uid:gid.'), '1000:1000'),
    spec('workdir', t('Working directory'), t('The working directory inside the container (absolute path).'), '/app'),
    spec('hostname', t('Host name'), t("The container's host name."), 'web1'),
    spec('dns', t('DNS servers'), t('DNS server addresses, separated by spaces.'), '8.8.8.8 1.1.1.1'),
    spec('labels', t('Labels'), t('Labels, separated by spaces: key=value.'), 'app=web tier=frontend'),
    spec('memory', t('Memory limit'), t('The most memory the container may use, e.g. 512m or 1g (at least 6m).'), '512m'),
    spec('memorySwap', t('Memory + swap limit'), t('Memory plus swap, e.g. 1g; -1 for unlimited swap. Needs a memory limit.'), '1g'),
    spec('memorySwappiness', t('Memory swappiness'), t('0 to 100: how readily the kernel swaps out this container’s pages.'), '60'),
    spec('cpuShares', t('CPU shares'), t('A relative CPU weight (the default is 1024).'), '512'),
    spec('cpus', t('CPUs'), t('How many CPUs the container may use, e.g. 0.5 or 2.'), '1.5'),
    spec('cpuPeriod', t('CPU period'), t('The CFS period in microseconds (1000 to 1000000), with a CPU quota.'), '100000'),
    spec('cpuQuota', t('CPU quota'), t('The CFS quota in microseconds per period.'), '50000'),
    spec('cpusetCpus', t('CPU set'), t('Which CPUs the container may run on, e.g. 0-2 or 0,1.'), '0,1'),
    spec('blkioWeight', t('Block IO weight'), t('A relative block IO weight from 10 to 1000.'), '500'),
    spec('ulimits', t('Ulimits'), t('Ulimits, separated by spaces: name=soft:hard.'), 'nofile=1024:2048 nproc=512'),
  ]) as Record<TextField, TextFieldSpec>;
};

const flagLabels = (): Record<FlagField, string> => ({
  interactive: t('Interactive (-it)'),
  autoRemove: t('Remove when it exits (--rm)'),
  publishAll: t('Publish all exposed ports (-P)'),
  oomKillDisable: t('Disable the OOM killer (--oom-kill-disable)'),
  privileged: t('Privileged (--privileged)'),
});

const MORE_FIELDS: Array<TextField | FlagField> = ['command', 'entrypoint', 'autoRemove', 'publishAll', 'envFile', 'tmpfs', 'volumesFrom', 'network', 'restart', 'user', 'workdir', 'hostname', 'dns', 'labels'];
const ADVANCED_FIELDS: Array<TextField | FlagField> = ['memory', 'memorySwap', 'memorySwappiness', 'oomKillDisable', 'cpuShares', 'cpus', 'cpuPeriod', 'cpuQuota', 'cpusetCpus', 'blkioWeight', 'ulimits', 'privileged'];
const FLAG_FIELDS = new Set<string>(['interactive', 'autoRemove', 'publishAll', 'oomKillDisable', 'privileged']);

// ---- the flow

interface FlowState {
  options: RunOptions;
  environment: RunEnvironment;
  /** Names of existing containers (a name in use is refused as it is typed). */
  names: Set<string>;
  /** The image's exposed ports, shown as a hint at the Ports step. */
  exposed: string[];
  /** Set when the user chose to run; undefined if the flow ends another way. */
  run?: boolean;
}

/**
 * The Run flow for an image; from the palette (no image) it starts by picking one. The common
 * path asks only image, name, ports, env, volumes and detached/interactive, then offers Run,
 * More options… and Advanced…. Exported for the build work: `runImage(ctx, 'myapp:dev')`.
 */
export async function runImage(ctx: BerthContext, imageRef?: string): Promise<void> {
  await ctx.engine.firstListing();
  const model = ctx.engine.model;
  const state: FlowState = {
    options: { image: imageRef ?? '' },
    environment: {},
    names: new Set(model.containers().map((c) => c.name)),
    exposed: [],
  };
  const title = () => (state.options.image ? t('Run {0}', state.options.image) : t('Run an image'));

  const describeImage = async () => {
    const inspect = await ctx.engine.engine.inspectImage(state.options.image).catch(() => undefined);
    state.exposed = Object.keys(inspect?.Config?.ExposedPorts ?? {});
  };

  const pickImage: Step = async (input) => {
    const images = model.images().flatMap((image) => (image.tags.length > 0 ? image.tags.map((tag) => ({ ref: tag, id: image.id })) : [{ ref: shortId(image.id), id: image.id }]));
    const items = images.map((i) => ({ label: i.ref, description: shortId(i.id), ref: i.ref })).sort((a, b) => a.label.localeCompare(b.label));
    const chosen = await input.pick({ title: t('Run an image'), placeholder: t('Choose the image to run'), items, matchOnDescription: true });
    state.options = { image: chosen.ref };
    return startFromLast;
  };

  const startFromLast: Step = async (input) => {
    await describeImage();
    const last = lastSettings(ctx)[state.options.image];
    if (!last) return askName;
    const again = { label: t('Run again with the last settings'), detail: renderDockerRun(last) };
    const edit = { label: t('Change the last settings…') };
    const fresh = { label: t('Start from the defaults…') };
    const chosen = await input.pick({ title: title(), items: [again, edit, fresh] });
    if (chosen === again) {
      state.options = { ...last };
      state.run = true;
      return undefined;
    }
    state.options = chosen === edit ? { ...last } : { image: state.options.image };
    return askName;
  };

  const askText = async (input: MultiStepInput, field: TextField, extraPrompt?: string): Promise<string> => {
    const spec = textFields()[field];
    return input.text({
      title: `${title()}: ${spec.label}`,
      prompt: extraPrompt ? `${spec.prompt} ${extraPrompt}` : spec.prompt,
      placeholder: spec.placeholder,
      value: state.options[field] ?? '',
      validate: (value) => {
        const problem = validateField(field, value, t, state.environment);
        if (problem) return problem;
        if (field === 'name' && state.names.has(value.trim().replace(/^\//, ''))) return t("The name '{0}' is already used by another container.", value.trim());
        return undefined;
      },
    });
  };

  const askName: Step = async (input) => {
    state.options.name = (await askText(input, 'name')).trim() || undefined;
    return askPorts;
  };
  const askPorts: Step = async (input) => {
    const hint = state.exposed.length > 0 ? t('The image exposes {0}.', state.exposed.join(', ')) : undefined;
    state.options.ports = (await askText(input, 'ports', hint)).trim() || undefined;
    return askEnv;
  };
  const askEnv: Step = async (input) => {
    state.options.env = (await askText(input, 'env')).trim() || undefined;
    return askVolumes;
  };
  const askVolumes: Step = async (input) => {
    state.options.volumes = (await askText(input, 'volumes')).trim() || undefined;
    return askMode;
  };
  const askMode: Step = async (input) => {
    const detached = { label: t('Detached'), description: '-d', detail: t('Runs in the background; see its logs and terminals from the Containers view.') };
    const interactive = { label: t('Interactive'), description: '-it', detail: t("Opens a terminal attached to the container's TTY and stdin.") };
    const chosen = await input.pick({ title: `${title()}: ${t('Mode')}`, items: [detached, interactive], activeItem: state.options.interactive ? interactive : detached });
    state.options.interactive = chosen === interactive || undefined;
    return confirm;
  };

  const confirm: Step = async (input) => {
    for (;;) {
      const problems = validateRunOptions(state.options, t, state.environment);
      const command = renderDockerRun(state.options);
      const run = { label: `$(play) ${t('Run')}`, description: problems[0] ? `$(warning) ${problems[0]}` : undefined, detail: command };
      const more = { label: `$(settings) ${t('More options…')}`, detail: t('Command, entrypoint, --rm, network, restart policy, user, working directory, host name, DNS, labels, env file, tmpfs, volumes from') };
      const advanced = { label: `$(dashboard) ${t('Advanced…')}`, detail: t('Resource limits: memory, swap, CPUs, CPU shares and set, block IO weight, ulimits, privileged') };
      const copy = { label: `$(copy) ${t('Copy docker run command')}` };
      const chosen = await input.pick({ title: title(), items: [run, more, advanced, copy] });
      if (chosen === copy) {
        await vscode.env.clipboard.writeText(command);
        void vscode.window.showInformationMessage(t('Copied: {0}', command));
        continue;
      }
      if (chosen === more) return menu(MORE_FIELDS, t('More options'));
      if (chosen === advanced) return menu(ADVANCED_FIELDS, t('Advanced options'));
      if (problems.length > 0) {
        void vscode.window.showWarningMessage(problems.join(' '));
        continue;
      }
      state.run = true;
      return undefined;
    }
  };

  /** A list of fields with their values; choosing one edits it; Done (or Back) returns to Run. */
  const menu =
    (fields: Array<TextField | FlagField>, heading: string): Step =>
    async (input) => {
      const specs = textFields();
      const flags = flagLabels();
      for (;;) {
        const done = { label: `$(check) ${t('Done')}`, field: undefined };
        const items = fields.map((field) => {
          if (FLAG_FIELDS.has(field)) {
            const on = state.options[field as FlagField] === true;
            return { label: `${on ? '$(pass-filled)' : '$(circle-large-outline)'} ${flags[field as FlagField]}`, field };
          }
          const value = state.options[field as TextField];
          return { label: specs[field as TextField].label, description: value || t('(not set)'), field };
        });
        const chosen = await input.pick({ title: `${title()}: ${heading}`, items: [done, ...items], matchOnDescription: true });
        if (!chosen.field) return confirm;
        const field = chosen.field;
        if (FLAG_FIELDS.has(field)) {
          const flag = field as FlagField;
          state.options[flag] = !state.options[flag] || undefined;
          continue;
        }
        try {
          const value = field === 'network' ? await pickNetwork(input) : await askText(input, field as TextField);
          (state.options as unknown as Record<string, string | undefined>)[field] = value.trim() || undefined;
        } catch (error) {
          if (!isBack(error)) throw error;
        }
      }
    };

  const pickNetwork = async (input: MultiStepInput): Promise<string> => {
    const none = { label: t('Default bridge'), value: '' };
    const networks = model
      .networks()
      .map((n) => ({ label: n.name, description: n.driver, value: n.name }))
      .sort((a, b) => a.label.localeCompare(b.label));
    const chosen = await input.pick({ title: `${title()}: ${t('Network')}`, items: [none, ...networks] });
    return chosen.value;
  };

  // The engine's CPU count bounds --cpus.
  state.environment = await ctx.engine.engine
    .cpuCount()
    .then((cpus) => ({ cpus }))
    .catch(() => ({}));
  const completed = await MultiStepInput.run(imageRef ? startFromLast : pickImage);
  if (!completed || !state.run) return;
  await executeRun(ctx, state.options);
}

/**
 * Creates and starts a container with `options`, remembering them for "Run again". Reports
 * failures in words that say what to change; a container that was created but did not start
 * is left alone unless the user asks to remove it.
 */
export async function executeRun(ctx: BerthContext, options: RunOptions): Promise<string | undefined> {
  await remember(ctx, options);
  let envFileEntries: string[] = [];
  if (options.envFile?.trim()) {
    let text: string;
    try {
      text = await readFile(options.envFile.trim(), 'utf8');
    } catch (error) {
      void vscode.window.showErrorMessage(t('The env file {0} cannot be read: {1}', options.envFile.trim(), (error as Error).message));
      return undefined;
    }
    const parsed = parseEnvFile(text, t, process.env);
    if (!parsed.ok) {
      void vscode.window.showErrorMessage(parsed.error);
      return undefined;
    }
    envFileEntries = parsed.value;
  }
  let created: { name?: string; body: ReturnType<typeof buildCreateBody>['body'] };
  try {
    created = buildCreateBody(options, envFileEntries, t);
  } catch (error) {
    void vscode.window.showErrorMessage((error as Error).message);
    return undefined;
  }
  const engine = ctx.engine.engine;
  const label = options.name?.trim() || options.image;
  let stream: NodeJS.ReadWriteStream | undefined;
  try {
    const id = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('Running {0}', options.image), cancellable: true }, async (_progress, token) => {
      if (token.isCancellationRequested) return undefined;
      return engine.runContainer(created.name, created.body, options.interactive ? async (containerId) => void (stream = await engine.attachContainer(containerId)) : undefined);
    });
    if (!id) return undefined;
    ctx.log.info(`Ran ${renderDockerRun(options)} -> ${id}`);
    if (options.interactive && stream) {
      openAttachedTerminal(ctx, id, label, stream).show();
    } else {
      void vscode.window.showInformationMessage(t('Container {0} is running.', options.name?.trim() || shortId(id)));
    }
    return id;
  } catch (error) {
    stream?.end();
    if (error instanceof StartFailedError) {
      const message = describeRunError(error.cause.detail, t);
      ctx.log.error(`Run ${options.image}: ${error.cause.detail}`);
      const remove = t('Remove the Container');
      const answer = await vscode.window.showErrorMessage(t('The container {0} was created but did not start: {1}', options.name?.trim() || shortId(error.containerId), message), remove);
      if (answer === remove) {
        await engine.removeContainer(error.containerId, { force: true, volumes: true }).catch((e: unknown) => {
          void vscode.window.showErrorMessage(t('Remove container failed: {0}', e instanceof EngineError ? e.detail : String(e)));
        });
      }
      return undefined;
    }
    const detail = error instanceof EngineError ? error.detail : String(error);
    ctx.log.error(`Run ${options.image}: ${detail}`);
    void vscode.window.showErrorMessage(t('Cannot run {0}: {1}', options.image, describeRunError(detail, t)));
    return undefined;
  }
}
