import { entry } from './instructions';
import { DocEntry } from './types';

const PLATFORM = entry(
  'The platform of the image, such as linux/amd64 or $BUILDPLATFORM.',
  '镜像的平台，例如 linux/amd64 或 $BUILDPLATFORM。',
  `
\`\`\`dockerfile
FROM --platform=<os>/<arch>[/<variant>] <image>
\`\`\`

Picks the platform of a multi-platform base image. By default it is the target platform of the build.

\`\`\`dockerfile
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG TARGETOS TARGETARCH
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .
\`\`\`

- \`$BUILDPLATFORM\` runs the stage natively on the build machine and cross-compiles for \`$TARGETPLATFORM\`: much faster than emulation.
- A constant such as \`linux/amd64\` breaks \`docker build --platform\` for other platforms (BuildKit warns: FromPlatformFlagConstDisallowed).
`,
  `
\`\`\`dockerfile
FROM --platform=<系统>/<架构>[/<变体>] <镜像>
\`\`\`

选择多平台基础镜像的平台。默认为本次构建的目标平台。

\`\`\`dockerfile
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG TARGETOS TARGETARCH
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .
\`\`\`

- \`$BUILDPLATFORM\` 让该阶段在构建机上原生运行，再为 \`$TARGETPLATFORM\` 交叉编译：比模拟运行快得多。
- 写死 \`linux/amd64\` 这样的常量，会让 \`docker build --platform\` 构建其他平台时出错（BuildKit 警告：FromPlatformFlagConstDisallowed）。
`,
);

const CHOWN = entry(
  'The owner (user:group) of the copied files.',
  '复制后文件的属主（用户:用户组）。',
  `
\`\`\`dockerfile
--chown=<user>[:<group>]
\`\`\`

Sets the owner of the files and directories it creates. Without it, they belong to root (UID and GID 0), whatever USER says.

\`\`\`dockerfile
COPY --chown=app:app . /app
COPY --chown=1000:1000 config.yml /etc/app/
\`\`\`

- Names are looked up in the image's \`/etc/passwd\` and \`/etc/group\`; numbers need no lookup.
- A user without group uses the group of the same ID.
- Cheaper than \`RUN chown -R\`, which copies every file into a new layer.
`,
  `
\`\`\`dockerfile
--chown=<用户>[:<用户组>]
\`\`\`

设置所创建文件和目录的属主。不指定时，无论 USER 是什么，文件都属于 root（UID 和 GID 为 0）。

\`\`\`dockerfile
COPY --chown=app:app . /app
COPY --chown=1000:1000 config.yml /etc/app/
\`\`\`

- 名称从镜像的 \`/etc/passwd\` 和 \`/etc/group\` 中查找；数字不需要查找。
- 只写用户时，用户组使用相同的 ID。
- 比 \`RUN chown -R\` 更省空间，后者会把每个文件都复制到新的一层中。
`,
);

const CHMOD = entry(
  'The permissions of the copied files, such as 755.',
  '复制后文件的权限，例如 755。',
  `
\`\`\`dockerfile
--chmod=<perms>
\`\`\`

Sets the permissions of the files it creates, in octal (\`0755\`, \`644\`) or, with a recent Dockerfile syntax, symbolic (\`u=rwx,go=rx\`).

\`\`\`dockerfile
COPY --chmod=755 entrypoint.sh /usr/local/bin/
\`\`\`

- Avoids a separate \`RUN chmod\`, which would duplicate the files in another layer.
- Applies to every copied file and directory alike.
`,
  `
\`\`\`dockerfile
--chmod=<权限>
\`\`\`

设置所创建文件的权限，使用八进制（\`0755\`、\`644\`），较新的 Dockerfile 语法也支持符号形式（\`u=rwx,go=rx\`）。

\`\`\`dockerfile
COPY --chmod=755 entrypoint.sh /usr/local/bin/
\`\`\`

- 不必再写一条 \`RUN chmod\`，后者会在另一层中重复保存这些文件。
- 对复制的所有文件和目录一视同仁。
`,
);

