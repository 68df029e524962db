import { entry } from './instructions';
import { DocEntry } from './types';

function platformArg(name: string, en: string, zh: string, example: string): DocEntry {
  return entry(
    en,
    zh,
    `
**${name}**: ${en} For example \`${example}\`.

Predefined by BuildKit. In a \`FROM\` line it is available as is; inside a stage, declare it first:

\`\`\`dockerfile
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG ${name}
RUN echo "${name}=$${name}"
\`\`\`
`,
    `
**${name}**：${zh.replace(/。$/, '')}，例如 \`${example}\`。

由 BuildKit 预定义。在 \`FROM\` 行中可以直接使用；在阶段内需要先声明：

\`\`\`dockerfile
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG ${name}
RUN echo "${name}=$${name}"
\`\`\`
`,
  );
}

function proxyArg(name: string, en: string, zh: string): DocEntry {
  return entry(
    en,
    zh,
    `
**${name}**: ${en}

Predefined: set it with \`docker build --build-arg ${name}=...\` and RUN commands see it without an \`ARG\` line. It is left out of \`docker history\` and changing it does not invalidate the build cache.
`,
    `
**${name}**：${zh}

预定义参数：用 \`docker build --build-arg ${name}=...\` 设置后，RUN 命令无需 \`ARG\` 声明即可看到它。它不会出现在 \`docker history\` 中，修改它也不会使构建缓存失效。
`,
  );
}

function buildkitArg(name: string, en: string, zh: string, example: string): DocEntry {
  return entry(
    en,
    zh,
    `
**${name}**: ${en}

\`\`\`console
${example}
\`\`\`

A build argument BuildKit itself reads: set it with \`--build-arg\` (or an \`ARG\` default in the Dockerfile).
`,
    `
**${name}**：${zh}

\`\`\`console
${example}
\`\`\`

由 BuildKit 自身读取的构建参数：用 \`--build-arg\` 设置（或在 Dockerfile 中用 \`ARG\` 给出默认值）。
`,
  );
}

const HTTP_PROXY = ['The proxy for HTTP requests made by build commands.', '构建命令发出 HTTP 请求时使用的代理。'];
const HTTPS_PROXY = ['The proxy for HTTPS requests made by build commands.', '构建命令发出 HTTPS 请求时使用的代理。'];
const FTP_PROXY = ['The proxy for FTP requests made by build commands.', '构建命令发出 FTP 请求时使用的代理。'];
const NO_PROXY = ['Hosts and domains reached without the proxy, comma-separated.', '不经过代理直接访问的主机和域名，以逗号分隔。'];
const ALL_PROXY = ['The proxy for every protocol that has no proxy of its own.', '没有单独设置代理的协议所使用的代理。'];

