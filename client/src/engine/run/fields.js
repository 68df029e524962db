"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.plainTranslate = void 0;
exports.parseWords = parseWords;
exports.parseList = parseList;
exports.parseContainerName = parseContainerName;
exports.parseNetwork = parseNetwork;
exports.parseImageReference = parseImageReference;
exports.parseCommand = parseCommand;
exports.parseEntrypoint = parseEntrypoint;
exports.parsePort = parsePort;
exports.parsePorts = parsePorts;
exports.formatPort = formatPort;
exports.isIPv4 = isIPv4;
exports.isIPv6 = isIPv6;
exports.parseEnvEntry = parseEnvEntry;
exports.parseEnv = parseEnv;
exports.parseEnvFile = parseEnvFile;
exports.parseLabel = parseLabel;
exports.parseLabels = parseLabels;
exports.parseVolume = parseVolume;
exports.parseVolumes = parseVolumes;
exports.formatVolume = formatVolume;
exports.parseTmpfs = parseTmpfs;
exports.parseVolumesFrom = parseVolumesFrom;
exports.parseRestart = parseRestart;
exports.parseUser = parseUser;
exports.parseAbsolutePath = parseAbsolutePath;
exports.parseHostname = parseHostname;
exports.parseDns = parseDns;
exports.parseSize = parseSize;
exports.formatSize = formatSize;
exports.parseMemory = parseMemory;
exports.parseMemorySwap = parseMemorySwap;
exports.parseInteger = parseInteger;
exports.parseCpus = parseCpus;
exports.parseCpuset = parseCpuset;
exports.parseUlimit = parseUlimit;
exports.formatUlimit = formatUlimit;
const shellWords_1 = require("./shellWords");
const plainTranslate = (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));
exports.plainTranslate = plainTranslate;
const ok = (value) => ({ ok: true, value });
const fail = (error) => ({ ok: false, error });
/** Splits a list field into words (quotes allowed), or says which quote is open. */
function parseWords(text, t) {
    try {
        return ok((0, shellWords_1.splitShellWords)(text));
    }
    catch (error) {
        if (error instanceof shellWords_1.UnclosedQuoteError)
            return fail(t('A {0} quote is not closed.', error.quote));
        throw error;
    }
}
/** Applies `item` to each word of a list field; the first bad word decides the message. */
function parseList(text, t, item) {
    const words = parseWords(text, t);
    if (!words.ok)
        return words;
    const values = [];
    for (const word of words.value) {
        const parsed = item(word, t);
        if (!parsed.ok)
            return parsed;
        values.push(parsed.value);
    }
    return ok(values);
}
// ---- names
const CONTAINER_NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
function parseContainerName(text, t) {
    const name = text.trim();
    if (name === '')
        return ok(undefined);
    if (!CONTAINER_NAME.test(name))
        return fail(t("'{0}' is not a valid container name: use letters, digits, '_', '.' and '-', starting with a letter or digit.", name));
    return ok(name.replace(/^\//, ''));
}
const VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
const NETWORK_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
function parseNetwork(text, t) {
    const name = text.trim();
    if (name === '')
        return ok(undefined);
    if (/^container:.+$/.test(name) || NETWORK_NAME.test(name))
        return ok(name);
    return fail(t("'{0}' is not a valid network name.", name));
}
/**
 * A Docker image reference: `[registry[:port]/]path[:tag][@digest]`, path components lower-case.
 * Returns repository and tag separately (the tag defaults to `latest`), as commit wants them.
 */
function parseImageReference(text, t) {
    const ref = text.trim();
    if (ref === '')
        return fail(t('Enter a repository name, e.g. myapp:1.0.'));
    if (ref.includes('@'))
        return fail(t('Give a tag, not a digest: a digest is computed from the image.'));
    const lastSlash = ref.lastIndexOf('/');
    const colon = ref.lastIndexOf(':');
    const hasTag = colon > lastSlash;
    const repo = hasTag ? ref.slice(0, colon) : ref;
    const tag = hasTag ? ref.slice(colon + 1) : 'latest';
    if (!/^[\w][\w.-]{0,127}$/.test(tag))
        return fail(t("'{0}' is not a valid tag: up to 128 letters, digits, '_', '.' and '-', not starting with '.' or '-'.", tag));
    const parts = repo.split('/');
    const domain = parts.length > 1 && /[.:]|^localhost$/.test(parts[0]) ? parts.shift() : undefined;
    if (domain !== undefined && !/^[a-zA-Z0-9.-]+(:\d+)?$/.test(domain))
        return fail(t("'{0}' is not a valid registry host.", domain));
    for (const part of parts) {
        if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/.test(part)) {
            return fail(t("'{0}' is not a valid repository name: lower-case letters, digits and separators ('.', '_', '-') between them.", part));
        }
    }
    if (repo.length > 255)
        return fail(t('The repository name is longer than 255 characters.'));
    return ok({ repo, tag });
}
// ---- command line
function parseCommand(text, t) {
    const words = parseWords(text, t);
    if (!words.ok)
        return words;
    return ok(words.value.length > 0 ? words.value : undefined);
}
/** `--entrypoint` is one executable; its arguments belong in the command. */
function parseEntrypoint(text, t) {
    const words = parseWords(text, t);
    if (!words.ok)
        return words;
    if (words.value.length === 0)
        return ok(undefined);
    if (words.value.length > 1)
        return fail(t('The entrypoint is one executable; put its arguments in the command.'));
    return ok(words.value[0]);
}
function validPort(text) {
    if (!/^\d{1,5}$/.test(text))
        return false;
    const n = Number(text);
    return n >= 1 && n <= 65535;
}
function portRange(text) {
    const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text);
    if (!m || !validPort(m[1]) || (m[2] !== undefined && !validPort(m[2])))
        return undefined;
    const low = Number(m[1]);
    const high = m[2] === undefined ? low : Number(m[2]);
    return high >= low ? [low, high] : undefined;
}
/**
 * One `-p` value: `80`, `8080:80`, `8080:80/udp`, `127.0.0.1:8080:80`, `127.0.0.1::80`,
 * `[::1]:8080:80`, ranges `8000-8002:8000-8002`. A range gives one spec per port.
 */
