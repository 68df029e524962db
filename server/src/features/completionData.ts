import { Message } from '../rules/rule';

/**
 * The fixed vocabulary of Dockerfile completion: instruction forms, flag snippets, mount keys,
 * platforms, signals. Texts shown to the user are in English and Simplified Chinese.
 */

/** Instructions in the order they are offered (most used first). */
export const INSTRUCTION_ORDER = [
  'FROM', 'RUN', 'COPY', 'WORKDIR', 'ENV', 'ARG', 'EXPOSE', 'CMD', 'ENTRYPOINT', 'USER', 'LABEL', 'ADD',
  'VOLUME', 'HEALTHCHECK', 'SHELL', 'STOPSIGNAL', 'ONBUILD', 'MAINTAINER',
] as const;

/** What ONBUILD cannot carry (BuildKit: "FROM/ONBUILD/MAINTAINER not allowed as ONBUILD trigger"). */
export const NOT_IN_ONBUILD: ReadonlySet<string> = new Set(['FROM', 'ONBUILD', 'MAINTAINER']);

/** Only these may come before the first FROM. */
export const BEFORE_FROM: ReadonlySet<string> = new Set(['ARG', 'FROM']);

/** Instructions whose main completion item opens the suggestions again (their argument is completed). */
export const SUGGEST_AFTER: ReadonlySet<string> = new Set(['FROM', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'ARG']);

/** A snippet form of an instruction. `K(word)` gives a keyword in the file's casing. */
export interface Form {
  /** The form as shown, e.g. `RUN ["executable", "param"]`. */
  label: string;
  /** The snippet (`${1:...}` placeholders). */
  snippet: string;
  description: Message;
}

const SHELL_FORM: Message = { en: 'shell form', zh: 'shell 形式' };
const EXEC_FORM: Message = { en: 'exec form (JSON array)', zh: 'exec 形式（JSON 数组）' };
const HEREDOC_FORM: Message = { en: 'heredoc', zh: 'heredoc（嵌入文档）' };

