import { Hover, MarkupKind } from 'vscode-languageserver';
import { buildArgDoc, directiveDoc, Doc, flagDoc, flagValueDoc, instructionDoc } from '../docs';
import { Locale } from '../locale';
import { DockerfileModel, isPredefinedArg, Stage, VariableDecl } from '../model/model';
import { lastGlobal, lookupVariable } from '../model/scope';
import { keyValues } from '../parser/keyValues';
import { DockerfileSyntax, Flag, Instruction, Position, Range, VariableRef } from '../parser/syntax';
import { csvFields } from '../rules/flags/invalidMountFlag';
import { comparePositions, contains, instructionAt } from './locate';

/** What the local Docker engine knows about an image, by reference as written in FROM. */
export type ImageInfoLookup = (reference: string) => { id: string; size: number; created: string; tags: string[] } | undefined;

type Say = (en: string, zh: string) => string;

/**
 * The hover at `position`: documentation of the keyword, flag, flag value, parser directive or
 * predefined build arg under the cursor; where a variable is defined and its value there; the
 * FROM line of a stage a name refers to; what the local engine knows about a FROM image.
 */
export function hover(syntax: DockerfileSyntax, model: DockerfileModel, position: Position, locale: Locale, images?: ImageInfoLookup): Hover | undefined {
  const say: Say = (en, zh) => (locale === 'zh-cn' ? zh : en);
  const directives = syntax.directives;
  if (directives.length > 0 && position.line <= directives[directives.length - 1].range.end.line) {
    const directive = directives.find((d) => d.range.start.line === position.line);
    if (!directive) return undefined;
    const range = contains(directive.nameRange, position) ? directive.nameRange : contains(directive.valueRange, position) ? directive.valueRange : undefined;
    return range ? docHover(directiveDoc(directive.name, locale), range) : undefined;
  }

  const outer = instructionAt(syntax, position);
  if (!outer) return undefined;
  if (contains(outer.keywordRange, position)) return docHover(instructionDoc(outer.name, locale), outer.keywordRange);
  const inner = outer.inner && comparePositions(position, outer.inner.keywordRange.start) >= 0 ? outer.inner : undefined;
  const target = inner ?? outer;
  if (inner && contains(inner.keywordRange, position)) return docHover(instructionDoc(inner.name, locale), inner.keywordRange);

  for (const variable of target.variables) {
    if (contains(variable.range, position)) return variableHover(model, outer, variable, !!inner, locale, say);
  }

  for (const flag of target.flags) {
    const nameRange = { start: flag.range.start, end: flag.nameRange.end };
    if (contains(nameRange, position)) return docHover(flagDoc(target.name, flag.name, locale), nameRange);
    if (flag.valueRange && flag.value !== undefined && contains(flag.valueRange, position)) {
      return flagValueHover(model, outer, target, flag, position, locale, say, images);
    }
  }

  if (target.name === 'FROM' && !inner) {
    const stage = model.stageOf(outer);
    if (stage?.nameRange && contains(stage.nameRange, position)) return markdown(stageText(stage, say), stage.nameRange);
    if (stage?.baseRange && contains(stage.baseRange, position)) return baseHover(model, outer, stage, say, images);
    return undefined;
  }

  if (target.name === 'ARG') {
    for (const pair of keyValues(target).pairs) {
      if (contains(pair.keyRange, position)) return argHover(model, outer, pair.key, pair.value, pair.keyRange, locale, say);
    }
    return undefined;
  }

  if (target.name === 'ENV') {
    for (const pair of keyValues(target).pairs) {
      if (!contains(pair.keyRange, position)) continue;
      const value = pair.value !== undefined ? ` = \`${pair.value}\`` : '';
      const note = say(
        'Stays in the image: every container started from it, and every stage built FROM this one, sees it.',
        '会保留在镜像中：从该镜像启动的每个容器，以及以本阶段为基础的每个阶段，都能看到它。',
      );
      return markdown(`**ENV \`${pair.key}\`**${value}\n\n${note}`, pair.keyRange);
    }
    return undefined;
  }

  if (target.name === 'HEALTHCHECK') {
    const word = target.words[0];
    if (word && contains(word.range, position)) return docHover(flagValueDoc('HEALTHCHECK', '', word.text.toUpperCase(), locale), word.range);
  }
  return undefined;
}

function markdown(value: string, range: Range): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}

