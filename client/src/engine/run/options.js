"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RunOptionsError = void 0;
exports.validateField = validateField;
exports.validateRunOptions = validateRunOptions;
exports.buildCreateBody = buildCreateBody;
exports.renderDockerRun = renderDockerRun;
const fields_1 = require("./fields");
const shellWords_1 = require("./shellWords");
/** Checks one text field as typed; undefined when it is fine. */
function validateField(field, text, t = fields_1.plainTranslate, environment = {}) {
    const parsed = parseField(field, text, t, environment);
    return parsed.ok ? undefined : parsed.error;
}
function parseField(field, text, t, environment) {
    switch (field) {
        case 'image':
            return text.trim() === '' ? { ok: false, error: t('Choose an image.') } : { ok: true, value: text.trim() };
        case 'name':
            return (0, fields_1.parseContainerName)(text, t);
        case 'command':
            return (0, fields_1.parseCommand)(text, t);
        case 'entrypoint':
            return (0, fields_1.parseEntrypoint)(text, t);
        case 'ports':
            return (0, fields_1.parsePorts)(text, t);
        case 'env':
            return (0, fields_1.parseEnv)(text, t);
        case 'envFile':
            return (0, fields_1.parseAbsolutePath)(text, t);
        case 'volumes':
            return (0, fields_1.parseVolumes)(text, t);
        case 'tmpfs':
            return (0, fields_1.parseList)(text, t, fields_1.parseTmpfs);
        case 'volumesFrom':
            return (0, fields_1.parseList)(text, t, fields_1.parseVolumesFrom);
        case 'network':
            return (0, fields_1.parseNetwork)(text, t);
        case 'restart':
            return (0, fields_1.parseRestart)(text, t);
        case 'user':
            return (0, fields_1.parseUser)(text, t);
        case 'workdir':
            return (0, fields_1.parseAbsolutePath)(text, t);
        case 'hostname':
            return (0, fields_1.parseHostname)(text, t);
        case 'dns':
            return (0, fields_1.parseList)(text, t, fields_1.parseDns);
        case 'labels':
            return (0, fields_1.parseLabels)(text, t);
        case 'memory':
            return (0, fields_1.parseMemory)(text, t);
        case 'memorySwap':
            return (0, fields_1.parseMemorySwap)(text, t);
        case 'memorySwappiness':
            return (0, fields_1.parseInteger)(text, t, 0, 100, t('Memory swappiness'));
        case 'cpuShares':
            return (0, fields_1.parseInteger)(text, t, 2, 262144, t('CPU shares'));
        case 'cpus':
            return (0, fields_1.parseCpus)(text, t, environment.cpus);
        case 'cpuPeriod':
            return (0, fields_1.parseInteger)(text, t, 1000, 1000000, t('The CPU period (microseconds)'));
        case 'cpuQuota':
            return (0, fields_1.parseInteger)(text, t, 1000, 2 ** 31, t('The CPU quota (microseconds)'));
        case 'cpusetCpus':
            return (0, fields_1.parseCpuset)(text, t);
        case 'blkioWeight':
            return (0, fields_1.parseInteger)(text, t, 10, 1000, t('The block IO weight'));
        case 'ulimits':
            return (0, fields_1.parseList)(text, t, fields_1.parseUlimit);
    }
}
function value(parsed) {
    if (!parsed.ok)
        throw new RunOptionsError([parsed.error]);
    return parsed.value;
}
class RunOptionsError extends Error {
    problems;
    constructor(problems) {
        super(problems.join(' '));
        this.problems = problems;
        this.name = 'RunOptionsError';
    }
}
exports.RunOptionsError = RunOptionsError;
/** Every problem with the options as a whole: each field, then the combinations the engine refuses. */
function validateRunOptions(options, t = fields_1.plainTranslate, environment = {}) {
    const problems = [];
    for (const field of TEXT_FIELDS) {
        const text = options[field];
        if (text === undefined)
            continue;
        const error = validateField(field, text, t, environment);
        if (error)
            problems.push(error);
    }
    if (problems.length > 0)
        return problems;
    const restart = value((0, fields_1.parseRestart)(options.restart ?? '', t));
    if (options.autoRemove && restart && restart.Name !== 'no')
        problems.push(t('--rm cannot be combined with a restart policy: a removed container cannot be restarted.'));
    const memory = value((0, fields_1.parseMemory)(options.memory ?? '', t));
    const swap = value((0, fields_1.parseMemorySwap)(options.memorySwap ?? '', t));
    if (swap !== undefined && memory === undefined)
        problems.push(t('--memory-swap needs --memory as well.'));
    if (swap !== undefined && swap !== -1 && memory !== undefined && swap < memory)
        problems.push(t('--memory-swap (memory plus swap) must be at least --memory.'));
    if (options.cpus?.trim() && (options.cpuPeriod?.trim() || options.cpuQuota?.trim()))
        problems.push(t('Use either --cpus or --cpu-period/--cpu-quota, not both.'));
    if (options.network?.trim() === 'host' && options.ports?.trim())
        problems.push(t('Ports are not published on the host network: the container uses the host ports directly.'));
    return problems;
}
const TEXT_FIELDS = [
    'image', 'name', 'command', 'entrypoint', 'ports', 'env', 'envFile', 'volumes', 'tmpfs', 'volumesFrom', 'network', 'restart', 'user', 'workdir', 'hostname', 'dns', 'labels',
    'memory', 'memorySwap', 'memorySwappiness', 'cpuShares', 'cpus', 'cpuPeriod', 'cpuQuota', 'cpusetCpus', 'blkioWeight', 'ulimits',
];
/**
 * Builds the create body. `envFileEntries` are the env file's `KEY=VALUE` entries, read by the
 * caller (this module reads no files); `-e` entries come after them and win, as with docker run.
 * Throws RunOptionsError when an option is invalid.
 */