export function instructionForms(name: string, K: (word: string) => string): Form[] {
  const k = K(name);
  switch (name) {
    case 'FROM':
      return [
        { label: `${k} image`, snippet: `${k} \${1:image}`, description: { en: 'base image', zh: '基础镜像' } },
        { label: `${k} image ${K('AS')} name`, snippet: `${k} \${1:image} ${K('AS')} \${2:name}`, description: { en: 'named build stage', zh: '命名的构建阶段' } },
        {
          label: `${k} --platform=$BUILDPLATFORM image ${K('AS')} name`,
          snippet: `${k} --platform=\${1:\\$BUILDPLATFORM} \${2:image} ${K('AS')} \${3:name}`,
          description: { en: 'stage for another platform (cross-compilation)', zh: '指定平台的阶段（交叉编译）' },
        },
      ];
    case 'RUN':
      return [
        { label: `${k} command`, snippet: `${k} \${1:command}`, description: SHELL_FORM },
        { label: `${k} ["executable", "param"]`, snippet: `${k} ["\${1:executable}", "\${2:param}"]`, description: EXEC_FORM },
        { label: `${k} <<EOF`, snippet: `${k} <<\${1:EOF}\n\${2:command}\n\${1:EOF}`, description: HEREDOC_FORM },
        {
          label: `${k} --mount=type=cache`,
          snippet: `${k} --mount=type=cache,target=\${1:/root/.cache} \${2:command}`,
          description: { en: 'with a cache mount', zh: '使用缓存挂载' },
        },
      ];
    case 'CMD':
    case 'ENTRYPOINT':
      return [
        { label: `${k} ["executable", "param"]`, snippet: `${k} ["\${1:executable}", "\${2:param}"]`, description: EXEC_FORM },
        { label: `${k} command`, snippet: `${k} \${1:command}`, description: SHELL_FORM },
      ];
    case 'COPY':
      return [
        { label: `${k} src dest`, snippet: `${k} \${1:src} \${2:dest}`, description: SHELL_FORM },
        { label: `${k} ["src", "dest"]`, snippet: `${k} ["\${1:src}", "\${2:dest}"]`, description: EXEC_FORM },
        { label: `${k} --from=stage src dest`, snippet: `${k} --from=\${1:stage} \${2:src} \${3:dest}`, description: { en: 'from another stage or image', zh: '从其他阶段或镜像复制' } },
        { label: `${k} <<EOF dest`, snippet: `${k} <<\${1:EOF} \${2:dest}\n\${3:content}\n\${1:EOF}`, description: HEREDOC_FORM },
      ];
    case 'ADD':
      return [
        { label: `${k} src dest`, snippet: `${k} \${1:src} \${2:dest}`, description: SHELL_FORM },
        { label: `${k} ["src", "dest"]`, snippet: `${k} ["\${1:src}", "\${2:dest}"]`, description: EXEC_FORM },
        {
          label: `${k} --checksum=sha256:… url dest`,
          snippet: `${k} --checksum=sha256:\${1:digest} \${2:https://example.com/file} \${3:dest}`,
          description: { en: 'download with a verified checksum', zh: '下载并校验摘要' },
        },
        { label: `${k} <<EOF dest`, snippet: `${k} <<\${1:EOF} \${2:dest}\n\${3:content}\n\${1:EOF}`, description: HEREDOC_FORM },
      ];
    case 'ARG':
      return [
        { label: `${k} name`, snippet: `${k} \${1:name}`, description: { en: 'without a default', zh: '无默认值' } },
        { label: `${k} name=value`, snippet: `${k} \${1:name}=\${2:value}`, description: { en: 'with a default', zh: '带默认值' } },
      ];
    case 'ENV':
      return [{ label: `${k} key=value`, snippet: `${k} \${1:key}=\${2:value}`, description: { en: 'environment variable', zh: '环境变量' } }];
    case 'EXPOSE':
      return [{ label: `${k} port/protocol`, snippet: `${k} \${1:80}/\${2|tcp,udp,sctp|}`, description: { en: 'port and protocol', zh: '端口和协议' } }];
    case 'HEALTHCHECK':
      return [
        {
          label: `${k} --interval=30s ${K('CMD')} command`,
          snippet: `${k} --interval=\${1:30s} --timeout=\${2:30s} --start-period=\${3:0s} --retries=\${4:3} ${K('CMD')} \${5:command}`,
          description: { en: 'check the container health', zh: '检查容器健康状况' },
        },
        { label: `${k} ${K('NONE')}`, snippet: `${k} ${K('NONE')}`, description: { en: 'disable the inherited health check', zh: '禁用继承的健康检查' } },
      ];
    case 'LABEL':
      return [{ label: `${k} key="value"`, snippet: `${k} \${1:key}="\${2:value}"`, description: { en: 'image metadata', zh: '镜像元数据' } }];
    case 'MAINTAINER':
      return [];
    case 'ONBUILD':
      return [];
    case 'SHELL':
      return [{ label: `${k} ["executable", "param"]`, snippet: `${k} ["\${1:/bin/sh}", "\${2:-c}"]`, description: EXEC_FORM }];
    case 'STOPSIGNAL':
      return [{ label: `${k} signal`, snippet: `${k} \${1:SIGTERM}`, description: { en: 'stop signal', zh: '停止信号' } }];
    case 'USER':
      return [
        { label: `${k} user`, snippet: `${k} \${1:user}`, description: { en: 'user', zh: '用户' } },
        { label: `${k} user:group`, snippet: `${k} \${1:user}:\${2:group}`, description: { en: 'user and group', zh: '用户和组' } },
      ];
    case 'VOLUME':
      return [
        { label: `${k} ["/data"]`, snippet: `${k} ["\${1:/data}"]`, description: EXEC_FORM },
        { label: `${k} /data`, snippet: `${k} \${1:/data}`, description: SHELL_FORM },
      ];
    case 'WORKDIR':
      return [{ label: `${k} /path`, snippet: `${k} \${1:/path}`, description: { en: 'working directory', zh: '工作目录' } }];
    default:
      return [];
  }
}

/** The snippet each flag inserts; a flag not listed inserts `--name=` (or `--name` for booleans). */
export const FLAG_SNIPPETS: Readonly<Record<string, string>> = {
  chown: '--chown=${1:user}:${2:group}',
  chmod: '--chmod=${1:755}',
  exclude: '--exclude=${1:pattern}',
  checksum: '--checksum=sha256:${1:digest}',
  interval: '--interval=${1:30s}',
  timeout: '--timeout=${1:30s}',
  'start-period': '--start-period=${1:0s}',
  'start-interval': '--start-interval=${1:5s}',
  retries: '--retries=${1:3}',
  device: '--device=${1:name}',
};

