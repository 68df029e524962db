import { MarkupKind, ParameterInformation, SignatureHelp, SignatureInformation } from 'vscode-languageserver';
import { flagDoc, instructionDoc } from '../docs';
import { Locale } from '../locale';
import { DockerfileModel } from '../model/model';
import { DockerfileSyntax, Instruction, Position } from '../parser/syntax';
import { comparePositions, contains, instructionAt } from './locate';

/** A piece of a signature: plain text, or a parameter with the key the cursor logic selects it by. */
type Part = string | { key: string; text: string };

interface Form {
  parts: Part[];
  /** The exec (JSON) form of the instruction. */
  exec?: boolean;
}

const p = (key: string, text: string): Part => ({ key, text });
const flag = (name: string, value: string): Part => p(`--${name}`, `[--${name}=${value}]`);

const COMMAND_EXEC = p('command', '["<executable>", "<param>", ...]');
const RUN_FLAGS = [flag('mount', '<mount>'), ' ', flag('network', '<network>'), ' ', flag('security', '<security>'), ' '];
const CHOWN_CHMOD = [flag('chown', '<user>:<group>'), ' ', flag('chmod', '<perms>'), ' '];
const LINK = p('--link', '[--link[=<boolean>]]');
const SRC_DEST = [p('src', '<src>...'), ' ', p('dest', '<dest>')];
const PATHS_EXEC = p('src', '["<src>", ... "<dest>"]');
const HEALTHCHECK_FLAGS = [
  flag('interval', '<duration>'), ' ', flag('timeout', '<duration>'), ' ', flag('start-period', '<duration>'), ' ',
  flag('start-interval', '<duration>'), ' ', flag('retries', '<number>'), ' ',
];
const COPY_FLAGS = [flag('from', '<image|stage|context>'), ' ', ...CHOWN_CHMOD, LINK, ' ', p('--parents', '[--parents[=<boolean>]]'), ' ', flag('exclude', '<path>'), ' '];
const ADD_FLAGS = [
  ...CHOWN_CHMOD, LINK, ' ', flag('checksum', '<checksum>'), ' ', p('--keep-git-dir', '[--keep-git-dir[=<boolean>]]'), ' ',
  p('--unpack', '[--unpack[=<boolean>]]'), ' ', flag('exclude', '<path>'), ' ',
];

/** The forms of each instruction, after the Dockerfile reference. */
const FORMS: Record<string, Form[]> = {
  FROM: [{ parts: ['FROM ', flag('platform', '<platform>'), ' ', p('image', '<image>[:<tag>|@<digest>]'), ' ', p('name', '[AS <name>]')] }],
  RUN: [{ parts: ['RUN ', ...RUN_FLAGS, p('command', '<command>')] }, { parts: ['RUN ', ...RUN_FLAGS, COMMAND_EXEC], exec: true }],
  CMD: [
    { parts: ['CMD ', COMMAND_EXEC], exec: true },
    { parts: ['CMD ', p('command', '["<param>", ...]')], exec: true },
    { parts: ['CMD ', p('command', '<command>')] },
  ],
  ENTRYPOINT: [{ parts: ['ENTRYPOINT ', COMMAND_EXEC], exec: true }, { parts: ['ENTRYPOINT ', p('command', '<command>')] }],
  LABEL: [{ parts: ['LABEL ', p('first', '<key>=<value>'), ' ', p('more', '[<key>=<value>...]')] }],
  MAINTAINER: [{ parts: ['MAINTAINER ', p('first', '<name>')] }],
  EXPOSE: [{ parts: ['EXPOSE ', p('first', '<port>[/<protocol>]'), ' ', p('more', '[<port>[/<protocol>]...]')] }],
  ENV: [{ parts: ['ENV ', p('first', '<key>=<value>'), ' ', p('more', '[<key>=<value>...]')] }],
  ADD: [{ parts: ['ADD ', ...ADD_FLAGS, ...SRC_DEST] }, { parts: ['ADD ', ...ADD_FLAGS, PATHS_EXEC], exec: true }],
  COPY: [{ parts: ['COPY ', ...COPY_FLAGS, ...SRC_DEST] }, { parts: ['COPY ', ...COPY_FLAGS, PATHS_EXEC], exec: true }],
  VOLUME: [{ parts: ['VOLUME ', p('first', '["<path>", ...]')], exec: true }, { parts: ['VOLUME ', p('first', '<path>'), ' ', p('more', '[<path>...]')] }],
  USER: [{ parts: ['USER ', p('first', '<user>[:<group>]')] }],
  WORKDIR: [{ parts: ['WORKDIR ', p('first', '<path>')] }],
  ARG: [{ parts: ['ARG ', p('first', '<name>[=<default value>]'), ' ', p('more', '[<name>[=<default value>]...]')] }],
  ONBUILD: [{ parts: ['ONBUILD ', p('first', '<INSTRUCTION>')] }],
  STOPSIGNAL: [{ parts: ['STOPSIGNAL ', p('first', '<signal>')] }],
  HEALTHCHECK: [{ parts: ['HEALTHCHECK ', ...HEALTHCHECK_FLAGS, p('cmd', 'CMD <command>')] }, { parts: ['HEALTHCHECK ', p('none', 'NONE')] }],
  SHELL: [{ parts: ['SHELL ', p('first', '["<executable>", "<parameters>"]')], exec: true }],
};