/** The predefined build args (`PREDEFINED_ARGS` of the model), by exact name. */
export const BUILD_ARGS: Readonly<Record<string, DocEntry>> = {
  TARGETPLATFORM: platformArg('TARGETPLATFORM', 'The platform the build produces the image for.', '构建所产出镜像的目标平台。', 'linux/arm64/v8'),
  TARGETOS: platformArg('TARGETOS', 'The operating system of the target platform.', '目标平台的操作系统。', 'linux'),
  TARGETARCH: platformArg('TARGETARCH', 'The architecture of the target platform.', '目标平台的架构。', 'amd64'),
  TARGETVARIANT: platformArg('TARGETVARIANT', 'The variant of the target platform (often empty).', '目标平台的变体（通常为空）。', 'v7'),
  BUILDPLATFORM: platformArg('BUILDPLATFORM', 'The platform of the machine that runs the build.', '执行构建的机器的平台。', 'linux/amd64'),
  BUILDOS: platformArg('BUILDOS', 'The operating system of the build platform.', '构建平台的操作系统。', 'linux'),
  BUILDARCH: platformArg('BUILDARCH', 'The architecture of the build platform.', '构建平台的架构。', 'amd64'),
  BUILDVARIANT: platformArg('BUILDVARIANT', 'The variant of the build platform (often empty).', '构建平台的变体（通常为空）。', 'v7'),
  HTTP_PROXY: proxyArg('HTTP_PROXY', HTTP_PROXY[0], HTTP_PROXY[1]),
  http_proxy: proxyArg('http_proxy', HTTP_PROXY[0], HTTP_PROXY[1]),
  HTTPS_PROXY: proxyArg('HTTPS_PROXY', HTTPS_PROXY[0], HTTPS_PROXY[1]),
  https_proxy: proxyArg('https_proxy', HTTPS_PROXY[0], HTTPS_PROXY[1]),
  FTP_PROXY: proxyArg('FTP_PROXY', FTP_PROXY[0], FTP_PROXY[1]),
  ftp_proxy: proxyArg('ftp_proxy', FTP_PROXY[0], FTP_PROXY[1]),
  NO_PROXY: proxyArg('NO_PROXY', NO_PROXY[0], NO_PROXY[1]),
  no_proxy: proxyArg('no_proxy', NO_PROXY[0], NO_PROXY[1]),
  ALL_PROXY: proxyArg('ALL_PROXY', ALL_PROXY[0], ALL_PROXY[1]),
  all_proxy: proxyArg('all_proxy', ALL_PROXY[0], ALL_PROXY[1]),
  BUILDKIT_CACHE_MOUNT_NS: buildkitArg(
    'BUILDKIT_CACHE_MOUNT_NS',
    'A namespace for the ids of cache mounts, so that unrelated builds do not share caches.',
    '为 cache 挂载的 id 加上命名空间，避免无关的构建共用缓存。',
    'docker build --build-arg BUILDKIT_CACHE_MOUNT_NS=myproject .',
  ),
  BUILDKIT_CONTEXT_KEEP_GIT_DIR: buildkitArg(
    'BUILDKIT_CONTEXT_KEEP_GIT_DIR',
    'Keeps the .git directory when the build context is a Git repository.',
    '构建上下文是 Git 仓库时保留 .git 目录。',
    'docker build --build-arg BUILDKIT_CONTEXT_KEEP_GIT_DIR=1 https://github.com/acme/app.git',
  ),
  BUILDKIT_INLINE_CACHE: buildkitArg(
    'BUILDKIT_INLINE_CACHE',
    'Writes the cache metadata into the image config, so the pushed image can serve as --cache-from.',
    '把缓存元数据写入镜像配置，使推送后的镜像可以用作 --cache-from。',
    'docker build --build-arg BUILDKIT_INLINE_CACHE=1 -t acme/app --push .',
  ),
  BUILDKIT_MULTI_PLATFORM: buildkitArg(
    'BUILDKIT_MULTI_PLATFORM',
    'Produces the same output format whether one or several platforms are built.',
    '无论构建一个还是多个平台，都产出相同格式的结果。',
    'docker build --build-arg BUILDKIT_MULTI_PLATFORM=1 .',
  ),
  BUILDKIT_SANDBOX_HOSTNAME: buildkitArg(
    'BUILDKIT_SANDBOX_HOSTNAME',
    'The hostname RUN commands see (default buildkitsandbox).',
    'RUN 命令看到的主机名（默认为 buildkitsandbox）。',
    'docker build --build-arg BUILDKIT_SANDBOX_HOSTNAME=builder .',
  ),
  BUILDKIT_SYNTAX: buildkitArg(
    'BUILDKIT_SYNTAX',
    'The Dockerfile frontend image, like the syntax directive.',
    'Dockerfile 前端镜像，作用与 syntax 解析器指令相同。',
    'docker build --build-arg BUILDKIT_SYNTAX=docker/dockerfile:1 .',
  ),
  SOURCE_DATE_EPOCH: buildkitArg(
    'SOURCE_DATE_EPOCH',
    'A Unix timestamp used as the creation time of the image and its layers, for reproducible builds.',
    '用作镜像及其各层创建时间的 Unix 时间戳，用于可复现构建。',
    'docker build --build-arg SOURCE_DATE_EPOCH=$(git log -1 --pretty=%ct) .',
  ),
};