/** Flags whose value is completed: their item opens the suggestions again. */
export const FLAGS_WITH_VALUES: ReadonlySet<string> = new Set(['mount', 'network', 'security', 'from', 'platform']);

export const MOUNT_TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'] as const;

export const MOUNT_TYPE_DETAILS: Readonly<Record<string, Message>> = {
  bind: { en: 'files from the build context or a stage (read-only by default)', zh: '来自构建上下文或某个阶段的文件（默认只读）' },
  cache: { en: 'a cache directory kept between builds', zh: '在多次构建之间保留的缓存目录' },
  tmpfs: { en: 'a temporary in-memory file system', zh: '临时内存文件系统' },
  secret: { en: 'a secret file or variable, never stored in the image', zh: '密钥文件或变量，不会写入镜像' },
  ssh: { en: 'the SSH agent socket of the client', zh: '客户端的 SSH agent 套接字' },
};

/**
 * The `--mount` keys worth offering for each type, by BuildKit's runmount.go: the keys the type
 * uses (all types accept the common ones, but `size` is tmpfs only, `required` secret and ssh only,
 * `mode`/`uid`/`gid` secret, ssh and cache only, and `sharing` is for cache mounts).
 */
export const MOUNT_KEYS: Readonly<Record<string, readonly string[]>> = {
  bind: ['target', 'source', 'from', 'readwrite'],
  cache: ['target', 'id', 'sharing', 'from', 'source', 'readonly', 'mode', 'uid', 'gid'],
  tmpfs: ['target', 'size'],
  secret: ['id', 'target', 'env', 'required', 'mode', 'uid', 'gid'],
  ssh: ['id', 'target', 'required', 'mode', 'uid', 'gid'],
};

/** Aliases, reduced to the key offered. */
export const MOUNT_KEY_ALIASES: Readonly<Record<string, string>> = {
  src: 'source', dst: 'target', destination: 'target', ro: 'readonly', rw: 'readwrite',
};

/** Keys that are booleans: inserted bare (`readonly` means `readonly=true`). */
export const MOUNT_BOOLEAN_KEYS: ReadonlySet<string> = new Set(['readonly', 'ro', 'readwrite', 'rw', 'required']);

export const MOUNT_SHARING = ['shared', 'private', 'locked'] as const;

export const MOUNT_KEY_DETAILS: Readonly<Record<string, Message>> = {
  type: { en: 'bind, cache, tmpfs, secret or ssh (default bind)', zh: 'bind、cache、tmpfs、secret 或 ssh（默认 bind）' },
  target: { en: 'where it is mounted in the container', zh: '容器内的挂载路径' },
  source: { en: 'path in the source (context, stage or image)', zh: '来源（上下文、阶段或镜像）中的路径' },
  from: { en: 'stage or image to mount from', zh: '挂载来源的阶段或镜像' },
  readonly: { en: 'read-only', zh: '只读' },
  readwrite: { en: 'writable (changes are discarded)', zh: '可写（修改会被丢弃）' },
  id: { en: 'cache id, or secret / SSH id', zh: '缓存 ID，或密钥 / SSH 的 ID' },
  sharing: { en: 'shared, private or locked', zh: 'shared、private 或 locked' },
  mode: { en: 'file mode (octal)', zh: '文件权限（八进制）' },
  uid: { en: 'user id', zh: '用户 ID' },
  gid: { en: 'group id', zh: '组 ID' },
  size: { en: 'size limit', zh: '大小上限' },
  env: { en: 'environment variable to expose the secret as', zh: '以该环境变量提供密钥' },
  required: { en: 'fail the build when it is missing', zh: '缺失时构建失败' },
};

/** Platforms people build for, most common first. */
export const PLATFORMS = [
  'linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/arm/v6', 'linux/386', 'linux/ppc64le', 'linux/s390x', 'linux/riscv64',
  'windows/amd64', 'windows/arm64',
] as const;

export const PLATFORM_ARGS: ReadonlyArray<{ name: string; detail: Message }> = [
  { name: 'BUILDPLATFORM', detail: { en: 'the platform of the machine running the build', zh: '执行构建的机器的平台' } },
  { name: 'TARGETPLATFORM', detail: { en: 'the platform being built for', zh: '构建的目标平台' } },
];