function buildCreateBody(options, envFileEntries = [], t = fields_1.plainTranslate, environment = {}) {
    const problems = validateRunOptions(options, t, environment);
    if (problems.length > 0)
        throw new RunOptionsError(problems);
    const host = {};
    const body = { Image: options.image.trim(), HostConfig: host };
    const command = value((0, fields_1.parseCommand)(options.command ?? '', t));
    if (command)
        body.Cmd = command;
    const entrypoint = value((0, fields_1.parseEntrypoint)(options.entrypoint ?? '', t));
    if (entrypoint)
        body.Entrypoint = [entrypoint];
    if (options.interactive) {
        Object.assign(body, { Tty: true, OpenStdin: true, StdinOnce: true, AttachStdin: true, AttachStdout: true, AttachStderr: true });
    }
    else {
        Object.assign(body, { AttachStdin: false, AttachStdout: false, AttachStderr: false });
    }
    if (options.autoRemove)
        host.AutoRemove = true;
    const ports = value((0, fields_1.parsePorts)(options.ports ?? '', t));
    if (ports.length > 0) {
        body.ExposedPorts = {};
        host.PortBindings = {};
        for (const port of ports) {
            const key = `${port.containerPort}/${port.protocol}`;
            body.ExposedPorts[key] = {};
            (host.PortBindings[key] ??= []).push({ HostIp: port.hostIp ?? '', HostPort: port.hostPort ?? '' });
        }
    }
    if (options.publishAll)
        host.PublishAllPorts = true;
    const env = [...envFileEntries, ...value((0, fields_1.parseEnv)(options.env ?? '', t))];
    if (env.length > 0)
        body.Env = env;
    const binds = [];
    for (const volume of value((0, fields_1.parseVolumes)(options.volumes ?? '', t))) {
        if (volume.kind === 'anonymous')
            (body.Volumes ??= {})[volume.target] = {};
        else
            binds.push((0, fields_1.formatVolume)(volume));
    }
    if (binds.length > 0)
        host.Binds = binds;
    const tmpfs = value((0, fields_1.parseList)(options.tmpfs ?? '', t, fields_1.parseTmpfs));
    if (tmpfs.length > 0)
        host.Tmpfs = Object.fromEntries(tmpfs);
    const volumesFrom = value((0, fields_1.parseList)(options.volumesFrom ?? '', t, fields_1.parseVolumesFrom));
    if (volumesFrom.length > 0)
        host.VolumesFrom = volumesFrom;
    const network = value((0, fields_1.parseNetwork)(options.network ?? '', t));
    if (network)
        host.NetworkMode = network;
    const restart = value((0, fields_1.parseRestart)(options.restart ?? '', t));
    if (restart)
        host.RestartPolicy = restart;
    const user = value((0, fields_1.parseUser)(options.user ?? '', t));
    if (user)
        body.User = user;
    const workdir = value((0, fields_1.parseAbsolutePath)(options.workdir ?? '', t));
    if (workdir)
        body.WorkingDir = workdir;
    const hostname = value((0, fields_1.parseHostname)(options.hostname ?? '', t));
    if (hostname)
        body.Hostname = hostname;
    const dns = value((0, fields_1.parseList)(options.dns ?? '', t, fields_1.parseDns));
    if (dns.length > 0)
        host.Dns = dns;
    const labels = value((0, fields_1.parseLabels)(options.labels ?? '', t));
    if (labels.length > 0)
        body.Labels = Object.fromEntries(labels);
    const memory = value((0, fields_1.parseMemory)(options.memory ?? '', t));
    if (memory !== undefined)
        host.Memory = memory;
    const swap = value((0, fields_1.parseMemorySwap)(options.memorySwap ?? '', t));
    if (swap !== undefined)
        host.MemorySwap = swap;
    const swappiness = value((0, fields_1.parseInteger)(options.memorySwappiness ?? '', t, 0, 100, ''));
    if (swappiness !== undefined)
        host.MemorySwappiness = swappiness;
    if (options.oomKillDisable)
        host.OomKillDisable = true;
    const shares = value((0, fields_1.parseInteger)(options.cpuShares ?? '', t, 2, 262144, ''));
    if (shares !== undefined)
        host.CpuShares = shares;
    const nanoCpus = value((0, fields_1.parseCpus)(options.cpus ?? '', t, environment.cpus));
    if (nanoCpus !== undefined)
        host.NanoCpus = nanoCpus;
    const period = value((0, fields_1.parseInteger)(options.cpuPeriod ?? '', t, 1000, 1000000, ''));
    if (period !== undefined)
        host.CpuPeriod = period;
    const quota = value((0, fields_1.parseInteger)(options.cpuQuota ?? '', t, 1000, 2 ** 31, ''));
    if (quota !== undefined)
        host.CpuQuota = quota;
    const cpuset = value((0, fields_1.parseCpuset)(options.cpusetCpus ?? '', t));
    if (cpuset)
        host.CpusetCpus = cpuset;
    const blkio = value((0, fields_1.parseInteger)(options.blkioWeight ?? '', t, 10, 1000, ''));
    if (blkio !== undefined)
        host.BlkioWeight = blkio;
    const ulimits = value((0, fields_1.parseList)(options.ulimits ?? '', t, fields_1.parseUlimit));
    if (ulimits.length > 0)
        host.Ulimits = ulimits;
    if (options.privileged)
        host.Privileged = true;
    const name = value((0, fields_1.parseContainerName)(options.name ?? '', t));
    return { name, body };
}
/**
 * The `docker run` command that does the same as `options`, shell-quoted so it can be pasted
 * into a POSIX shell. Values are rendered from their parsed form, so what is shown is what runs.
 */