/** The words inside `<...>` in Chinese; keywords, flags and punctuation stay as written. */
const ZH: Record<string, string> = {
  platform: '平台', image: '镜像', tag: '标签', digest: '摘要', name: '名称', mount: '挂载', network: '网络', security: '安全模式',
  command: '命令', executable: '可执行文件', param: '参数', parameters: '参数', key: '键', value: '值', port: '端口', protocol: '协议',
  user: '用户', group: '组', perms: '权限', boolean: '布尔值', checksum: '校验和', path: '路径', src: '源', dest: '目标',
  'default value': '默认值', signal: '信号', duration: '时长', number: '次数', 'image|stage|context': '镜像|阶段|上下文', INSTRUCTION: '指令',
};

function localizeText(text: string, locale: Locale): string {
  return locale === 'zh-cn' ? text.replace(/<([^<>]+)>/g, (whole, word: string) => (ZH[word] ? `<${ZH[word]}>` : whole)) : text;
}

/**
 * Signature help for the instruction under the cursor: its forms (shell and exec where both
 * exist), the one in use active, and the parameter the cursor is on.
 */
export function signatureHelp(syntax: DockerfileSyntax, _model: DockerfileModel, position: Position, locale: Locale = 'en'): SignatureHelp | undefined {
  let instruction = instructionAt(syntax, position);
  if (!instruction || comparePositions(position, instruction.keywordRange.end) < 0) return undefined;
  const heredoc = instruction.heredocs[0];
  if (heredoc && position.line >= heredoc.range.start.line) return undefined;
  if (instruction.inner && comparePositions(position, instruction.inner.keywordRange.end) > 0) instruction = instruction.inner;
  const forms = FORMS[instruction.name];
  if (!forms) return undefined;

  const exec = instruction.rest.text.startsWith('[') && comparePositions(position, instruction.rest.range.start) >= 0;
  const healthcheckNone = instruction.name === 'HEALTHCHECK' && instruction.words[0]?.text.toUpperCase() === 'NONE';
  let activeSignature = forms.findIndex((f) => (f.exec ?? false) === exec);
  if (healthcheckNone) activeSignature = 1;
  if (activeSignature < 0) activeSignature = 0;
  const key = activeKey(instruction, position, exec, forms[activeSignature]);

  const doc = instructionDoc(instruction.name, locale)?.summary;
  const signatures = forms.map((form) => signature(instruction.name, form, locale, doc));
  const active = signatures[activeSignature];
  const index = key === undefined ? -1 : keysOf(forms[activeSignature]).indexOf(key);
  return { signatures, activeSignature, activeParameter: index >= 0 ? index : active.parameters?.length ? null : undefined };
}

function keysOf(form: Form): string[] {
  return form.parts.filter((part): part is { key: string; text: string } => typeof part !== 'string').map((part) => part.key);
}

function signature(instruction: string, form: Form, locale: Locale, doc: string | undefined): SignatureInformation {
  let label = '';
  const parameters: ParameterInformation[] = [];
  for (const part of form.parts) {
    if (typeof part === 'string') {
      label += part;
      continue;
    }
    const text = localizeText(part.text, locale);
    const parameter: ParameterInformation = { label: [label.length, label.length + text.length] };
    const flagSummary = part.key.startsWith('--') ? flagDoc(instruction, part.key.slice(2), locale)?.summary : undefined;
    if (flagSummary) parameter.documentation = flagSummary;
    parameters.push(parameter);
    label += text;
  }
  const information: SignatureInformation = { label, parameters };
  if (doc) information.documentation = { kind: MarkupKind.Markdown, value: doc };
  return information;
}

/** The key of the parameter at the cursor: a flag's, or the positional one the word index gives. */
function activeKey(instruction: Instruction, position: Position, exec: boolean, form: Form): string | undefined {
  const keys = keysOf(form);
  const flags = instruction.flags;
  if (flags.length > 0 && comparePositions(position, flags[flags.length - 1].range.end) <= 0) {
    const flag = flags.find((f) => contains(f.range, position));
    if (!flag) return undefined;
    return keys.find((k) => k === `--${flag.name}`) ?? keys.find((k) => k.startsWith(`--${flag.name}`));
  }
  const positional = keys.filter((k) => !k.startsWith('--'));
  if (exec) return positional[0];
  const words = instruction.words;
  let index = words.findIndex((w) => comparePositions(position, w.range.end) <= 0);
  if (index < 0) index = words.length;
  switch (instruction.name) {
    case 'FROM':
      return index === 0 ? 'image' : 'name';
    case 'COPY':
    case 'ADD': {
      const inWord = index < words.length && contains(words[index].range, position);
      const count = inWord ? words.length : words.length + 1;
      return index >= 1 && index >= count - 1 ? 'dest' : 'src';
    }
    case 'HEALTHCHECK':
      return positional[0];
    default:
      return index === 0 || positional.length === 1 ? positional[0] : positional[1];
  }
}
