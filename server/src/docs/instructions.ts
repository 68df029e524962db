import { DocEntry } from './types';

/** An entry from its one-line summaries and its bodies (leading and trailing blank lines dropped). */
export function entry(summaryEn: string, summaryZh: string, bodyEn: string, bodyZh: string): DocEntry {
  return { summary: { en: summaryEn, zh: summaryZh }, body: { en: bodyEn.trim(), zh: bodyZh.trim() } };
}

/** Every instruction of the Dockerfile reference, by upper-case name. */
export const INSTRUCTION_DOCS: Readonly<Record<string, DocEntry>> = {
  FROM: entry(
    'Starts a new build stage from a base image or an earlier stage.',
    '以基础镜像或前面的阶段为起点，开始一个新的构建阶段。',
    `
Starts a new build stage. Everything after it, up to the next \`FROM\`, builds on the image it names.

\`\`\`dockerfile
FROM [--platform=<platform>] <image>[:<tag>|@<digest>] [AS <name>]
\`\`\`

\`\`\`dockerfile
FROM golang:1.22 AS build
RUN go build -o /out/app .

FROM gcr.io/distroless/static
COPY --from=build /out/app /app
\`\`\`

- Without a tag, Docker uses \`latest\`, which changes under you: pin a tag or a digest.
- Only \`ARG\` (and parser directives and comments) may come before the first \`FROM\`. Such global ARGs can be used in \`FROM\` lines; inside a stage, declare \`ARG NAME\` again to use them.
- Each \`FROM\` starts from a clean state: ENV, WORKDIR and USER of other stages do not carry over, unless the stage is built \`FROM\` that stage.
- \`AS name\` lets \`COPY --from=name\`, \`RUN --mount=from=name\` and later \`FROM name\` refer to the stage; \`docker build --target name\` stops there.
- \`scratch\` is the empty image.
`,
    `
开始一个新的构建阶段。从它到下一个 \`FROM\` 之间的所有指令，都在它指定的镜像之上构建。

\`\`\`dockerfile
FROM [--platform=<平台>] <镜像>[:<标签>|@<摘要>] [AS <名称>]
\`\`\`

\`\`\`dockerfile
FROM golang:1.22 AS build
RUN go build -o /out/app .

FROM gcr.io/distroless/static
COPY --from=build /out/app /app
\`\`\`

- 不写标签时 Docker 使用 \`latest\`，它会随时变化：请固定标签或摘要（digest）。
- 第一个 \`FROM\` 之前只能出现 \`ARG\`（以及解析器指令和注释）。这些全局 ARG 可以用在 \`FROM\` 行中；要在阶段内使用，需要再次声明 \`ARG 名称\`。
- 每个 \`FROM\` 都从干净的状态开始：其他阶段的 ENV、WORKDIR、USER 不会带过来，除非本阶段正是 \`FROM\` 那个阶段构建的。
- \`AS 名称\` 让 \`COPY --from=名称\`、\`RUN --mount=from=名称\` 和后面的 \`FROM 名称\` 可以引用该阶段；\`docker build --target 名称\` 构建到该阶段为止。
- \`scratch\` 是一个空镜像。
`,
  ),

  RUN: entry(
    'Runs a command while building and commits the result as a new layer.',
    '在构建时执行命令，并把结果提交为新的镜像层。',
    `
Runs a command during the build; its changes to the file system become a new layer of the image.

\`\`\`dockerfile
RUN [OPTIONS] <command>                 # shell form: /bin/sh -c (cmd /S /C on Windows)
RUN [OPTIONS] ["executable", "arg"]     # exec form: no shell
RUN <<EOF
apt-get update
apt-get install -y --no-install-recommends curl
EOF
\`\`\`

\`\`\`dockerfile
RUN apt-get update \\
 && apt-get install -y --no-install-recommends curl \\
 && rm -rf /var/lib/apt/lists/*
\`\`\`

- Each RUN is a layer. Files deleted by a later RUN still take space in the earlier layer: create and clean up in the same RUN.
- The build cache reuses a RUN whose text and earlier layers are unchanged; it never re-runs it just because the internet changed. Keep \`apt-get update\` in the same RUN as \`apt-get install\`.
- The exec form does not go through a shell: no \`$VAR\` expansion, no \`&&\` or pipes.
- In the shell form, a failing command on the left of a pipe is ignored unless you \`set -o pipefail\`.
- Use \`--mount=type=cache\` for package caches and \`--mount=type=secret\` for credentials, never ARG or ENV.
`,
    `
在构建时执行命令；命令对文件系统的改动会成为镜像的一个新的镜像层。

\`\`\`dockerfile
RUN [选项] <命令>                     # shell 形式：/bin/sh -c（Windows 上为 cmd /S /C）
RUN [选项] ["可执行文件", "参数"]       # exec 形式：不经过 shell
RUN <<EOF
apt-get update
apt-get install -y --no-install-recommends curl
EOF
\`\`\`

\`\`\`dockerfile
RUN apt-get update \\
 && apt-get install -y --no-install-recommends curl \\
 && rm -rf /var/lib/apt/lists/*
\`\`\`

- 每条 RUN 都会产生一个镜像层。后面的 RUN 删除的文件仍然占用前面那一层的空间：在同一条 RUN 中创建并清理。
- 只要指令文本和之前的层不变，构建缓存就会复用这条 RUN，不会因为软件源更新而重新执行。请把 \`apt-get update\` 和 \`apt-get install\` 写在同一条 RUN 中。
- exec 形式不经过 shell：不会展开 \`$VAR\`，也不能使用 \`&&\` 或管道。
- shell 形式中，管道左侧的命令失败会被忽略，除非先 \`set -o pipefail\`。
- 包管理器的缓存请用 \`--mount=type=cache\`，凭据请用 \`--mount=type=secret\`，不要用 ARG 或 ENV。
`,
  ),

  CMD: entry(
    'Sets the default command (or default arguments) of containers run from the image.',
    '设置从该镜像启动容器时的默认命令（或默认参数）。',
    `
Sets what a container runs when \`docker run\` gives no command. Nothing runs at build time.

\`\`\`dockerfile
CMD ["executable", "param1", "param2"]   # exec form (preferred)
CMD ["param1", "param2"]                 # default arguments for ENTRYPOINT
CMD command param1 param2                # shell form: /bin/sh -c
\`\`\`

\`\`\`dockerfile
CMD ["nginx", "-g", "daemon off;"]
\`\`\`

- Only the last CMD counts; arguments after the image name in \`docker run\` replace it.
- Shell form runs your program as a child of \`/bin/sh -c\`: the shell is PID 1 and does not pass on SIGTERM, so \`docker stop\` waits its timeout and then kills the process. Use the exec form.
- The exec form is JSON: double quotes only, and no shell, so \`$HOME\` is not expanded. Write \`["sh", "-c", "echo $HOME"]\` if you need a shell.
- With an ENTRYPOINT, CMD supplies its default arguments (both in exec form).
- Do not confuse with RUN: RUN executes while building, CMD when the container starts.
`,
    `
设置 \`docker run\` 未指定命令时容器要执行的内容。构建时不执行任何东西。

\`\`\`dockerfile
CMD ["可执行文件", "参数1", "参数2"]   # exec 形式（推荐）
CMD ["参数1", "参数2"]                 # 作为 ENTRYPOINT 的默认参数
CMD 命令 参数1 参数2                   # shell 形式：/bin/sh -c
\`\`\`

\`\`\`dockerfile
CMD ["nginx", "-g", "daemon off;"]
\`\`\`

- 只有最后一条 CMD 生效；\`docker run\` 中镜像名之后的参数会替换它。
- shell 形式下程序是 \`/bin/sh -c\` 的子进程：shell 成为 PID 1，不会转发 SIGTERM，\`docker stop\` 只能等超时后强制杀死进程。请使用 exec 形式。
- exec 形式是 JSON：只能用双引号，而且不经过 shell，\`$HOME\` 不会被展开。需要 shell 时写成 \`["sh", "-c", "echo $HOME"]\`。
- 有 ENTRYPOINT 时，CMD 提供它的默认参数（两者都用 exec 形式）。
- 不要与 RUN 混淆：RUN 在构建时执行，CMD 在容器启动时执行。
`,
  ),

  LABEL: entry(
    'Adds key=value metadata to the image.',
    '以 key=value 的形式为镜像添加元数据。',
    `
Adds metadata to the image as key-value pairs, shown by \`docker image inspect\`.

\`\`\`dockerfile
LABEL <key>=<value> [<key>=<value>...]
\`\`\`

\`\`\`dockerfile
LABEL org.opencontainers.image.source="https://github.com/acme/app" \\
      org.opencontainers.image.version="1.2.0"
\`\`\`

- Labels of the base image are inherited; a later value replaces an earlier one.
- Use double quotes when the value holds spaces or variables: single quotes keep \`$VAR\` as written.
- Prefer the \`org.opencontainers.image.*\` keys; \`org.opencontainers.image.authors\` replaces MAINTAINER.
- Labels of stages you only \`COPY --from\` do not reach the final image.
`,
    `
以键值对的形式为镜像添加元数据，可用 \`docker image inspect\` 查看。

\`\`\`dockerfile
LABEL <键>=<值> [<键>=<值>...]
\`\`\`

\`\`\`dockerfile
LABEL org.opencontainers.image.source="https://github.com/acme/app" \\
      org.opencontainers.image.version="1.2.0"
\`\`\`

- 基础镜像的标签会被继承；后设置的值覆盖先前的值。
- 值中有空格或变量时请用双引号：单引号会原样保留 \`$VAR\`。
- 建议使用 \`org.opencontainers.image.*\` 系列键；\`org.opencontainers.image.authors\` 可取代 MAINTAINER。
- 只被 \`COPY --from\` 引用的阶段，其标签不会出现在最终镜像中。
`,
  ),

  MAINTAINER: entry(
    'Deprecated: sets the Author field of the image. Use a LABEL instead.',
    '已弃用：设置镜像的 Author 字段。请改用 LABEL。',
    `
Sets the *Author* field of the image. **Deprecated**: BuildKit warns about it (MaintainerDeprecated).

\`\`\`dockerfile
MAINTAINER <name>
\`\`\`

Use a label instead, which any tool can read:

\`\`\`dockerfile
LABEL org.opencontainers.image.authors="dev@example.com"
\`\`\`
`,
    `
设置镜像的 *Author* 字段。**已弃用**：BuildKit 会给出警告（MaintainerDeprecated）。

\`\`\`dockerfile
MAINTAINER <名字>
\`\`\`

请改用标签，任何工具都能读取：

\`\`\`dockerfile
LABEL org.opencontainers.image.authors="dev@example.com"
\`\`\`
`,
  ),

  EXPOSE: entry(
    'Documents the ports the container listens on; publishes nothing by itself.',
    '声明容器监听的端口；本身并不会发布端口。',
    `
Records which ports the application listens on, TCP unless \`/udp\` is given.

\`\`\`dockerfile
EXPOSE <port>[/<protocol>] [<port>[/<protocol>]...]
\`\`\`

\`\`\`dockerfile
EXPOSE 8080
EXPOSE 53/udp
\`\`\`

- EXPOSE **publishes nothing**: it is documentation for whoever runs the image. Publish with \`docker run -p 8080:8080\`, or \`-P\` to map every exposed port to a random host port.
- Ranges are allowed: \`EXPOSE 7000-7010\`.
- For both TCP and UDP, list the port twice: \`EXPOSE 80/tcp 80/udp\`.
`,
    `
记录应用监听的端口，不写 \`/udp\` 时为 TCP。

\`\`\`dockerfile
EXPOSE <端口>[/<协议>] [<端口>[/<协议>]...]
\`\`\`

\`\`\`dockerfile
EXPOSE 8080
EXPOSE 53/udp
\`\`\`

- EXPOSE **不会发布任何端口**：它只是写给运行镜像的人看的说明。发布端口请用 \`docker run -p 8080:8080\`，或用 \`-P\` 把所有声明的端口映射到宿主机的随机端口。
- 可以写范围：\`EXPOSE 7000-7010\`。
- 同时需要 TCP 和 UDP 时写两次：\`EXPOSE 80/tcp 80/udp\`。
`,
  ),

  ENV: entry(
    'Sets environment variables for the rest of the build and for containers of the image.',
    '设置环境变量，对后续构建步骤和运行中的容器都有效。',
    `
Sets environment variables. They apply to the following instructions **and persist in the image**: every container started from it sees them.

\`\`\`dockerfile
ENV <key>=<value> [<key>=<value>...]
ENV <key> <value>        # legacy form, avoid
\`\`\`

\`\`\`dockerfile
ENV NODE_ENV=production \\
    PATH="/app/node_modules/.bin:$PATH"
\`\`\`

- Never put secrets in ENV: anyone with the image reads them with \`docker image inspect\`. Use \`RUN --mount=type=secret\`.
- For a variable that only one command needs, set it there: \`RUN DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata\`. An ENV would stay in the image.
- Stages built \`FROM\` this stage inherit the ENV; other stages do not.
- An ENV wins over an ARG of the same name.
- The legacy form \`ENV key value\` sets one variable to the whole rest of the line (BuildKit warns: LegacyKeyValueFormat).
`,
    `
设置环境变量。它们对后续指令有效，**并会保留在镜像中**：从该镜像启动的每个容器都能看到。

\`\`\`dockerfile
ENV <键>=<值> [<键>=<值>...]
ENV <键> <值>        # 旧写法，避免使用
\`\`\`

\`\`\`dockerfile
ENV NODE_ENV=production \\
    PATH="/app/node_modules/.bin:$PATH"
\`\`\`

- 不要把密钥放进 ENV：任何拿到镜像的人都能用 \`docker image inspect\` 读到。请使用 \`RUN --mount=type=secret\`。
- 只有一条命令需要的变量，就在那条命令里设置：\`RUN DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata\`。用 ENV 会一直留在镜像里。
- 以本阶段为基础（\`FROM\` 本阶段）的阶段会继承这些 ENV，其他阶段不会。
- 同名时 ENV 优先于 ARG。
- 旧写法 \`ENV 键 值\` 会把整行剩余内容作为一个变量的值（BuildKit 警告：LegacyKeyValueFormat）。
`,
  ),

  ADD: entry(
    'Adds files from the build context, a URL or a Git repository; extracts local tar archives.',
    '从构建上下文、URL 或 Git 仓库添加文件；会自动解压本地 tar 包。',
    `
Like COPY, and also downloads URLs, clones Git repositories and extracts local tar archives.

\`\`\`dockerfile
ADD [OPTIONS] <src>... <dest>
ADD [OPTIONS] ["<src>", ... "<dest>"]    # for paths with spaces
\`\`\`

\`\`\`dockerfile
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d \\
    https://example.com/tool.tar.gz /tmp/
ADD https://github.com/moby/buildkit.git#v0.14.1 /src/buildkit
\`\`\`

- **Prefer COPY** for local files: ADD silently extracts anything that looks like a tar archive.
- A download without \`--checksum\` is whatever the server returns that day. ADD cannot authenticate; use \`RUN curl\` with a secret mount for private URLs.
- Local tar archives (gzip, bzip2, xz) are extracted; remote ones are not, unless \`--unpack=true\`.
- Downloaded files get mode 600; the \`.git\` directory is dropped unless \`--keep-git-dir\`.
`,
    `
与 COPY 类似，此外还能下载 URL、克隆 Git 仓库，并自动解压本地 tar 包。

\`\`\`dockerfile
ADD [选项] <源路径>... <目标路径>
ADD [选项] ["<源路径>", ... "<目标路径>"]    # 路径中有空格时使用
\`\`\`

\`\`\`dockerfile
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d \\
    https://example.com/tool.tar.gz /tmp/
ADD https://github.com/moby/buildkit.git#v0.14.1 /src/buildkit
\`\`\`

- 本地文件**优先使用 COPY**：ADD 会悄悄解压任何看起来像 tar 包的文件。
- 不带 \`--checksum\` 的下载，得到的是服务器当天返回的任何内容。ADD 不支持认证；私有 URL 请用 \`RUN curl\` 配合 secret 挂载。
- 本地 tar 包（gzip、bzip2、xz）会被解压；远程的不会，除非指定 \`--unpack=true\`。
- 下载的文件权限为 600；除非指定 \`--keep-git-dir\`，否则会丢弃 \`.git\` 目录。
`,
  ),

  COPY: entry(
    'Copies files from the build context, another stage or an image into the image.',
    '把构建上下文、其他阶段或镜像中的文件复制到镜像中。',
    `
Copies files or directories into the image: from the build context, or with \`--from\` from a stage, a named context or an image.

\`\`\`dockerfile
COPY [OPTIONS] <src>... <dest>
COPY [OPTIONS] ["<src>", ... "<dest>"]   # for paths with spaces
COPY <<EOF /etc/app.conf                 # heredoc: the body becomes the file
\`\`\`

\`\`\`dockerfile
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
\`\`\`

- Copy the dependency manifests first and the rest later: a change in your sources then does not invalidate the cached \`npm ci\` layer.
- A directory's **contents** are copied, not the directory itself. With several sources, \`<dest>\` must end with \`/\`.
- Relative \`<dest>\` is relative to WORKDIR. Files belong to root unless \`--chown\`; USER does not change that.
- \`.dockerignore\` decides what the build context holds: ignored files cannot be copied.
- COPY versus ADD: COPY only copies; use ADD only for URLs, Git repositories or tar extraction.
`,
    `
把文件或目录复制到镜像中：来源是构建上下文，或通过 \`--from\` 指定的阶段、命名上下文或镜像。

\`\`\`dockerfile
COPY [选项] <源路径>... <目标路径>
COPY [选项] ["<源路径>", ... "<目标路径>"]   # 路径中有空格时使用
COPY <<EOF /etc/app.conf                     # heredoc：正文就是文件内容
\`\`\`

\`\`\`dockerfile
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
\`\`\`

- 先复制依赖清单，再复制其余文件：这样修改源码不会让 \`npm ci\` 那一层的缓存失效。
- 复制目录时复制的是目录**中的内容**，而不是目录本身。有多个源路径时，\`<目标路径>\` 必须以 \`/\` 结尾。
- 相对的目标路径相对于 WORKDIR。文件属于 root，除非使用 \`--chown\`；USER 不会改变这一点。
- \`.dockerignore\` 决定构建上下文包含哪些文件：被忽略的文件无法复制。
- COPY 与 ADD：COPY 只做复制；只有下载 URL、Git 仓库或解压 tar 包时才用 ADD。
`,
  ),

  ENTRYPOINT: entry(
    'Sets the executable that containers of the image always run.',
    '设置从该镜像启动的容器始终要执行的程序。',
    `
Makes the container run like an executable: \`docker run image args\` passes \`args\` to it.

\`\`\`dockerfile
ENTRYPOINT ["executable", "param1"]     # exec form (preferred)
ENTRYPOINT command param1               # shell form: /bin/sh -c
\`\`\`

\`\`\`dockerfile
ENTRYPOINT ["/usr/bin/tini", "--", "app"]
CMD ["--port", "8080"]
\`\`\`

- With the exec form, CMD (or the \`docker run\` arguments) is appended as arguments: ENTRYPOINT is the program, CMD its default arguments.
- The shell form ignores CMD and the \`docker run\` arguments, and runs under \`/bin/sh -c\`: the shell is PID 1 and your program never receives SIGTERM from \`docker stop\`. If you must use it, start with \`exec\`: \`ENTRYPOINT exec app\`.
- A program running as PID 1 must handle signals and reap zombies itself; \`docker run --init\` or tini can do that.
- Override it at run time with \`docker run --entrypoint\`.
- Setting ENTRYPOINT resets the CMD inherited from the base image.
`,
    `
让容器像一个可执行程序一样运行：\`docker run 镜像 参数\` 会把参数传给它。

\`\`\`dockerfile
ENTRYPOINT ["可执行文件", "参数1"]     # exec 形式（推荐）
ENTRYPOINT 命令 参数1                  # shell 形式：/bin/sh -c
\`\`\`

\`\`\`dockerfile
ENTRYPOINT ["/usr/bin/tini", "--", "app"]
CMD ["--port", "8080"]
\`\`\`

- exec 形式下，CMD（或 \`docker run\` 的参数）会追加为参数：ENTRYPOINT 是程序，CMD 是它的默认参数。
- shell 形式会忽略 CMD 和 \`docker run\` 的参数，并在 \`/bin/sh -c\` 下运行：shell 成为 PID 1，程序收不到 \`docker stop\` 发出的 SIGTERM。一定要用时，请以 \`exec\` 开头：\`ENTRYPOINT exec app\`。
- 作为 PID 1 运行的程序必须自己处理信号并回收僵尸进程；可以用 \`docker run --init\` 或 tini 代劳。
- 运行时可用 \`docker run --entrypoint\` 覆盖。
- 设置 ENTRYPOINT 会清除从基础镜像继承的 CMD。
`,
  ),

  VOLUME: entry(
    'Marks a directory as a mount point for volumes.',
    '把目录声明为数据卷的挂载点。',
    `
Declares that a path holds data that should live outside the container: each \`docker run\` without \`-v\` for it creates a new anonymous volume.

\`\`\`dockerfile
VOLUME ["/data"]
VOLUME /var/log /var/db
\`\`\`

\`\`\`dockerfile
RUN mkdir -p /data && chown app:app /data
VOLUME /data
\`\`\`

- Prepare the directory (files, owner, permissions) **before** VOLUME. With the legacy builder, changes made to the path after VOLUME are discarded; BuildKit keeps them, so the outcome depends on the builder.
- The host directory cannot be chosen in the Dockerfile: that is \`docker run -v host:/data\`.
- Anonymous volumes pile up; remove them with \`docker rm -v\` or run with \`--rm\`.
- Images built \`FROM\` this one cannot undeclare the volume.
- The JSON form needs double quotes.
`,
    `
声明某个路径存放的数据应当保存在容器之外：每次 \`docker run\` 若没有为它指定 \`-v\`，都会新建一个匿名数据卷。

\`\`\`dockerfile
VOLUME ["/data"]
VOLUME /var/log /var/db
\`\`\`

\`\`\`dockerfile
RUN mkdir -p /data && chown app:app /data
VOLUME /data
\`\`\`

- 请在 VOLUME **之前**准备好目录（文件、属主、权限）。使用旧版构建器时，VOLUME 之后对该路径的修改会被丢弃；BuildKit 会保留，因此结果取决于构建器。
- 宿主机目录不能在 Dockerfile 中指定，那是 \`docker run -v 宿主机路径:/data\` 的事。
- 匿名数据卷会越积越多；请用 \`docker rm -v\` 删除，或运行时加 \`--rm\`。
- 以本镜像为基础的镜像无法取消这个数据卷声明。
- JSON 形式必须使用双引号。
`,
  ),

  USER: entry(
    'Sets the user (and group) for the following instructions and for the container.',
    '设置后续指令和容器运行时所用的用户（和用户组）。',
    `
Sets the user name or UID (and optionally group) used by the following RUN, CMD and ENTRYPOINT, and by the container.

\`\`\`dockerfile
USER <user>[:<group>]
USER <UID>[:<GID>]
\`\`\`

\`\`\`dockerfile
RUN groupadd -r app && useradd -r -g app app
COPY --chown=app:app . /app
USER app
\`\`\`

- Create the user first (\`useradd\`, \`adduser\`); a numeric UID works without an entry in \`/etc/passwd\`.
- USER does not change file ownership: COPY and ADD still create root-owned files unless \`--chown\`, so the user may be unable to write them.
- Running as root is the default; end the final stage with a non-root user when you can.
- A user without a primary group runs with the root group (GID 0).
`,
    `
设置后续 RUN、CMD、ENTRYPOINT 以及容器运行时使用的用户名或 UID（可选用户组）。

\`\`\`dockerfile
USER <用户>[:<用户组>]
USER <UID>[:<GID>]
\`\`\`

\`\`\`dockerfile
RUN groupadd -r app && useradd -r -g app app
COPY --chown=app:app . /app
USER app
\`\`\`

- 先创建用户（\`useradd\`、\`adduser\`）；数字 UID 不需要 \`/etc/passwd\` 中的条目也能用。
- USER 不会改变文件属主：COPY 和 ADD 创建的文件仍属于 root，除非使用 \`--chown\`，否则该用户可能无法写入。
- 默认以 root 运行；条件允许时，请让最终阶段以非 root 用户结束。
- 用户没有主用户组时，会以 root 用户组（GID 0）运行。
`,
  ),

  WORKDIR: entry(
    'Sets the working directory for the following instructions, creating it if needed.',
    '设置后续指令的工作目录，不存在时会自动创建。',
    `
Sets the directory that following RUN, CMD, ENTRYPOINT, COPY and ADD work in, and the container's starting directory.

\`\`\`dockerfile
WORKDIR /path/to/workdir
\`\`\`

\`\`\`dockerfile
WORKDIR /app
COPY . .
RUN make
\`\`\`

- The directory is **created** if it does not exist (owned by root), so \`RUN mkdir -p\` + \`cd\` is not needed.
- Use WORKDIR instead of \`RUN cd /dir && ...\`: a \`cd\` lasts only for that one RUN.
- A relative path is relative to the previous WORKDIR; start with an absolute path, since the base image's working directory may not be what you expect.
- Variables set by ENV can be used: \`WORKDIR $HOME/src\`.
`,
    `
设置后续 RUN、CMD、ENTRYPOINT、COPY、ADD 所在的目录，也是容器启动时的目录。

\`\`\`dockerfile
WORKDIR /path/to/workdir
\`\`\`

\`\`\`dockerfile
WORKDIR /app
COPY . .
RUN make
\`\`\`

- 目录不存在时会被**自动创建**（属于 root），不需要 \`RUN mkdir -p\` 再 \`cd\`。
- 请用 WORKDIR 代替 \`RUN cd /dir && ...\`：\`cd\` 只在那一条 RUN 中有效。
- 相对路径相对于上一个 WORKDIR；请先用绝对路径，因为基础镜像的工作目录未必符合预期。
- 可以使用 ENV 设置的变量：\`WORKDIR $HOME/src\`。
`,
  ),

  ARG: entry(
    'Declares a build argument that docker build --build-arg can set.',
    '声明一个构建参数，可通过 docker build --build-arg 赋值。',
    `
Declares a variable that exists only while building; \`docker build --build-arg NAME=value\` sets it.

\`\`\`dockerfile
ARG <name>[=<default value>] [<name>[=<default value>]...]
\`\`\`

\`\`\`dockerfile
ARG VERSION=1.22
FROM golang:\${VERSION} AS build
ARG VERSION
RUN echo "building with Go $VERSION"
\`\`\`

- **Scope**: an ARG before the first FROM is global and usable only in FROM lines. Inside a stage, an ARG is visible from its declaration to the end of that stage. To use a global ARG in a stage, declare \`ARG NAME\` again (it takes the global default).
- Each FROM ends the scope of the previous stage's ARGs.
- An ENV of the same name wins over the ARG.
- Not for secrets: values can be seen in the image history and build metadata. Use secret mounts.
- Changing a build arg invalidates the cache from the first instruction that uses it.
- BuildKit predefines some args (\`TARGETPLATFORM\`, \`BUILDPLATFORM\`, proxies...); inside a stage, declare \`ARG TARGETARCH\` to use them.
`,
    `
声明一个只在构建期间存在的变量；可用 \`docker build --build-arg 名称=值\` 赋值。

\`\`\`dockerfile
ARG <名称>[=<默认值>] [<名称>[=<默认值>]...]
\`\`\`

\`\`\`dockerfile
ARG VERSION=1.22
FROM golang:\${VERSION} AS build
ARG VERSION
RUN echo "building with Go $VERSION"
\`\`\`

- **作用域**：第一个 FROM 之前的 ARG 是全局的，只能在 FROM 行中使用。阶段内的 ARG 从声明处起到该阶段结束可见。要在阶段内使用全局 ARG，需要再次声明 \`ARG 名称\`（会取全局默认值）。
- 每个 FROM 都会结束上一个阶段中 ARG 的作用域。
- 同名的 ENV 优先于 ARG。
- 不要用于密钥：其值会出现在镜像历史和构建元数据中。请使用 secret 挂载。
- 修改构建参数会使从第一条使用它的指令开始的缓存失效。
- BuildKit 预定义了一些参数（\`TARGETPLATFORM\`、\`BUILDPLATFORM\`、代理等）；在阶段内需先声明 \`ARG TARGETARCH\` 才能使用。
`,
  ),

  ONBUILD: entry(
    'Registers an instruction to run later, when another build uses this image as its base.',
    '注册一条触发指令，在其他构建以本镜像为基础镜像时才执行。',
    `
Stores a trigger instruction in the image. It runs at the start of any build whose \`FROM\` uses this image, right after that FROM.

\`\`\`dockerfile
ONBUILD <INSTRUCTION>
\`\`\`

\`\`\`dockerfile
FROM node:20
WORKDIR /app
ONBUILD COPY package*.json ./
ONBUILD RUN npm ci
\`\`\`

- Nothing runs in this build: the instruction is only recorded.
- Triggers run in the child's build context, which the author of the base image does not control; a missing file fails the child's build.
- \`ONBUILD ONBUILD\`, \`ONBUILD FROM\` and \`ONBUILD MAINTAINER\` are not allowed.
- Triggers are not inherited further: a grandchild image does not run them.
- Variables in the trigger are expanded in the child's build.
`,
    `
在镜像中保存一条触发指令。任何以本镜像为 \`FROM\` 的构建，都会在那条 FROM 之后立即执行它。

\`\`\`dockerfile
ONBUILD <指令>
\`\`\`

\`\`\`dockerfile
FROM node:20
WORKDIR /app
ONBUILD COPY package*.json ./
ONBUILD RUN npm ci
\`\`\`

- 本次构建不执行任何东西：指令只是被记录下来。
- 触发指令在子镜像的构建上下文中执行，基础镜像的作者无法控制；缺少文件会导致子镜像构建失败。
- 不允许 \`ONBUILD ONBUILD\`、\`ONBUILD FROM\` 和 \`ONBUILD MAINTAINER\`。
- 触发指令不会再往下继承：孙辈镜像不会执行它们。
- 触发指令中的变量在子镜像的构建中展开。
`,
  ),

  STOPSIGNAL: entry(
    'Sets the signal that stops the container.',
    '设置停止容器时发送的信号。',
    `
Sets the signal \`docker stop\` sends to the container's main process. The default is SIGTERM; after the timeout, SIGKILL follows.

\`\`\`dockerfile
STOPSIGNAL <signal>
\`\`\`

\`\`\`dockerfile
STOPSIGNAL SIGQUIT
\`\`\`

- Give a name (\`SIGINT\`, \`SIGQUIT\`) or a number (\`9\`).
- The signal reaches PID 1 only: with a shell-form CMD or ENTRYPOINT the shell gets it, not your program.
- Choose the signal your program treats as a graceful stop (nginx: SIGQUIT).
- \`docker run --stop-signal\` overrides it.
`,
    `
设置 \`docker stop\` 发给容器主进程的信号。默认是 SIGTERM；超时后再发送 SIGKILL。

\`\`\`dockerfile
STOPSIGNAL <信号>
\`\`\`

\`\`\`dockerfile
STOPSIGNAL SIGQUIT
\`\`\`

- 可以写信号名（\`SIGINT\`、\`SIGQUIT\`）或编号（\`9\`）。
- 信号只会发给 PID 1：CMD 或 ENTRYPOINT 使用 shell 形式时，收到信号的是 shell，而不是你的程序。
- 选择程序视为“优雅停止”的信号（nginx 为 SIGQUIT）。
- \`docker run --stop-signal\` 可以覆盖它。
`,
  ),

  HEALTHCHECK: entry(
    'Tells Docker how to test that the container still works.',
    '告诉 Docker 如何检测容器是否仍在正常工作。',
    `
Sets a command Docker runs inside the container to check its health; the status (\`starting\`, \`healthy\`, \`unhealthy\`) shows in \`docker ps\`.

\`\`\`dockerfile
HEALTHCHECK [OPTIONS] CMD <command>     # exit 0: healthy, 1: unhealthy
HEALTHCHECK NONE                        # disable the base image's check
\`\`\`

\`\`\`dockerfile
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \\
  CMD curl -fsS http://localhost:8080/health || exit 1
\`\`\`

- Timing: the first check runs \`--interval\` (default 30s) after start; a check taking longer than \`--timeout\` (30s) fails; after \`--retries\` (3) failures in a row the container is unhealthy. Failures during \`--start-period\` (0s) do not count.
- The command runs in the container: \`curl\` or \`wget\` must exist in the image.
- Exit with 0 or 1 only; \`curl -f\` fails on HTTP errors.
- Only the last HEALTHCHECK counts. Docker itself does not restart unhealthy containers; orchestrators act on the status.
`,
    `
设置一条在容器内执行、用来检查健康状态的命令；状态（\`starting\`、\`healthy\`、\`unhealthy\`）会显示在 \`docker ps\` 中。

\`\`\`dockerfile
HEALTHCHECK [选项] CMD <命令>     # 退出码 0：健康，1：不健康
HEALTHCHECK NONE                  # 禁用基础镜像中的健康检查
\`\`\`

\`\`\`dockerfile
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \\
  CMD curl -fsS http://localhost:8080/health || exit 1
\`\`\`

- 时间：容器启动 \`--interval\`（默认 30s）后执行第一次检查；单次检查超过 \`--timeout\`（30s）即失败；连续失败 \`--retries\`（3）次后容器变为不健康。\`--start-period\`（0s）期间的失败不计入。
- 命令在容器内执行：镜像里必须有 \`curl\` 或 \`wget\`。
- 只用 0 或 1 作为退出码；\`curl -f\` 在 HTTP 出错时返回失败。
- 只有最后一条 HEALTHCHECK 生效。Docker 本身不会重启不健康的容器，由编排工具根据状态处理。
`,
  ),

  SHELL: entry(
    'Sets the shell used by the shell form of the following instructions.',
    '设置后续指令 shell 形式所使用的 shell。',
    `
Replaces the default shell (\`["/bin/sh", "-c"]\` on Linux, \`["cmd", "/S", "/C"]\` on Windows) for the shell form of RUN, CMD and ENTRYPOINT that follow.

\`\`\`dockerfile
SHELL ["executable", "parameters"]
\`\`\`

\`\`\`dockerfile
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/install.sh | bash
\`\`\`

- Only the JSON form is accepted.
- On Windows, use it to switch to PowerShell: \`SHELL ["powershell", "-Command"]\`. Paths like \`C:\\dir\` read better with a backtick as escape character: see the \`escape\` directive.
- It applies to the instructions after it, in this stage, and can be changed again.
- \`bash -o pipefail -c\` makes a failing command in a pipe fail the RUN.
`,
    `
替换后续 RUN、CMD、ENTRYPOINT 的 shell 形式所用的默认 shell（Linux 上为 \`["/bin/sh", "-c"]\`，Windows 上为 \`["cmd", "/S", "/C"]\`）。

\`\`\`dockerfile
SHELL ["可执行文件", "参数"]
\`\`\`

\`\`\`dockerfile
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/install.sh | bash
\`\`\`

- 只接受 JSON 形式。
- 在 Windows 上可切换到 PowerShell：\`SHELL ["powershell", "-Command"]\`。\`C:\\dir\` 这类路径建议把转义字符改为反引号：参见 \`escape\` 解析器指令。
- 它作用于本阶段中其后的指令，可以再次修改。
- \`bash -o pipefail -c\` 能让管道中任一命令失败时 RUN 也失败。
`,
  ),
};