function docHover(doc: Doc | undefined, range: Range): Hover | undefined {
  return doc ? markdown(doc.markdown, range) : undefined;
}

// --- Variables ----------------------------------------------------------------------------------

const MODIFIERS: Record<string, [string, string]> = {
  ':-': ['`${NAME:-word}`: `word` when NAME is unset or empty.', '`${NAME:-word}`：NAME 未设置或为空时取 `word`。'],
  '-': ['`${NAME-word}`: `word` when NAME is unset.', '`${NAME-word}`：NAME 未设置时取 `word`。'],
  ':+': ['`${NAME:+word}`: `word` when NAME is set and not empty, else empty.', '`${NAME:+word}`：NAME 已设置且非空时取 `word`，否则为空。'],
  '+': ['`${NAME+word}`: `word` when NAME is set, else empty.', '`${NAME+word}`：NAME 已设置时取 `word`，否则为空。'],
  ':?': ['`${NAME:?message}`: the build fails with `message` when NAME is unset or empty.', '`${NAME:?message}`：NAME 未设置或为空时构建失败并显示 `message`。'],
  '?': ['`${NAME?message}`: the build fails with `message` when NAME is unset.', '`${NAME?message}`：NAME 未设置时构建失败并显示 `message`。'],
  '#': ['`${NAME#pattern}`: removes the shortest match of `pattern` from the start.', '`${NAME#pattern}`：从开头删除与 `pattern` 匹配的最短部分。'],
  '##': ['`${NAME##pattern}`: removes the longest match of `pattern` from the start.', '`${NAME##pattern}`：从开头删除与 `pattern` 匹配的最长部分。'],
  '%': ['`${NAME%pattern}`: removes the shortest match of `pattern` from the end.', '`${NAME%pattern}`：从末尾删除与 `pattern` 匹配的最短部分。'],
  '%%': ['`${NAME%%pattern}`: removes the longest match of `pattern` from the end.', '`${NAME%%pattern}`：从末尾删除与 `pattern` 匹配的最长部分。'],
  '/': ['`${NAME/pattern/replacement}`: replaces the first match of `pattern`.', '`${NAME/pattern/replacement}`：替换第一个与 `pattern` 匹配的部分。'],
  '//': ['`${NAME//pattern/replacement}`: replaces every match of `pattern`.', '`${NAME//pattern/replacement}`：替换所有与 `pattern` 匹配的部分。'],
};

function variableHover(model: DockerfileModel, instruction: Instruction, variable: VariableRef, inOnbuild: boolean, locale: Locale, say: Say): Hover {
  const name = variable.name;
  const parts: string[] = [`**\`$${name}\`**`];
  if (inOnbuild) {
    parts.push(say('In ONBUILD, variables are expanded later, in the build that uses this image as its base.', '在 ONBUILD 中，变量会在以本镜像为基础镜像的构建中才展开。'));
  } else {
    const resolved = lookupVariable(model, instruction, name);
    if (resolved?.declaration) {
      parts.push(declarationText(model, instruction, resolved.declaration, say));
      if (resolved.globalDefault) {
        parts.push(say(`Takes the default of the global \`ARG\` on line ${line(resolved.globalDefault)}.`, `取第 ${line(resolved.globalDefault)} 行全局 \`ARG\` 的默认值。`));
      }
      parts.push(
        resolved.value !== undefined
          ? say(`Value here: \`${resolved.value}\``, `此处的值：\`${resolved.value}\``)
          : isPlatformArg(name)
            ? say('Value here: set by BuildKit for each build.', '此处的值：由 BuildKit 在每次构建时自动设置。')
            : say(`No value here unless the build sets one: \`docker build --build-arg ${name}=...\``, `此处没有值，除非构建时指定：\`docker build --build-arg ${name}=...\``),
      );
      const predefined = isPredefinedArg(name) ? buildArgDoc(name, locale) : undefined;
      if (predefined) parts.push(say(`Predefined by BuildKit: ${predefined.summary}`, `由 BuildKit 预定义：${predefined.summary}`));
    } else if (resolved) {
      const doc = buildArgDoc(name, locale);
      parts.push(doc ? doc.markdown : say('Predefined by BuildKit.', '由 BuildKit 预定义。'));
    } else {
      parts.push(say('Not defined in this Dockerfile at this point.', '此处在本 Dockerfile 中未定义。'));
      const stage = model.stageOf(instruction);
      const global = stage && stage.from !== instruction ? lastGlobal(model, name) : undefined;
      if (global) {
        parts.push(
          say(
            `A global \`ARG ${name}\` exists (line ${line(global)}), but a stage only sees it after \`ARG ${name}\` in that stage.`,
            `存在全局的 \`ARG ${name}\`（第 ${line(global)} 行），但阶段内需要先声明 \`ARG ${name}\` 才能看到它。`,
          ),
        );
      } else if (isPredefinedArg(name)) {
        const doc = buildArgDoc(name, locale);
        parts.push(
          say(`It is predefined by BuildKit: declare \`ARG ${name}\` in this stage to use it.`, `它由 BuildKit 预定义：请先在本阶段声明 \`ARG ${name}\` 再使用。`) +
            (doc ? `\n\n${doc.summary}` : ''),
        );
      } else {
        parts.push(
          say(
            "It may come from the base image's environment; otherwise it expands to an empty string (a RUN command's shell may also set it).",
            '它可能来自基础镜像的环境变量；否则会展开为空字符串（RUN 命令的 shell 也可能设置它）。',
          ),
        );
      }
    }
  }
  const modifier = variable.modifier ? MODIFIERS[variable.modifier] : undefined;
  if (modifier) parts.push(say(modifier[0], modifier[1]));
  return markdown(parts.join('\n\n'), variable.range);
}