function renderDockerRun(options) {
    const t = fields_1.plainTranslate;
    const args = ['docker', 'run'];
    const add = (flag, text) => {
        if (text !== undefined && text !== '')
            args.push(flag, text);
    };
    const addEach = (flag, items, format) => items.forEach((item) => args.push(flag, format(item)));
    const parsedOr = (parsed, fallback) => (parsed.ok ? parsed.value : fallback);
    args.push(options.interactive ? '-it' : '-d');
    if (options.autoRemove)
        args.push('--rm');
    add('--name', parsedOr((0, fields_1.parseContainerName)(options.name ?? '', t), options.name?.trim()));
    addEach('-p', parsedOr((0, fields_1.parsePorts)(options.ports ?? '', t), []), fields_1.formatPort);
    if (options.publishAll)
        args.push('-P');
    addEach('-e', parsedOr((0, fields_1.parseEnv)(options.env ?? '', t), []), (e) => e);
    add('--env-file', options.envFile?.trim());
    addEach('-v', parsedOr((0, fields_1.parseVolumes)(options.volumes ?? '', t), []), fields_1.formatVolume);
    addEach('--tmpfs', parsedOr((0, fields_1.parseList)(options.tmpfs ?? '', t, fields_1.parseTmpfs), []), ([target, opts]) => (opts ? `${target}:${opts}` : target));
    addEach('--volumes-from', parsedOr((0, fields_1.parseList)(options.volumesFrom ?? '', t, fields_1.parseVolumesFrom), []), (v) => v);
    add('--network', options.network?.trim());
    add('--restart', options.restart?.trim());
    add('--user', options.user?.trim());
    add('--workdir', options.workdir?.trim());
    add('--hostname', options.hostname?.trim());
    addEach('--dns', parsedOr((0, fields_1.parseList)(options.dns ?? '', t, fields_1.parseDns), []), (d) => d);
    addEach('--label', parsedOr((0, fields_1.parseLabels)(options.labels ?? '', t), []), ([k, v]) => `${k}=${v}`);
    const memory = parsedOr((0, fields_1.parseMemory)(options.memory ?? '', t), undefined);
    if (memory !== undefined)
        add('--memory', (0, fields_1.formatSize)(memory));
    const swap = parsedOr((0, fields_1.parseMemorySwap)(options.memorySwap ?? '', t), undefined);
    if (swap !== undefined)
        add('--memory-swap', swap === -1 ? '-1' : (0, fields_1.formatSize)(swap));
    add('--memory-swappiness', options.memorySwappiness?.trim());
    if (options.oomKillDisable)
        args.push('--oom-kill-disable');
    add('--cpu-shares', options.cpuShares?.trim());
    add('--cpus', options.cpus?.trim());
    add('--cpu-period', options.cpuPeriod?.trim());
    add('--cpu-quota', options.cpuQuota?.trim());
    add('--cpuset-cpus', options.cpusetCpus?.trim());
    add('--blkio-weight', options.blkioWeight?.trim());
    addEach('--ulimit', parsedOr((0, fields_1.parseList)(options.ulimits ?? '', t, fields_1.parseUlimit), []), fields_1.formatUlimit);
    if (options.privileged)
        args.push('--privileged');
    const entrypoint = parsedOr((0, fields_1.parseEntrypoint)(options.entrypoint ?? '', t), undefined);
    add('--entrypoint', entrypoint);
    args.push(options.image.trim());
    const command = parsedOr((0, fields_1.parseCommand)(options.command ?? '', t), undefined) ?? [];
    // `docker` and `run` never need quotes; everything else is quoted where the shell needs it.
    return [args[0], args[1], (0, shellWords_1.shellJoin)(args.slice(2)), ...command.map(shellWords_1.shellQuote)].join(' ');
}
//# sourceMappingURL=options.js.map