const LINK = entry(
  'Copies into an independent layer that survives changes to earlier layers.',
  '复制到一个独立的层中，前面的层变化时它仍可复用。',
  `
\`\`\`dockerfile
--link[=<boolean>]
\`\`\`

Puts the copied files in a layer of their own, independent of the layers below. When the base image changes, the layer is reused as is (and, when pushing, can be reused without being rebuilt or re-uploaded).

\`\`\`dockerfile
FROM alpine
COPY --link --from=build /out/app /usr/bin/app
\`\`\`

- The destination is treated as empty: the copy cannot follow symbolic links of earlier layers, and \`<dest>\` paths must not rely on them.
- Safe for most copies into fresh paths; recommended by BuildKit for faster rebuilds.
`,
  `
\`\`\`dockerfile
--link[=<布尔值>]
\`\`\`

把复制的文件放进独立的一层，不依赖下面的层。基础镜像变化时，这一层可以原样复用（推送时也无需重新构建或重新上传）。

\`\`\`dockerfile
FROM alpine
COPY --link --from=build /out/app /usr/bin/app
\`\`\`

- 目标位置被视为空目录：复制时不会跟随前面层中的符号链接，\`<目标路径>\` 也不能依赖它们。
- 对复制到新路径的大多数情况都是安全的；BuildKit 推荐使用，以加快重新构建。
`,
);

const EXCLUDE = entry(
  'A pattern of files to leave out of the copy; may be repeated.',
  '复制时要排除的文件模式；可以重复使用。',
  `
\`\`\`dockerfile
--exclude=<path or pattern>
\`\`\`

Leaves out the files that match, with the same wildcards as \`.dockerignore\` (\`*\`, \`?\`, \`**\`). Repeat the flag for several patterns.

\`\`\`dockerfile
COPY --exclude=*.md --exclude=**/testdata . /src
\`\`\`

- Needs Dockerfile syntax 1.19 or later (\`# syntax=docker/dockerfile:1\`).
- Unlike \`.dockerignore\`, it applies to this instruction only.
`,
  `
\`\`\`dockerfile
--exclude=<路径或模式>
\`\`\`

排除匹配的文件，通配符与 \`.dockerignore\` 相同（\`*\`、\`?\`、\`**\`）。有多个模式时重复使用该参数。

\`\`\`dockerfile
COPY --exclude=*.md --exclude=**/testdata . /src
\`\`\`

- 需要 Dockerfile 语法 1.19 或更高版本（\`# syntax=docker/dockerfile:1\`）。
- 与 \`.dockerignore\` 不同，它只对这一条指令生效。
`,
);

const HEALTH_DURATION = (name: string, defaultValue: string, en: string, zh: string): DocEntry =>
  entry(
    `${en.split('.')[0]}. Default ${defaultValue}.`,
    `${zh.split('。')[0]}。默认 ${defaultValue}。`,
    `
\`\`\`dockerfile
HEALTHCHECK --${name}=<duration> CMD ...
\`\`\`

${en}

Durations are written like \`30s\`, \`1m30s\` or \`500ms\`. Default: \`${defaultValue}\`.
`,
    `
\`\`\`dockerfile
HEALTHCHECK --${name}=<时长> CMD ...
\`\`\`

${zh}

时长写法如 \`30s\`、\`1m30s\`、\`500ms\`。默认值：\`${defaultValue}\`。
`,
  );