function declarationText(model: DockerfileModel, instruction: Instruction, decl: VariableDecl, say: Say): string {
  const keyword = decl.kind === 'arg' ? 'ARG' : 'ENV';
  const code = `\`\`\`dockerfile\n${keyword} ${decl.name}${decl.value !== undefined ? `=${decl.value}` : ''}\n\`\`\``;
  const kind = decl.kind === 'arg' ? say('Build argument', '构建参数') : say('Environment variable', '环境变量');
  const declStage = model.stageOf(decl.instruction);
  const here = model.stageOf(instruction);
  let where: string;
  if (!declStage) where = say(`declared on line ${line(decl)}, in the global scope`, `在第 ${line(decl)} 行声明，位于全局作用域`);
  else if (declStage === here) where = say(`declared on line ${line(decl)}${stageLabel(declStage, ' in stage ')}`, `在第 ${line(decl)} 行声明${stageLabel(declStage, '，位于阶段 ')}`);
  else where = say(`inherited from stage ${stageName(declStage)}, line ${line(decl)}`, `继承自阶段 ${stageName(declStage)}，第 ${line(decl)} 行`);
  return `${kind}${say(', ', '，')}${where}${say(':', '：')}\n\n${code}`;
}

/** The platform args, which BuildKit always sets (the proxy and BUILDKIT_* args only when given). */
function isPlatformArg(name: string): boolean {
  return isPredefinedArg(name) && /^(TARGET|BUILD)(PLATFORM|OS|ARCH|VARIANT)$/.test(name);
}


function argHover(model: DockerfileModel, instruction: Instruction, name: string, value: string | undefined, range: Range, locale: Locale, say: Say): Hover | undefined {
  const parts: string[] = [`**ARG \`${name}\`**`];
  const doc = isPredefinedArg(name) ? buildArgDoc(name, locale) : undefined;
  if (doc) parts.push(doc.markdown);
  const stage = model.stageOf(instruction);
  if (value !== undefined) {
    parts.push(say(`Default: \`${value}\`; \`docker build --build-arg ${name}=...\` overrides it.`, `默认值：\`${value}\`；可用 \`docker build --build-arg ${name}=...\` 覆盖。`));
  } else if (stage) {
    const global = lastGlobal(model, name);
    if (global) {
      parts.push(
        global.value !== undefined
          ? say(`Takes the default of the global \`ARG\` on line ${line(global)}: \`${global.value}\`.`, `取第 ${line(global)} 行全局 \`ARG\` 的默认值：\`${global.value}\`。`)
          : say(`Makes the global \`ARG\` of line ${line(global)} visible in this stage.`, `使第 ${line(global)} 行的全局 \`ARG\` 在本阶段可见。`),
      );
    } else if (!doc) {
      parts.push(say(`No default: it is empty unless the build sets \`--build-arg ${name}=...\`.`, `没有默认值：除非构建时指定 \`--build-arg ${name}=...\`，否则为空。`));
    }
  } else if (!doc) {
    parts.push(say(`No default: it is empty unless the build sets \`--build-arg ${name}=...\`.`, `没有默认值：除非构建时指定 \`--build-arg ${name}=...\`，否则为空。`));
  }
  if (!stage) parts.push(say('Global: usable in FROM lines; a stage must declare `ARG ' + name + '` again to see it.', `全局参数：可用于 FROM 行；阶段内需再次声明 \`ARG ${name}\` 才能看到它。`));
  return markdown(parts.join('\n\n'), range);
}

