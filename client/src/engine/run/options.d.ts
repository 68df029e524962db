import { Translate, Ulimit } from './fields';
/**
 * The settings of one `docker run`, kept as the user typed them (so they can be remembered,
 * shown again and rendered as a command). `buildCreateBody` turns them into the Engine API's
 * create body, `renderDockerRun` into the equivalent command line.
 */
export interface RunOptions {
    image: string;
    name?: string;
    /** Words as on a command line: `sh -c 'echo hi'`. */
    command?: string;
    entrypoint?: string;
    /** Interactive: a terminal attached to the container's TTY (`-it`); detached: `-d`. */
    interactive?: boolean;
    autoRemove?: boolean;
    /** `-p` values, blank-separated. */
    ports?: string;
    publishAll?: boolean;
    /** `KEY=VALUE` words. */
    env?: string;
    /** A path on the machine running VS Code; read when the container is created. */
    envFile?: string;
    /** `-v` values. */
    volumes?: string;
    /** `--tmpfs` values. */
    tmpfs?: string;
    /** `--volumes-from` values. */
    volumesFrom?: string;
    network?: string;
    restart?: string;
    user?: string;
    workdir?: string;
    hostname?: string;
    /** DNS server addresses. */
    dns?: string;
    /** `key=value` words. */
    labels?: string;
    memory?: string;
    memorySwap?: string;
    memorySwappiness?: string;
    oomKillDisable?: boolean;
    cpuShares?: string;
    cpus?: string;
    cpuPeriod?: string;
    cpuQuota?: string;
    cpusetCpus?: string;
    blkioWeight?: string;
    /** `--ulimit` values. */
    ulimits?: string;
    privileged?: boolean;
}
export type TextField = {
    [K in keyof RunOptions]-?: RunOptions[K] extends string | undefined ? K : never;
}[keyof RunOptions];
export type FlagField = {
    [K in keyof RunOptions]-?: RunOptions[K] extends boolean | undefined ? K : never;
}[keyof RunOptions];
/** What the engine knows that some checks need. */
export interface RunEnvironment {
    /** The engine's CPU count (`--cpus` cannot exceed it). */
    cpus?: number;
}
/** Checks one text field as typed; undefined when it is fine. */
export declare function validateField(field: TextField, text: string, t?: Translate, environment?: RunEnvironment): string | undefined;
export declare class RunOptionsError extends Error {
    readonly problems: string[];
    constructor(problems: string[]);
}
/** Every problem with the options as a whole: each field, then the combinations the engine refuses. */
export declare function validateRunOptions(options: RunOptions, t?: Translate, environment?: RunEnvironment): string[];
/** The Engine API's create body (`POST /containers/create`), `name` apart as the API takes it. */
export interface CreateBody {
    Image: string;
    Cmd?: string[];
    Entrypoint?: string[];
    Env?: string[];
    Labels?: Record<string, string>;
    ExposedPorts?: Record<string, object>;
    Volumes?: Record<string, object>;
    User?: string;
    WorkingDir?: string;
    Hostname?: string;
    Tty?: boolean;
    OpenStdin?: boolean;
    StdinOnce?: boolean;
    AttachStdin?: boolean;
    AttachStdout?: boolean;
    AttachStderr?: boolean;
    HostConfig: {
        AutoRemove?: boolean;
        PortBindings?: Record<string, Array<{
            HostIp: string;
            HostPort: string;
        }>>;
        PublishAllPorts?: boolean;
        Binds?: string[];
        Tmpfs?: Record<string, string>;
        VolumesFrom?: string[];
        NetworkMode?: string;
        RestartPolicy?: {
            Name: string;
            MaximumRetryCount?: number;
        };
        Dns?: string[];
        Memory?: number;
        MemorySwap?: number;
        MemorySwappiness?: number;
        OomKillDisable?: boolean;
        CpuShares?: number;
        NanoCpus?: number;
        CpuPeriod?: number;
        CpuQuota?: number;
        CpusetCpus?: string;
        BlkioWeight?: number;
        Ulimits?: Ulimit[];
        Privileged?: boolean;
    };
}
/**
 * Builds the create body. `envFileEntries` are the env file's `KEY=VALUE` entries, read by the
 * caller (this module reads no files); `-e` entries come after them and win, as with docker run.
 * Throws RunOptionsError when an option is invalid.
 */
export declare function buildCreateBody(options: RunOptions, envFileEntries?: string[], t?: Translate, environment?: RunEnvironment): {
    name?: string;
    body: CreateBody;
};
/**
 * The `docker run` command that does the same as `options`, shell-quoted so it can be pasted
 * into a POSIX shell. Values are rendered from their parsed form, so what is shown is what runs.
 */
export declare function renderDockerRun(options: RunOptions): string;