/** By instruction (upper case), then flag name. */
export const FLAGS: Readonly<Record<string, Readonly<Record<string, DocEntry>>>> = {
  FROM: { platform: PLATFORM },
  RUN: {
    mount: entry(
      'Mounts a cache, a secret, an SSH agent, a tmpfs or files of another stage for this command.',
      '为本条命令挂载缓存、密钥、SSH agent、tmpfs 或其他阶段的文件。',
      `
\`\`\`dockerfile
RUN --mount=[type=<type>][,<option>=<value>...] <command>
\`\`\`

Gives the command a file system mount that exists only while it runs: nothing in it goes into the layer. Repeat the flag for several mounts.

| type | use |
|---|---|
| \`bind\` (default) | files of the build context, a stage or an image, read-only |
| \`cache\` | a directory kept between builds, for package managers and compilers |
| \`tmpfs\` | a temporary in-memory file system |
| \`secret\` | a secret file or variable passed with \`docker build --secret\` |
| \`ssh\` | the SSH agent passed with \`docker build --ssh\` |

\`\`\`dockerfile
RUN --mount=type=cache,target=/root/.cache/pip \\
    --mount=type=secret,id=pypi_token,env=PIP_TOKEN \\
    pip install -r requirements.txt
\`\`\`

- Options are read in order: put \`type=\` first.
`,
      `
\`\`\`dockerfile
RUN --mount=[type=<类型>][,<选项>=<值>...] <命令>
\`\`\`

为命令提供一个只在执行期间存在的文件系统挂载：其中的内容不会进入镜像层。需要多个挂载时重复使用该参数。

| type | 用途 |
|---|---|
| \`bind\`（默认） | 构建上下文、某个阶段或镜像中的文件，只读 |
| \`cache\` | 在多次构建之间保留的目录，供包管理器和编译器使用 |
| \`tmpfs\` | 临时的内存文件系统 |
| \`secret\` | 通过 \`docker build --secret\` 传入的密钥文件或变量 |
| \`ssh\` | 通过 \`docker build --ssh\` 传入的 SSH agent |

\`\`\`dockerfile
RUN --mount=type=cache,target=/root/.cache/pip \\
    --mount=type=secret,id=pypi_token,env=PIP_TOKEN \\
    pip install -r requirements.txt
\`\`\`

- 选项按顺序读取：请把 \`type=\` 放在最前面。
`,
    ),
    network: entry(
      'The network the command runs in: default, none or host.',
      '命令运行所在的网络：default、none 或 host。',
      `
\`\`\`dockerfile
RUN --network=default|none|host <command>
\`\`\`

Chooses the network environment of this command.

\`\`\`dockerfile
RUN --network=none pip install --no-index --find-links /wheels app
\`\`\`

- \`none\` proves that a step needs no network (and cannot leak data).
- \`host\` needs the \`network.host\` entitlement (\`docker buildx build --allow network.host\`).
`,
      `
\`\`\`dockerfile
RUN --network=default|none|host <命令>
\`\`\`

选择本条命令的网络环境。

\`\`\`dockerfile
RUN --network=none pip install --no-index --find-links /wheels app
\`\`\`

- \`none\` 可以确保该步骤不需要网络（也无法外泄数据）。
- \`host\` 需要 \`network.host\` 权限（\`docker buildx build --allow network.host\`）。
`,
    ),
    security: entry(
      'Runs the command in the sandbox (default) or with full privileges (insecure).',
      '在沙箱中运行命令（默认），或以完全特权运行（insecure）。',
      `
\`\`\`dockerfile
RUN --security=sandbox|insecure <command>
\`\`\`

\`insecure\` runs the command without the sandbox, like \`docker run --privileged\`: for steps that need extra kernel capabilities.

\`\`\`dockerfile
RUN --security=insecure mount -t tmpfs none /mnt
\`\`\`

- Needs the \`security.insecure\` entitlement, on the builder and with \`--allow security.insecure\` on the build.
- \`sandbox\` is the default and changes nothing.
`,
      `
\`\`\`dockerfile
RUN --security=sandbox|insecure <命令>
\`\`\`

\`insecure\` 在沙箱之外运行命令，相当于 \`docker run --privileged\`：用于需要额外内核能力的步骤。

\`\`\`dockerfile
RUN --security=insecure mount -t tmpfs none /mnt
\`\`\`

- 需要 \`security.insecure\` 权限：构建器要启用它，构建时也要加 \`--allow security.insecure\`。
- \`sandbox\` 是默认值，写不写都一样。
`,
    ),
    device: entry(
      'Makes a CDI device (such as a GPU) available to the command (labs syntax).',
      '让命令可以使用某个 CDI 设备（例如 GPU）（labs 语法）。',
      `
\`\`\`dockerfile
RUN --device=<name>[,required] <command>
\`\`\`

Requests a device described by a CDI (Container Device Interface) specification registered in BuildKit.

\`\`\`dockerfile
# syntax=docker/dockerfile:1-labs
RUN --device=nvidia.com/gpu=all nvidia-smi
\`\`\`

- Only in the labs syntax (\`docker/dockerfile:1-labs\`) and BuildKit 0.20 or later.
- Needs the \`device\` entitlement (\`--allow device\`).
`,
      `
\`\`\`dockerfile
RUN --device=<名称>[,required] <命令>
\`\`\`

请求一个在 BuildKit 中注册了 CDI（容器设备接口）规范的设备。

\`\`\`dockerfile
# syntax=docker/dockerfile:1-labs
RUN --device=nvidia.com/gpu=all nvidia-smi
\`\`\`

- 仅在 labs 语法（\`docker/dockerfile:1-labs\`）和 BuildKit 0.20 及以上版本中可用。
- 需要 \`device\` 权限（\`--allow device\`）。
`,
    ),
  },
  COPY: {
    from: entry(
      'Copies from a build stage, a named context or an image instead of the build context.',
      '从构建阶段、命名上下文或镜像复制，而不是从构建上下文复制。',
      `
\`\`\`dockerfile
COPY --from=<stage|context|image> <src>... <dest>
\`\`\`

Takes the sources from an earlier stage (by \`AS\` name or index), a named context (\`docker buildx build --build-context\`) or any image.

\`\`\`dockerfile
COPY --from=build /out/app /usr/local/bin/app
COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/
\`\`\`

- Prefer stage names to indexes: adding a stage shifts every index.
- Variables cannot be used in a stage name; a name that is not a stage is pulled as an image.
`,
      `
\`\`\`dockerfile
COPY --from=<阶段|上下文|镜像> <源路径>... <目标路径>
\`\`\`

从前面的阶段（按 \`AS\` 名称或序号）、命名上下文（\`docker buildx build --build-context\`）或任意镜像中获取源文件。

\`\`\`dockerfile
COPY --from=build /out/app /usr/local/bin/app
COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/
\`\`\`

- 请用阶段名称而不是序号：新增一个阶段会让所有序号移位。
- 阶段名称中不能使用变量；不是阶段名称的值会被当作镜像拉取。
`,
    ),
    chown: CHOWN,
    chmod: CHMOD,
    link: LINK,
    parents: entry(
      'Keeps the parent directories of the sources under the destination.',
      '在目标路径下保留源文件的父目录结构。',
      `
\`\`\`dockerfile
COPY --parents[=<boolean>] <src>... <dest>
\`\`\`

Recreates the source's directory path under \`<dest>\` instead of copying only the last element.

\`\`\`dockerfile
COPY --parents ./x/a.txt ./y/a.txt /out/
# /out/x/a.txt and /out/y/a.txt (without --parents, the second overwrites the first)
\`\`\`

- A \`/./\` in the source marks where the kept path starts: \`COPY --parents ./src/./app/*.go /build/\` gives \`/build/app/...\`.
- Needs Dockerfile syntax 1.20 or later.
`,
      `
\`\`\`dockerfile
COPY --parents[=<布尔值>] <源路径>... <目标路径>
\`\`\`

在 \`<目标路径>\` 下重建源文件的目录路径，而不是只复制最后一级。

\`\`\`dockerfile
COPY --parents ./x/a.txt ./y/a.txt /out/
# 得到 /out/x/a.txt 和 /out/y/a.txt（不加 --parents 时，第二个会覆盖第一个）
\`\`\`

- 源路径中的 \`/./\` 标记保留路径的起点：\`COPY --parents ./src/./app/*.go /build/\` 得到 \`/build/app/...\`。
- 需要 Dockerfile 语法 1.20 或更高版本。
`,
    ),
    exclude: EXCLUDE,
  },
  ADD: {
    chown: CHOWN,
    chmod: CHMOD,
    link: LINK,
    'keep-git-dir': entry(
      'Keeps the .git directory when adding a Git repository.',
      '添加 Git 仓库时保留 .git 目录。',
      `
\`\`\`dockerfile
ADD --keep-git-dir[=<boolean>] <git-url> <dest>
\`\`\`

By default, a Git repository is added without its \`.git\` directory. With this flag it is kept, so \`git\` commands work in the image.

\`\`\`dockerfile
ADD --keep-git-dir=true https://github.com/moby/buildkit.git#v0.14.1 /src
\`\`\`
`,
      `
\`\`\`dockerfile
ADD --keep-git-dir[=<布尔值>] <git地址> <目标路径>
\`\`\`

默认情况下，添加 Git 仓库时不包含 \`.git\` 目录。加上此参数会保留它，镜像中就可以使用 \`git\` 命令。

\`\`\`dockerfile
ADD --keep-git-dir=true https://github.com/moby/buildkit.git#v0.14.1 /src
\`\`\`
`,
    ),
    checksum: entry(
      'Verifies a remote source: sha256:<hash> for URLs, a commit for Git.',
      '校验远程来源：URL 用 sha256:<哈希>，Git 用提交号。',
      `
\`\`\`dockerfile
ADD --checksum=<hash> <url> <dest>
\`\`\`

Fails the build when the downloaded content does not match. For an HTTP(S) URL, give \`sha256:<hex digest>\`; for a Git source, the commit SHA (or a prefix of it).

\`\`\`dockerfile
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d \\
    https://mirrors.edge.kernel.org/pub/linux/kernel/Historic/linux-0.01.tar.gz /
\`\`\`

- Pins what you download: without it, ADD takes whatever the server returns.
- SHA-256 is the only supported algorithm.
`,
      `
\`\`\`dockerfile
ADD --checksum=<哈希> <url> <目标路径>
\`\`\`

下载内容不匹配时构建失败。HTTP(S) URL 写 \`sha256:<十六进制摘要>\`；Git 来源写提交 SHA（或其前缀）。

\`\`\`dockerfile
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d \\
    https://mirrors.edge.kernel.org/pub/linux/kernel/Historic/linux-0.01.tar.gz /
\`\`\`

- 固定所下载的内容：没有它，ADD 会接受服务器返回的任何内容。
- 只支持 SHA-256 算法。
`,
    ),
    unpack: entry(
      'Whether tar archives are extracted: local ones are by default, remote ones are not.',
      '是否解压 tar 包：本地的默认解压，远程的默认不解压。',
      `
\`\`\`dockerfile
ADD --unpack[=<boolean>] <src> <dest>
\`\`\`

Overrides ADD's archive handling. Local tar archives (gzip, bzip2, xz) are extracted by default; downloaded ones are not.

\`\`\`dockerfile
ADD --unpack=true https://example.com/archive.tar.gz /opt/
ADD --unpack=false release.tar.gz /dist/
\`\`\`

- Needs Dockerfile syntax 1.17 or later.
`,
      `
\`\`\`dockerfile
ADD --unpack[=<布尔值>] <源路径> <目标路径>
\`\`\`

改变 ADD 对压缩包的处理方式。本地 tar 包（gzip、bzip2、xz）默认会被解压；下载的则不会。

\`\`\`dockerfile
ADD --unpack=true https://example.com/archive.tar.gz /opt/
ADD --unpack=false release.tar.gz /dist/
\`\`\`

- 需要 Dockerfile 语法 1.17 或更高版本。
`,
    ),
    exclude: EXCLUDE,
  },
  HEALTHCHECK: {
    interval: HEALTH_DURATION(
      'interval',
      '30s',
      'The time between two checks, and before the first one.',
      '两次检查之间的间隔，也是第一次检查前的等待时间。',
    ),
    timeout: HEALTH_DURATION(
      'timeout',
      '30s',
      'How long one check may take before it counts as failed.',
      '单次检查允许的最长时间，超过即视为失败。',
    ),
    'start-period': HEALTH_DURATION(
      'start-period',
      '0s',
      'Time for the container to start up: failures in it do not count towards the retries. A success ends it early.',
      '留给容器启动的时间：这段时间内的失败不计入重试次数。一旦检查成功，启动期立即结束。',
    ),
    'start-interval': HEALTH_DURATION(
      'start-interval',
      '5s',
      'The time between checks during the start period. Needs Docker Engine 25.0 or later.',
      '启动期内两次检查之间的间隔。需要 Docker Engine 25.0 或更高版本。',
    ),
    retries: entry(
      'Consecutive failures before the container is unhealthy. Default 3.',
      '连续失败多少次后容器变为不健康。默认 3。',
      `
\`\`\`dockerfile
HEALTHCHECK --retries=<number> CMD ...
\`\`\`

How many checks in a row must fail before the container's status becomes \`unhealthy\`. Default: \`3\`.
`,
      `
\`\`\`dockerfile
HEALTHCHECK --retries=<次数> CMD ...
\`\`\`

连续失败多少次检查后，容器状态才变为 \`unhealthy\`。默认值：\`3\`。
`,
    ),
  },
};