// --- Flags --------------------------------------------------------------------------------------

function flagValueHover(
  model: DockerfileModel,
  outer: Instruction,
  target: Instruction,
  flag: Flag,
  position: Position,
  locale: Locale,
  say: Say,
  images: ImageInfoLookup | undefined,
): Hover | undefined {
  const value = flag.value ?? '';
  const valueRange = flag.valueRange as Range;
  if (target.name === 'RUN' && flag.name === 'mount') return mountHover(model, outer, flag, position, locale, say, images) ?? docHover(flagDoc('RUN', 'mount', locale), valueRange);
  if ((target.name === 'COPY' || target.name === 'ADD') && flag.name === 'from') return referenceHover(model, outer, value, valueRange, say, images);
  const valueDoc = flagValueDoc(target.name, flag.name, value, locale) ?? flagValueDoc(target.name, flag.name, value.toLowerCase(), locale);
  if (valueDoc) return markdown(`**\`--${flag.name}=${value}\`**\n\n${valueDoc.markdown}`, valueRange);
  return docHover(flagDoc(target.name, flag.name, locale), valueRange);
}

/** The key or value of the `--mount` field under the cursor, when the value maps 1:1 to the text. */
function mountHover(
  model: DockerfileModel,
  outer: Instruction,
  flag: Flag,
  position: Position,
  locale: Locale,
  say: Say,
  images: ImageInfoLookup | undefined,
): Hover | undefined {
  const value = flag.value ?? '';
  const whole = flag.valueRange as Range;
  if (whole.start.line !== whole.end.line || whole.end.character - whole.start.character !== value.length) return undefined;
  const fields = csvFields(value);
  if (!fields) return undefined;
  const offset = position.character - whole.start.character;
  const field = fields.find((f) => f.start <= offset && offset <= f.end);
  if (!field) return undefined;
  const at = (start: number, end: number): Range => ({ start: { line: whole.start.line, character: whole.start.character + start }, end: { line: whole.start.line, character: whole.start.character + end } });
  const equals = field.text.indexOf('=');
  const key = (equals < 0 ? field.text : field.text.slice(0, equals)).toLowerCase();
  const keyDoc = flagValueDoc('RUN', 'mount', key, locale);
  if (field.quoted) return docHover(keyDoc, at(field.start, field.end));
  const keyEnd = field.start + (equals < 0 ? field.text.length : equals);
  if (offset <= keyEnd) return docHover(keyDoc, at(field.start, keyEnd));
  const fieldValue = field.text.slice(equals + 1);
  const range = at(keyEnd + 1, field.end);
  if (key === 'from') return referenceHover(model, outer, fieldValue, range, say, images);
  if (key === 'type' || key === 'sharing') return docHover(flagValueDoc('RUN', 'mount', `${key}=${fieldValue.toLowerCase()}`, locale) ?? keyDoc, range);
  return docHover(keyDoc, range);
}

// --- Stages and images --------------------------------------------------------------------------

function line(decl: { instruction: Instruction } | Stage): number {
  return ('from' in decl ? decl.from : decl.instruction).range.start.line + 1;
}

function stageName(stage: Stage): string {
  return stage.name ? `\`${stage.name}\`` : `#${stage.index}`;
}

function stageLabel(stage: Stage, prefix: string): string {
  return stage.name ? `${prefix}\`${stage.name}\`` : `${prefix}#${stage.index}`;
}

function stageText(stage: Stage, say: Say): string {
  const title = stage.name
    ? say(`**Stage \`${stage.name}\`** (index ${stage.index}), line ${line(stage)}`, `**阶段 \`${stage.name}\`**（序号 ${stage.index}），第 ${line(stage)} 行`)
    : say(`**Stage ${stage.index}**, line ${line(stage)}`, `**阶段 ${stage.index}**，第 ${line(stage)} 行`);
  return `${title}\n\n\`\`\`dockerfile\n${stage.from.keyword} ${stage.from.args}\n\`\`\``;
}

