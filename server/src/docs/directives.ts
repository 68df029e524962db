import { entry } from './instructions';
import { DocEntry } from './types';

/** The parser directives, by lower-case name. */
export const DIRECTIVES: Readonly<Record<string, DocEntry>> = {
  syntax: entry(
    'Chooses the Dockerfile frontend (syntax version) that builds this file.',
    '选择构建此文件所用的 Dockerfile 前端（语法版本）。',
    `
\`\`\`dockerfile
# syntax=docker/dockerfile:1
\`\`\`

Tells BuildKit which Dockerfile frontend image to use. \`docker/dockerfile:1\` always gets the latest 1.x release, so new features work without upgrading Docker.

- Must be at the very top: directives are only read before the first comment, blank line or instruction.
- Pin a version (\`docker/dockerfile:1.9\`) for reproducible builds; use \`docker/dockerfile:1-labs\` for experimental features such as \`RUN --device\`.
- Without it, the frontend built into your BuildKit is used.
`,
    `
\`\`\`dockerfile
# syntax=docker/dockerfile:1
\`\`\`

告诉 BuildKit 使用哪个 Dockerfile 前端镜像。\`docker/dockerfile:1\` 总会取最新的 1.x 版本，无需升级 Docker 就能用上新功能。

- 必须位于文件最顶部：只有在第一条注释、空行或指令之前才会读取解析器指令。
- 需要可复现的构建时请固定版本（\`docker/dockerfile:1.9\`）；实验性功能（如 \`RUN --device\`）请用 \`docker/dockerfile:1-labs\`。
- 不写时使用 BuildKit 内置的前端。
`,
  ),
  escape: entry(
    'Sets the escape character of the file: backslash (default) or backtick.',
    '设置文件的转义字符：反斜杠（默认）或反引号。',
    `
\`\`\`dockerfile
# escape=\\
# escape=\`
\`\`\`

Sets the character that escapes characters and continues lines. The default is \`\\\`.

\`\`\`dockerfile
# escape=\`
FROM mcr.microsoft.com/windows/servercore
COPY app.ps1 C:\\app\\
RUN powershell -Command \`
    Write-Host 'hello'
\`\`\`

- The backtick is meant for Windows, where \`\\\` separates paths.
- It does not change escaping inside the command that RUN hands to the shell.
- Must be at the very top of the file, before any comment, blank line or instruction.
`,
    `
\`\`\`dockerfile
# escape=\\
# escape=\`
\`\`\`

设置用于转义字符和续行的字符，默认为 \`\\\`。

\`\`\`dockerfile
# escape=\`
FROM mcr.microsoft.com/windows/servercore
COPY app.ps1 C:\\app\\
RUN powershell -Command \`
    Write-Host 'hello'
\`\`\`

- 反引号主要用于 Windows，因为那里 \`\\\` 是路径分隔符。
- 它不会改变 RUN 交给 shell 的命令内部的转义规则。
- 必须位于文件最顶部，在任何注释、空行或指令之前。
`,
  ),
  check: entry(
    'Configures BuildKit build checks: skip some, or turn warnings into errors.',
    '配置 BuildKit 构建检查：跳过部分检查，或把警告变为错误。',
    `
\`\`\`dockerfile
# check=skip=<checks|all>
# check=error=<boolean>
# check=skip=JSONArgsRecommended,StageNameCasing;error=true
\`\`\`

Controls the build checks BuildKit runs on this file (Dockerfile 1.8 and later).

- \`skip\`: a comma-separated list of check names to turn off, or \`all\`. Names are case-sensitive.
- \`error=true\`: a failing check fails the build instead of printing a warning.
- Combine both with \`;\`. \`docker build --build-arg BUILDKIT_DOCKERFILE_CHECK=...\` overrides the directive.
- Berth honours \`skip\` for the matching diagnostics.
`,
    `
\`\`\`dockerfile
# check=skip=<检查项|all>
# check=error=<布尔值>
# check=skip=JSONArgsRecommended,StageNameCasing;error=true
\`\`\`

控制 BuildKit 对此文件运行的构建检查（Dockerfile 1.8 及以上）。

- \`skip\`：要关闭的检查名称，以逗号分隔，或写 \`all\`。名称区分大小写。
- \`error=true\`：检查不通过时让构建失败，而不只是打印警告。
- 两者可用 \`;\` 组合。\`docker build --build-arg BUILDKIT_DOCKERFILE_CHECK=...\` 会覆盖该指令。
- Berth 会按 \`skip\` 跳过相应的诊断。
`,
  ),
};