// --- Values -------------------------------------------------------------------------------------

function mountType(type: string, en: string, zh: string, exampleEn: string, options: string): DocEntry {
  return entry(
    en.split('\n')[0],
    zh.split('\n')[0],
    `
**type=${type}**: ${en}

\`\`\`dockerfile
${exampleEn}
\`\`\`

Options: ${options}.
`,
    `
**type=${type}**：${zh}

\`\`\`dockerfile
${exampleEn}
\`\`\`

选项：${options}。
`,
  );
}

function mountKey(key: string, en: string, zh: string, aliasOf?: string): DocEntry {
  const name = aliasOf ? `\`${key}\` (= \`${aliasOf}\`)` : `\`${key}\``;
  const nameZh = aliasOf ? `\`${key}\`（即 \`${aliasOf}\`）` : `\`${key}\``;
  return entry(en.split('\n')[0], zh.split('\n')[0], `${name}: ${en}`, `${nameZh}：${zh}`);
}

const TARGET_EN = 'The path where the mount appears inside the build container.\n\nRequired for bind, cache and tmpfs mounts. For a secret, defaults to `/run/secrets/<id>`; for ssh, to a socket path under `/run/buildkit`.';
const TARGET_ZH = '挂载在构建容器内出现的路径。\n\nbind、cache、tmpfs 挂载必须指定。secret 默认为 `/run/secrets/<id>`；ssh 默认为 `/run/buildkit` 下的套接字路径。';
const SOURCE_EN = 'The path inside `from` to mount (bind, cache); defaults to its root. For a secret, the file name of the secret.';
const SOURCE_ZH = '要挂载的 `from` 中的路径（bind、cache）；默认为其根目录。对 secret 而言是密钥的文件名。';
const READONLY_EN = 'Mounts read-only. Cache mounts are writable unless it is set.';
const READONLY_ZH = '以只读方式挂载。cache 挂载默认可写，除非设置此项。';
const READWRITE_EN = 'Lets the command write to a bind mount. The writes are discarded after the RUN: they never reach the image.';
const READWRITE_ZH = '允许命令写入 bind 挂载。写入的内容在 RUN 结束后被丢弃，不会进入镜像。';