/** A stage defined before `instruction` that `reference` names, as COPY --from and mounts accept. */
function earlierStage(model: DockerfileModel, instruction: Instruction, reference: string, byIndex: boolean): Stage | undefined {
  const stage = model.findStage(reference);
  if (!stage) return undefined;
  if (!byIndex && stage.name?.toLowerCase() !== reference.toLowerCase()) return undefined;
  const current = model.stageOf(instruction);
  return !current || stage.index < current.index ? stage : undefined;
}

function referenceHover(model: DockerfileModel, instruction: Instruction, reference: string, range: Range, say: Say, images: ImageInfoLookup | undefined): Hover | undefined {
  const stage = earlierStage(model, instruction, reference, true);
  if (stage) return markdown(stageText(stage, say), range);
  if (reference === '' || reference.includes('$')) return undefined;
  return markdown(imageText(reference, say, images), range);
}

function baseHover(model: DockerfileModel, from: Instruction, stage: Stage, say: Say, images: ImageInfoLookup | undefined): Hover | undefined {
  const range = stage.baseRange as Range;
  const parent = earlierStage(model, from, stage.base, false);
  if (parent) return markdown(stageText(parent, say), range);
  const reference = expand(model, from, stage.base);
  if (reference === undefined || reference === '') return undefined;
  if (reference.toLowerCase() === 'scratch') {
    return markdown(say('**scratch**: the empty image. The stage starts with no files at all.', '**scratch**：空镜像。该阶段从一个没有任何文件的状态开始。'), range);
  }
  return markdown(imageText(reference, say, images), range);
}

/** The base with its `$NAME` / `${NAME}` / `${NAME:-default}` replaced by their values, if known. */
function expand(model: DockerfileModel, from: Instruction, text: string): string | undefined {
  if (!text.includes('$')) return text;
  let unknown = false;
  const result = text.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (match, braced: string | undefined, fallback: string | undefined, bare: string | undefined) => {
    const value = lookupVariable(model, from, (braced ?? bare) as string)?.value;
    if (value !== undefined && value !== '') return value;
    if (fallback !== undefined) return fallback;
    unknown = true;
    return match;
  });
  return unknown || result.includes('$') ? undefined : result;
}

function imageText(reference: string, say: Say, images: ImageInfoLookup | undefined): string {
  const parts = [say(`**Image \`${reference}\`**`, `**镜像 \`${reference}\`**`)];
  const lastSegment = reference.slice(reference.lastIndexOf('/') + 1);
  const untagged = !lastSegment.includes(':') && !reference.includes('@');
  const info = images?.(reference) ?? (untagged ? images?.(`${reference}:latest`) : undefined);
  if (info) {
    const rows = [
      `| ${say('ID', 'ID')} | \`${shortId(info.id)}\` |`,
      `| ${say('Size', '大小')} | ${formatSize(info.size)} |`,
      `| ${say('Created', '创建时间')} | ${formatDate(info.created)} |`,
    ];
    if (info.tags.length > 0) rows.push(`| ${say('Tags', '标签')} | ${info.tags.map((t) => `\`${t}\``).join(', ')} |`);
    parts.push(`${say('On the local Docker engine:', '本地 Docker 引擎中的信息：')}\n\n| | |\n|---|---|\n${rows.join('\n')}`);
  } else if (images) {
    parts.push(say('Not on the local Docker engine: the build pulls it.', '本地 Docker 引擎中没有该镜像：构建时会拉取。'));
  }
  if (untagged) parts.push(say('No tag: Docker uses `latest`, which changes over time. Pin a tag or a digest.', '没有标签：Docker 会使用 `latest`，它会随时间变化。请固定标签或摘要。'));
  return parts.join('\n\n');
}

function shortId(id: string): string {
  const hex = id.startsWith('sha256:') ? id.slice(7) : id;
  return hex.slice(0, 12);
}

function formatSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let size = bytes;
  let unit = 0;
  while (size >= 1000 && unit < units.length - 1) {
    size /= 1000;
    unit++;
  }
  return `${unit === 0 ? size : size.toFixed(size < 10 ? 2 : size < 100 ? 1 : 0)} ${units[unit]}`;
}

function formatDate(created: string): string {
  const date = new Date(created);
  return Number.isNaN(date.getTime()) ? created : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