function parsePort(word, t) {
    let rest = word.trim();
    let protocol = 'tcp';
    const slash = rest.lastIndexOf('/');
    if (slash >= 0) {
        const proto = rest.slice(slash + 1).toLowerCase();
        if (proto !== 'tcp' && proto !== 'udp' && proto !== 'sctp')
            return fail(t("'{0}': the protocol must be tcp, udp or sctp.", word));
        protocol = proto;
        rest = rest.slice(0, slash);
    }
    let hostIp;
    const bracket = /^\[([0-9a-fA-F:.]+)\]:(.*)$/.exec(rest);
    if (bracket) {
        hostIp = bracket[1];
        rest = bracket[2];
        if (!isIPv6(hostIp))
            return fail(t("'{0}': '{1}' is not an IP address.", word, hostIp));
    }
    const parts = rest.split(':');
    if (parts.length > 3 || (hostIp !== undefined && parts.length !== 2))
        return fail(t("'{0}' is not a port mapping: write container, host:container or ip:host:container (e.g. 8080:80).", word));
    const containerText = parts[parts.length - 1];
    const hostText = parts.length >= 2 ? parts[parts.length - 2] : '';
    if (parts.length === 3) {
        hostIp = parts[0];
        if (!isIPv4(hostIp))
            return fail(t("'{0}': '{1}' is not an IP address.", word, hostIp));
    }
    const container = portRange(containerText);
    if (!container)
        return fail(t("'{0}': the container port must be a number from 1 to 65535 (or a range such as 8000-8010).", word));
    if (hostText === '') {
        return ok(expand(container).map((p) => ({ hostIp, containerPort: String(p), protocol })));
    }
    const host = portRange(hostText);
    if (!host)
        return fail(t("'{0}': the host port must be a number from 1 to 65535 (or a range such as 8000-8010).", word));
    const hostCount = host[1] - host[0];
    const containerCount = container[1] - container[0];
    if (containerCount > 0 && hostCount !== containerCount)
        return fail(t("'{0}': the host and container ranges must be the same length.", word));
    if (containerCount === 0 && hostCount > 0) {
        // The engine picks one free port of the host range.
        return ok([{ hostIp, hostPort: `${host[0]}-${host[1]}`, containerPort: String(container[0]), protocol }]);
    }
    return ok(expand(container).map((p, i) => ({ hostIp, hostPort: String(host[0] + i), containerPort: String(p), protocol })));
}
function expand([low, high]) {
    return Array.from({ length: high - low + 1 }, (_, i) => low + i);
}
function parsePorts(text, t) {
    const list = parseList(text, t, parsePort);
    return list.ok ? ok(list.value.flat()) : list;
}
/** Renders a spec back as a `-p` value. */
function formatPort(spec) {
    const proto = spec.protocol === 'tcp' ? '' : `/${spec.protocol}`;
    const ip = spec.hostIp ? (spec.hostIp.includes(':') ? `[${spec.hostIp}]` : spec.hostIp) : '';
    if (ip)
        return `${ip}:${spec.hostPort ?? ''}:${spec.containerPort}${proto}`;
    if (spec.hostPort)
        return `${spec.hostPort}:${spec.containerPort}${proto}`;
    return `${spec.containerPort}${proto}`;
}
function isIPv4(text) {
    const parts = text.split('.');
    return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}