const MOUNT_VALUES: Record<string, DocEntry> = {
  type: mountKey('type', 'The mount type: bind (default), cache, tmpfs, secret or ssh. Write it first.', '挂载类型：bind（默认）、cache、tmpfs、secret 或 ssh。请写在最前面。'),
  'type=bind': mountType(
    'bind',
    'Mounts files of the build context, of a stage or of an image, read-only by default.\nUseful to use files without copying them into a layer.',
    '挂载构建上下文、某个阶段或镜像中的文件，默认只读。\n无需把文件复制进镜像层就能使用它们。',
    'RUN --mount=type=bind,source=go.sum,target=go.sum \\\n    --mount=type=bind,from=build,source=/out,target=/mnt go test ./...',
    '`target`, `source`, `from`, `rw`',
  ),
  'type=cache': mountType(
    'cache',
    'A directory kept between builds, for the caches of package managers and compilers.\nIts content never enters the image and does not affect the build cache; another build may change it or it may be cleaned at any time.',
    '在多次构建之间保留的目录，用于包管理器和编译器的缓存。\n其内容不会进入镜像，也不影响构建缓存；其他构建可能修改它，也随时可能被清理。',
    'RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\\n    apt-get update && apt-get install -y gcc',
    '`target`, `id`, `sharing`, `from`, `source`, `readonly`, `mode`, `uid`, `gid`',
  ),
  'type=tmpfs': mountType(
    'tmpfs',
    'A temporary in-memory file system, empty at each RUN.',
    '临时的内存文件系统，每次 RUN 时都是空的。',
    'RUN --mount=type=tmpfs,target=/tmp,size=512m make test',
    '`target`, `size`',
  ),
  'type=secret': mountType(
    'secret',
    'A secret passed with `docker build --secret`, as a file (default `/run/secrets/<id>`) or an environment variable (`env=`).\nThe secret is not stored in the image or in the build cache.',
    '通过 `docker build --secret` 传入的密钥，以文件（默认 `/run/secrets/<id>`）或环境变量（`env=`）的形式提供。\n密钥不会保存在镜像或构建缓存中。',
    'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n# docker build --secret id=npmrc,src=$HOME/.npmrc .',
    '`id`, `target`, `env`, `required`, `mode`, `uid`, `gid`',
  ),
  'type=ssh': mountType(
    'ssh',
    'Forwards the SSH agent passed with `docker build --ssh`, for `git clone` of private repositories and the like.\nThe keys never enter the image.',
    '转发通过 `docker build --ssh` 传入的 SSH agent，用于克隆私有仓库等操作。\n密钥不会进入镜像。',
    'RUN --mount=type=ssh git clone git@github.com:acme/private.git\n# docker build --ssh default .',
    '`id`, `target`, `required`, `mode`, `uid`, `gid`',
  ),
  target: mountKey('target', TARGET_EN, TARGET_ZH),
  dst: mountKey('dst', TARGET_EN, TARGET_ZH, 'target'),
  destination: mountKey('destination', TARGET_EN, TARGET_ZH, 'target'),
  source: mountKey('source', SOURCE_EN, SOURCE_ZH),
  src: mountKey('src', SOURCE_EN, SOURCE_ZH, 'source'),
  from: mountKey(
    'from',
    'The stage, named context or image to mount from (bind) or to seed the cache with (cache). Defaults to the build context (bind) or an empty directory (cache).\n\nVariables are not allowed here: name a stage with `FROM ... AS name`.',
    '挂载来源（bind）或缓存初始内容（cache）所用的阶段、命名上下文或镜像。默认是构建上下文（bind）或空目录（cache）。\n\n这里不能使用变量：请用 `FROM ... AS 名称` 为阶段命名。',
  ),
  readonly: mountKey('readonly', READONLY_EN, READONLY_ZH),
  ro: mountKey('ro', READONLY_EN, READONLY_ZH, 'readonly'),
  readwrite: mountKey('readwrite', READWRITE_EN, READWRITE_ZH),
  rw: mountKey('rw', READWRITE_EN, READWRITE_ZH, 'readwrite'),
  id: mountKey(
    'id',
    'Identifies the cache, secret or SSH key.\n\nCache: builds that use the same id share the directory (default: the target path). Secret: the id given to `docker build --secret id=...` (default: the target file name). SSH: the key or agent given to `--ssh` (default `default`).',
    '标识缓存、密钥或 SSH 密钥。\n\ncache：使用相同 id 的构建共享该目录（默认取 target 路径）。secret：`docker build --secret id=...` 中的 id（默认取目标文件名）。ssh：`--ssh` 中的密钥或 agent（默认 `default`）。',
  ),
  sharing: mountKey(
    'sharing',
    'How concurrent builds share a cache mount: `shared` (default), `private` or `locked`.',
    '并发构建如何共享 cache 挂载：`shared`（默认）、`private` 或 `locked`。',
  ),
  'sharing=shared': mountKey('sharing=shared', 'Default: several builds may use the cache at the same time.', '默认值：多个构建可以同时使用该缓存。'),
  'sharing=private': mountKey('sharing=private', 'A build that finds the cache in use gets a new, separate cache directory.', '发现缓存正被使用时，构建会得到一个新的独立缓存目录。'),
  'sharing=locked': mountKey(
    'sharing=locked',
    'A build waits until no other build uses the cache. Needed by tools that cannot share their data, such as apt.',
    '构建会等待，直到没有其他构建在使用该缓存。apt 这类不能共享数据的工具需要它。',
  ),
  mode: mountKey('mode', 'The octal file mode of the cache directory, secret file or SSH socket (such as `0755`).', '缓存目录、密钥文件或 SSH 套接字的八进制权限（例如 `0755`）。'),
  uid: mountKey('uid', 'The user ID that owns the cache directory, secret file or SSH socket. Default `0`.', '缓存目录、密钥文件或 SSH 套接字的属主用户 ID。默认 `0`。'),
  gid: mountKey('gid', 'The group ID of the cache directory, secret file or SSH socket. Default `0`.', '缓存目录、密钥文件或 SSH 套接字的用户组 ID。默认 `0`。'),
  size: mountKey('size', 'The maximum size of a tmpfs mount, such as `512m` or `1g`.', 'tmpfs 挂载的最大容量，例如 `512m` 或 `1g`。'),
  required: mountKey(
    'required',
    'For secret and ssh mounts: fail the build when the secret or key was not provided (by default the step runs without it).',
    '用于 secret 和 ssh 挂载：未提供密钥时让构建失败（默认会在没有它的情况下继续执行）。',
  ),
  env: mountKey(
    'env',
    'For secret mounts: exposes the secret as this environment variable, instead of (or besides, with `target`) a file.',
    '用于 secret 挂载：以该环境变量提供密钥，代替文件（同时指定 `target` 时两者都有）。',
  ),
};