export const SIGNALS: ReadonlyArray<{ name: string; detail: Message }> = [
  { name: 'SIGTERM', detail: { en: 'terminate (the default)', zh: '终止（默认）' } },
  { name: 'SIGINT', detail: { en: 'interrupt (Ctrl+C)', zh: '中断（Ctrl+C）' } },
  { name: 'SIGQUIT', detail: { en: 'quit (graceful shutdown for nginx and others)', zh: '退出（nginx 等的优雅关闭）' } },
  { name: 'SIGKILL', detail: { en: 'kill, cannot be caught', zh: '强制终止，无法捕获' } },
  { name: 'SIGHUP', detail: { en: 'hang up', zh: '挂起' } },
  { name: 'SIGUSR1', detail: { en: 'user-defined 1', zh: '用户自定义信号 1' } },
  { name: 'SIGUSR2', detail: { en: 'user-defined 2', zh: '用户自定义信号 2' } },
  { name: 'SIGWINCH', detail: { en: 'window change (graceful stop for Apache httpd)', zh: '窗口变化（Apache httpd 的优雅停止）' } },
  { name: 'SIGSTOP', detail: { en: 'stop, cannot be caught', zh: '暂停，无法捕获' } },
  { name: 'SIGCONT', detail: { en: 'continue', zh: '继续' } },
  { name: 'SIGABRT', detail: { en: 'abort', zh: '中止' } },
  { name: 'SIGALRM', detail: { en: 'alarm', zh: '定时器' } },
  { name: 'SIGPWR', detail: { en: 'power failure', zh: '电源故障' } },
];

export const PROTOCOLS: ReadonlyArray<{ name: string; detail: Message }> = [
  { name: 'tcp', detail: { en: 'TCP (the default)', zh: 'TCP（默认）' } },
  { name: 'udp', detail: { en: 'UDP', zh: 'UDP' } },
  { name: 'sctp', detail: { en: 'SCTP', zh: 'SCTP' } },
];

export const DIRECTIVE_NAMES = ['syntax', 'escape', 'check'] as const;

export const SYNTAX_VALUES: ReadonlyArray<{ name: string; detail: Message }> = [
  { name: 'docker/dockerfile:1', detail: { en: 'the latest stable Dockerfile syntax', zh: '最新的稳定版 Dockerfile 语法' } },
  { name: 'docker/dockerfile:1-labs', detail: { en: 'with experimental (labs) features', zh: '包含实验性（labs）功能' } },
];

export const ESCAPE_VALUES: ReadonlyArray<{ name: string; detail: Message }> = [
  { name: '\\', detail: { en: 'backslash (the default)', zh: '反斜杠（默认）' } },
  { name: '`', detail: { en: 'backtick (for Windows paths)', zh: '反引号（适用于 Windows 路径）' } },
];

/** Other user-visible words. */
export const TEXT = {
  stage: { en: 'Stage {0} (FROM {1})', zh: '阶段 {0}（FROM {1}）' },
  image: { en: 'Local image', zh: '本地镜像' },
  scratch: { en: 'Empty base image', zh: '空白基础镜像' },
  as: { en: 'Name this build stage', zh: '为此构建阶段命名' },
  healthcheckCmd: { en: 'The command that checks the container health', zh: '检查容器健康状况的命令' },
  healthcheckNone: { en: 'Disable the health check inherited from the base image', zh: '禁用从基础镜像继承的健康检查' },
  deprecated: { en: 'Deprecated: use LABEL org.opencontainers.image.authors', zh: '已弃用：请使用 LABEL org.opencontainers.image.authors' },
  checkSkip: { en: 'Skip these build checks (comma-separated ids, or all)', zh: '跳过这些构建检查（以逗号分隔的 ID，或 all）' },
  checkError: { en: 'Make build-check warnings fail the build', zh: '让构建检查的警告导致构建失败' },
  checkAll: { en: 'Skip every build check', zh: '跳过所有构建检查' },
  globalArg: { en: 'Global ARG: re-declare it to use it in this stage', zh: '全局 ARG：在此阶段重新声明后才能使用' },
  predefinedArg: { en: 'Predefined build argument', zh: '预定义的构建参数' },
  directive: { en: 'Parser directive', zh: '解析器指令' },
} satisfies Record<string, Message>;
