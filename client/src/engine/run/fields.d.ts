/**
 * Parsers for what a user types into the fields of `docker run`: each either gives the value the
 * Engine API wants or a message saying what is wrong, so the input box can show it as it is typed.
 * Messages go through `t` (vscode.l10n.t in the extension, a plain formatter in tests).
 */
export type Translate = (message: string, ...args: Array<string | number>) => string;
export declare const plainTranslate: Translate;
export type Parsed<T> = {
    ok: true;
    value: T;
} | {
    ok: false;
    error: string;
};
/** Splits a list field into words (quotes allowed), or says which quote is open. */
export declare function parseWords(text: string, t: Translate): Parsed<string[]>;
/** Applies `item` to each word of a list field; the first bad word decides the message. */
export declare function parseList<T>(text: string, t: Translate, item: (word: string, t: Translate) => Parsed<T>): Parsed<T[]>;
export declare function parseContainerName(text: string, t: Translate): Parsed<string | undefined>;
export declare function parseNetwork(text: string, t: Translate): Parsed<string | undefined>;
/**
 * A Docker image reference: `[registry[:port]/]path[:tag][@digest]`, path components lower-case.
 * Returns repository and tag separately (the tag defaults to `latest`), as commit wants them.
 */
export declare function parseImageReference(text: string, t: Translate): Parsed<{
    repo: string;
    tag: string;
}>;
export declare function parseCommand(text: string, t: Translate): Parsed<string[] | undefined>;
/** `--entrypoint` is one executable; its arguments belong in the command. */
export declare function parseEntrypoint(text: string, t: Translate): Parsed<string | undefined>;
export interface PortSpec {
    hostIp?: string;
    /** Undefined or '' when the engine chooses the host port. */
    hostPort?: string;
    containerPort: string;
    protocol: 'tcp' | 'udp' | 'sctp';
}
/**
 * One `-p` value: `80`, `8080:80`, `8080:80/udp`, `127.0.0.1:8080:80`, `127.0.0.1::80`,
 * `[::1]:8080:80`, ranges `8000-8002:8000-8002`. A range gives one spec per port.
 */
export declare function parsePort(word: string, t: Translate): Parsed<PortSpec[]>;
export declare function parsePorts(text: string, t: Translate): Parsed<PortSpec[]>;
/** Renders a spec back as a `-p` value. */
export declare function formatPort(spec: PortSpec): string;
export declare function isIPv4(text: string): boolean;
export declare function isIPv6(text: string): boolean;
/** `KEY=VALUE` (the value may be empty). */
export declare function parseEnvEntry(word: string, t: Translate): Parsed<string>;
export declare function parseEnv(text: string, t: Translate): Parsed<string[]>;
/**
 * An env file as `docker run --env-file` reads it: `KEY=VALUE` lines, `#` comments and blank lines
 * skipped, no quote processing; a bare `KEY` takes its value from `environment` (dropped if unset).
 */
export declare function parseEnvFile(text: string, t: Translate, environment?: Record<string, string | undefined>): Parsed<string[]>;
export declare function parseLabel(word: string, t: Translate): Parsed<[string, string]>;
export declare function parseLabels(text: string, t: Translate): Parsed<Array<[string, string]>>;
export type VolumeSpec = {
    kind: 'volume';
    name: string;
    target: string;
    mode?: string;
} | {
    kind: 'bind';
    source: string;
    target: string;
    mode?: string;
} | {
    kind: 'anonymous';
    target: string;
};
/** One `-v` value: `name:/path`, `/host:/path`, either with `:ro` (or other modes), or `/path` alone (anonymous). */
export declare function parseVolume(word: string, t: Translate): Parsed<VolumeSpec>;
export declare function parseVolumes(text: string, t: Translate): Parsed<VolumeSpec[]>;
export declare function formatVolume(spec: VolumeSpec): string;
/** One `--tmpfs` value: `/path` or `/path:size=64m,mode=1777`. */
export declare function parseTmpfs(word: string, t: Translate): Parsed<[string, string]>;
/** One `--volumes-from` value: a container name or id, optionally `:ro` or `:rw`. */
export declare function parseVolumesFrom(word: string, t: Translate): Parsed<string>;
export interface RestartPolicy {
    Name: 'no' | 'always' | 'unless-stopped' | 'on-failure';
    MaximumRetryCount?: number;
}
export declare function parseRestart(text: string, t: Translate): Parsed<RestartPolicy | undefined>;
export declare function parseUser(text: string, t: Translate): Parsed<string | undefined>;
export declare function parseAbsolutePath(text: string, t: Translate): Parsed<string | undefined>;
export declare function parseHostname(text: string, t: Translate): Parsed<string | undefined>;
export declare function parseDns(word: string, t: Translate): Parsed<string>;
/** A size as docker takes it: `512m`, `1g`, `1024k`, `2048` (bytes); units b, k, m, g, t (also `mb`, `gib`...). */
export declare function parseSize(text: string, t: Translate): Parsed<number>;
/** The shortest exact way to write bytes as docker takes it (`512m`, `1g`). */
export declare function formatSize(bytes: number): string;
/** `--memory`: at least 6m, as the engine requires. */
export declare function parseMemory(text: string, t: Translate): Parsed<number | undefined>;
/** `--memory-swap`: a size (memory plus swap) or -1 for unlimited swap. */
export declare function parseMemorySwap(text: string, t: Translate): Parsed<number | undefined>;
export declare function parseInteger(text: string, t: Translate, min: number, max: number, what: string): Parsed<number | undefined>;
/** `--cpus`: a decimal number of CPUs, e.g. 0.5 or 1.5; at most `available` when known. */
export declare function parseCpus(text: string, t: Translate, available?: number): Parsed<number | undefined>;
/** `--cpuset-cpus`: `0-2`, `0,1`, `0-1,3`. */
export declare function parseCpuset(text: string, t: Translate): Parsed<string | undefined>;
export interface Ulimit {
    Name: string;
    Soft: number;
    Hard: number;
}
/** One `--ulimit`: `nofile=1024:2048` (soft:hard) or `nproc=512` (both); -1 is unlimited. */
export declare function parseUlimit(word: string, t: Translate): Parsed<Ulimit>;
export declare function formatUlimit(u: Ulimit): string;