function value(en: string, zh: string): DocEntry {
  return entry(en.split('\n')[0], zh.split('\n')[0], en, zh);
}

/**
 * By instruction, flag, then value or `key` / `key=value` of a structured value. The flag `''`
 * holds the words of an instruction that act like options: HEALTHCHECK `NONE` and `CMD`.
 */
export const FLAG_VALUES: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, DocEntry>>>>>> = {
  FROM: {
    platform: {
      $BUILDPLATFORM: value('The platform of the machine running the build: the stage runs natively.', '运行构建的机器的平台：该阶段原生运行。'),
      $TARGETPLATFORM: value('The platform the build produces (the default).', '构建产出的目标平台（默认值）。'),
      'linux/amd64': value('64-bit x86 Linux.', '64 位 x86 Linux。'),
      'linux/arm64': value('64-bit ARM Linux (Apple silicon, Graviton).', '64 位 ARM Linux（Apple 芯片、Graviton 等）。'),
      'linux/arm/v7': value('32-bit ARMv7 Linux (Raspberry Pi 2 and later in 32-bit mode).', '32 位 ARMv7 Linux（32 位模式下的树莓派 2 及以后型号）。'),
      'linux/386': value('32-bit x86 Linux.', '32 位 x86 Linux。'),
      'windows/amd64': value('64-bit x86 Windows.', '64 位 x86 Windows。'),
    },
  },
  RUN: {
    mount: MOUNT_VALUES,
    network: {
      default: value('The default network of the build, as without the flag.', '构建的默认网络，与不写该参数相同。'),
      none: value('No network access: only the loopback interface.', '无网络访问：只有回环接口。'),
      host: value("The host's network. Needs the `network.host` entitlement.", '使用宿主机网络。需要 `network.host` 权限。'),
    },
    security: {
      sandbox: value('The default: the command runs in the usual sandbox.', '默认值：命令在常规沙箱中运行。'),
      insecure: value(
        'Runs without the sandbox, like `docker run --privileged`. Needs the `security.insecure` entitlement.',
        '在沙箱之外运行，相当于 `docker run --privileged`。需要 `security.insecure` 权限。',
      ),
    },
    device: {
      required: value('Fail the build when the device is not available.', '设备不可用时让构建失败。'),
    },
  },
  HEALTHCHECK: {
    '': {
      NONE: value(
        '`HEALTHCHECK NONE` disables any health check inherited from the base image.',
        '`HEALTHCHECK NONE` 会禁用从基础镜像继承的健康检查。',
      ),
      CMD: value(
        'The command that checks the container: exit status 0 means healthy, 1 unhealthy. Shell form or exec (JSON) form.',
        '检查容器的命令：退出码 0 表示健康，1 表示不健康。可以用 shell 形式或 exec（JSON）形式。',
      ),
    },
  },
};