function isIPv6(text) {
    if (!/^[0-9a-fA-F:.]+$/.test(text) || !text.includes(':'))
        return false;
    const doubles = text.split('::').length - 1;
    if (doubles > 1)
        return false;
    const groups = text.split(':').filter((g) => g !== '');
    if (groups.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g) && !isIPv4(g)))
        return false;
    return doubles === 1 ? groups.length <= 7 : groups.length === 8;
}
// ---- environment and labels
const ENV_KEY = /^[^=\s]+$/;
/** `KEY=VALUE` (the value may be empty). */
function parseEnvEntry(word, t) {
    const equals = word.indexOf('=');
    if (equals < 0)
        return fail(t("'{0}': write KEY=VALUE.", word));
    const key = word.slice(0, equals);
    if (!ENV_KEY.test(key))
        return fail(t("'{0}': the variable name must not be empty or contain blanks.", word));
    return ok(word);
}
function parseEnv(text, t) {
    return parseList(text, t, parseEnvEntry);
}
/**
 * An env file as `docker run --env-file` reads it: `KEY=VALUE` lines, `#` comments and blank lines
 * skipped, no quote processing; a bare `KEY` takes its value from `environment` (dropped if unset).
 */
function parseEnvFile(text, t, environment = {}) {
    const entries = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].replace(/^\s+/, '');
        if (line === '' || line.startsWith('#'))
            continue;
        const equals = line.indexOf('=');
        const key = equals < 0 ? line.trimEnd() : line.slice(0, equals);
        if (key === '' || /\s/.test(key))
            return fail(t('Line {0} of the env file: the variable name must not be empty or contain blanks.', i + 1));
        if (equals >= 0)
            entries.push(line);
        else if (environment[key] !== undefined)
            entries.push(`${key}=${environment[key]}`);
    }
    return ok(entries);
}
function parseLabel(word, t) {
    const equals = word.indexOf('=');
    const key = equals < 0 ? word : word.slice(0, equals);
    if (key.trim() === '')
        return fail(t("'{0}': the label key must not be empty.", word));
    return ok([key, equals < 0 ? '' : word.slice(equals + 1)]);
}
function parseLabels(text, t) {
    return parseList(text, t, parseLabel);
}
const MOUNT_MODES = new Set(['ro', 'rw', 'z', 'Z', 'nocopy', 'shared', 'slave', 'private', 'rshared', 'rslave', 'rprivate']);
/** One `-v` value: `name:/path`, `/host:/path`, either with `:ro` (or other modes), or `/path` alone (anonymous). */
function parseVolume(word, t) {
    const parts = word.split(':');
    if (parts.length === 1) {
        if (!word.startsWith('/'))
            return fail(t("'{0}': the path in the container must be absolute (start with /).", word));
        return ok({ kind: 'anonymous', target: word });
    }
    if (parts.length > 3)
        return fail(t("'{0}' is not a volume: write name:/path, /host/path:/path or /path, optionally followed by :ro.", word));
    const [source, target, mode] = parts;
    if (!target?.startsWith('/'))
        return fail(t("'{0}': the path in the container must be absolute (start with /).", word));
    if (mode !== undefined && !mode.split(',').every((m) => MOUNT_MODES.has(m)))
        return fail(t("'{0}': '{1}' is not a mount option (use ro or rw).", word, mode));
    if (source.startsWith('/'))
        return ok({ kind: 'bind', source, target, mode });
    if (source.startsWith('.') || source.startsWith('~'))
        return fail(t("'{0}': a host path must be absolute.", word));
    if (!VOLUME_NAME.test(source))
        return fail(t("'{0}': '{1}' is not a valid volume name.", word, source));
    return ok({ kind: 'volume', name: source, target, mode });
}
function parseVolumes(text, t) {
    return parseList(text, t, parseVolume);
}
function formatVolume(spec) {
    if (spec.kind === 'anonymous')
        return spec.target;
    const source = spec.kind === 'volume' ? spec.name : spec.source;
    return `${source}:${spec.target}${spec.mode ? `:${spec.mode}` : ''}`;
}
/** One `--tmpfs` value: `/path` or `/path:size=64m,mode=1777`. */
function parseTmpfs(word, t) {
    const colon = word.indexOf(':');
    const target = colon < 0 ? word : word.slice(0, colon);
    const options = colon < 0 ? '' : word.slice(colon + 1);
    if (!target.startsWith('/'))
        return fail(t("'{0}': the path in the container must be absolute (start with /).", word));
    for (const option of options ? options.split(',') : []) {
        const [key, value] = option.split('=');
        if (key === 'size' && (value === undefined || parseSize(value, t).ok === false))
            return fail(t("'{0}': '{1}' is not a size such as 64m.", word, value ?? ''));
        if (key === 'mode' && !/^[0-7]{3,4}$/.test(value ?? ''))
            return fail(t("'{0}': the mode must be octal, such as 1777.", word));
    }
    return ok([target, options]);
}
/** One `--volumes-from` value: a container name or id, optionally `:ro` or `:rw`. */
function parseVolumesFrom(word, t) {
    const m = /^([a-zA-Z0-9][a-zA-Z0-9_.-]*)(?::(ro|rw))?$/.exec(word);
    if (!m)
        return fail(t("'{0}': write a container name or id, optionally followed by :ro or :rw.", word));
    return ok(word);
}
function parseRestart(text, t) {
    const value = text.trim();
    if (value === '')
        return ok(undefined);
    const m = /^(no|always|unless-stopped|on-failure)(?::(\d+))?$/.exec(value);
    if (!m || (m[2] !== undefined && m[1] !== 'on-failure'))
        return fail(t("'{0}' is not a restart policy: no, always, unless-stopped or on-failure[:max-retries].", value));
    return ok(m[2] === undefined ? { Name: m[1] } : { Name: 'on-failure', MaximumRetryCount: Number(m[2]) });
}
function parseUser(text, t) {
    const value = text.trim();
    if (value === '')
        return ok(undefined);
    if (!/^[a-zA-Z0-9_][a-zA-Z0-9_.-]*(?::[a-zA-Z0-9_][a-zA-Z0-9_.-]*)?$/.test(value))
        return fail(t("'{0}' is not a user: write name, uid, name:group or uid:gid.", value));
    return ok(value);
}
function parseAbsolutePath(text, t) {
    const value = text.trim();
    if (value === '')
        return ok(undefined);
    if (!value.startsWith('/'))
        return fail(t("'{0}': the path must be absolute (start with /).", value));
    return ok(value);
}
function parseHostname(text, t) {
    const value = text.trim();
    if (value === '')
        return ok(undefined);
    const labels = value.split('.');
    if (value.length > 253 || !labels.every((l) => /^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/.test(l))) {
        return fail(t("'{0}' is not a valid host name: letters, digits and '-', up to 63 per dot-separated part.", value));
    }
    return ok(value);
}
function parseDns(word, t) {
    if (isIPv4(word) || isIPv6(word))
        return ok(word);
    return fail(t("'{0}' is not an IP address; a DNS server is given by address.", word));
}
// ---- resources
const SIZE_UNITS = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };
/** A size as docker takes it: `512m`, `1g`, `1024k`, `2048` (bytes); units b, k, m, g, t (also `mb`, `gib`...). */
function parseSize(text, t) {
    const m = /^(\d+(?:\.\d+)?)\s*([bkmgt]?)(?:i?b)?$/i.exec(text.trim());
    if (!m)
        return fail(t("'{0}' is not a size: write a number with a unit, such as 512m or 1g.", text.trim()));
    const bytes = Math.floor(Number(m[1]) * SIZE_UNITS[m[2].toLowerCase()]);
    return ok(bytes);
}
/** The shortest exact way to write bytes as docker takes it (`512m`, `1g`). */
function formatSize(bytes) {
    for (const unit of ['t', 'g', 'm', 'k']) {
        const size = SIZE_UNITS[unit];
        if (bytes >= size && bytes % size === 0)
            return `${bytes / size}${unit}`;
    }
    return String(bytes);
}
/** `--memory`: at least 6m, as the engine requires. */
function parseMemory(text, t) {
    if (text.trim() === '')
        return ok(undefined);
    const size = parseSize(text, t);
    if (!size.ok)
        return size;
    if (size.value < 6 * 1024 * 1024)
        return fail(t('The memory limit must be at least 6m.'));
    return ok(size.value);
}
/** `--memory-swap`: a size (memory plus swap) or -1 for unlimited swap. */
function parseMemorySwap(text, t) {
    const value = text.trim();
    if (value === '')
        return ok(undefined);
    if (value === '-1')
        return ok(-1);
    return parseSize(value, t);
}
function parseInteger(text, t, min, max, what) {
    const value = text.trim();
    if (value === '')
        return ok(undefined);
    if (!/^-?\d+$/.test(value) || Number(value) < min || Number(value) > max)
        return fail(t('{0} must be a whole number from {1} to {2}.', what, min, max));
    return ok(Number(value));
}
/** `--cpus`: a decimal number of CPUs, e.g. 0.5 or 1.5; at most `available` when known. */
function parseCpus(text, t, available) {
    const value = text.trim();
    if (value === '')
        return ok(undefined);
    if (!/^(\d+(\.\d*)?|\.\d+)$/.test(value) || Number(value) <= 0)
        return fail(t("'{0}' is not a number of CPUs: write a positive number such as 0.5 or 2.", value));
    if (Number(value) < 0.01)
        return fail(t('The number of CPUs must be at least 0.01.'));
    if (available !== undefined && Number(value) > available)
        return fail(t('This engine has {0} CPUs; {1} is more than that.', available, value));
    return ok(Math.round(Number(value) * 1e9));
}
/** `--cpuset-cpus`: `0-2`, `0,1`, `0-1,3`. */
function parseCpuset(text, t) {
    const value = text.trim();
    if (value === '')
        return ok(undefined);
    const parts = value.split(',');
    for (const part of parts) {
        const m = /^(\d+)(?:-(\d+))?$/.exec(part);
        if (!m || (m[2] !== undefined && Number(m[2]) < Number(m[1])))
            return fail(t("'{0}' is not a CPU list: write numbers and ranges such as 0-2 or 0,1.", value));
    }
    return ok(value);
}
const ULIMIT_NAMES = new Set(['core', 'cpu', 'data', 'fsize', 'locks', 'memlock', 'msgqueue', 'nice', 'nofile', 'nproc', 'rss', 'rtprio', 'rttime', 'sigpending', 'stack']);
/** One `--ulimit`: `nofile=1024:2048` (soft:hard) or `nproc=512` (both); -1 is unlimited. */
function parseUlimit(word, t) {
    const m = /^([a-z]+)=(-?\d+)(?::(-?\d+))?$/.exec(word);
    if (!m)
        return fail(t("'{0}' is not a ulimit: write name=soft:hard, such as nofile=1024:2048.", word));
    if (!ULIMIT_NAMES.has(m[1]))
        return fail(t("'{0}' is not a ulimit name; use one of {1}.", m[1], [...ULIMIT_NAMES].join(', ')));
    const soft = Number(m[2]);
    const hard = m[3] === undefined ? soft : Number(m[3]);
    if (hard !== -1 && (soft === -1 || soft > hard))
        return fail(t("'{0}': the soft limit cannot be above the hard limit.", word));
    return ok({ Name: m[1], Soft: soft, Hard: hard });
}
function formatUlimit(u) {
    return u.Soft === u.Hard ? `${u.Name}=${u.Soft}` : `${u.Name}=${u.Soft}:${u.Hard}`;
}
//# sourceMappingURL=fields.js.map