import assert from 'node:assert/strict';
import { CompletionItem, CompletionItemTag, InsertTextFormat, TextEdit } from 'vscode-languageserver';
import { flagDoc, instructionDoc } from '../../../../server/src/docs';
import { completion, resolveCompletion } from '../../../../server/src/features/completion';
import { Locale } from '../../../../server/src/locale';
import { buildModel } from '../../../../server/src/model/model';
import { parseDockerfile } from '../../../../server/src/parser/parser';

/** Completion at the `|` in `text`. */
function complete(textWithCursor: string, images: readonly string[] = [], locale: Locale = 'en'): CompletionItem[] {
  const offset = textWithCursor.indexOf('|');
  assert.ok(offset >= 0, 'no cursor in the test text');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const before = text.slice(0, offset).split('\n');
  const position = { line: before.length - 1, character: before[before.length - 1].length };
  const syntax = parseDockerfile(text);
  return completion(syntax, buildModel(syntax), position, locale, images);
}

const labels = (items: CompletionItem[]) => items.map((i) => i.label);
const edit = (item: CompletionItem | undefined) => item?.textEdit as TextEdit | undefined;
/** The edit as 'line:start-end newText'. */
const editText = (item: CompletionItem | undefined) => {
  const e = edit(item);
  return e && `${e.range.start.line}:${e.range.start.character}-${e.range.end.character} ${e.newText}`;
};
const find = (items: CompletionItem[], label: string) => items.find((i) => i.label === label);
/** The sort order the editor shows when nothing is typed. */
const sorted = (items: CompletionItem[]) => labels([...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')));

describe('completion', () => {
  describe('instructions', () => {
    it('offers only ARG and FROM before the first FROM', () => {
      const items = complete('|');
      assert.deepEqual([...new Set(items.filter((i) => !i.label.startsWith('#')).map((i) => i.label.split(' ')[0]))], ['FROM', 'ARG']);
      assert.deepEqual(labels(complete('ARG A=1\n|\nFROM a')).filter((l) => !l.includes(' ')), ['FROM', 'ARG']);
    });

    it('offers every instruction after the first FROM, with snippets for their forms', () => {
      const items = complete('FROM alpine\n|');
      const keywords = labels(items).filter((l) => !l.includes(' '));
      assert.deepEqual(keywords, [
        'FROM', 'RUN', 'COPY', 'WORKDIR', 'ENV', 'ARG', 'EXPOSE', 'CMD', 'ENTRYPOINT', 'USER', 'LABEL', 'ADD',
        'VOLUME', 'HEALTHCHECK', 'SHELL', 'STOPSIGNAL', 'ONBUILD', 'MAINTAINER',
      ]);
      assert.equal(editText(find(items, 'RUN')), '1:0-0 RUN ');
      assert.equal(editText(find(items, 'RUN command')), '1:0-0 RUN ${1:command}');
      assert.equal(editText(find(items, 'RUN ["executable", "param"]')), '1:0-0 RUN ["${1:executable}", "${2:param}"]');
      assert.equal(editText(find(items, 'RUN <<EOF')), '1:0-0 RUN <<${1:EOF}\n${2:command}\n${1:EOF}');
      assert.equal(editText(find(items, 'CMD ["executable", "param"]')), '1:0-0 CMD ["${1:executable}", "${2:param}"]');
      assert.equal(editText(find(items, 'CMD command')), '1:0-0 CMD ${1:command}');
      assert.equal(editText(find(items, 'ENTRYPOINT ["executable", "param"]')), '1:0-0 ENTRYPOINT ["${1:executable}", "${2:param}"]');
      assert.equal(editText(find(items, 'COPY <<EOF dest')), '1:0-0 COPY <<${1:EOF} ${2:dest}\n${3:content}\n${1:EOF}');
      assert.equal(editText(find(items, 'FROM image AS name')), '1:0-0 FROM ${1:image} AS ${2:name}');
      assert.equal(
        editText(find(items, 'HEALTHCHECK --interval=30s CMD command')),
        '1:0-0 HEALTHCHECK --interval=${1:30s} --timeout=${2:30s} --start-period=${3:0s} --retries=${4:3} CMD ${5:command}',
      );
      assert.equal(find(items, 'RUN command')?.insertTextFormat, InsertTextFormat.Snippet);
      assert.equal(find(items, 'RUN command')?.filterText, 'RUN');
      assert.deepEqual(find(items, 'MAINTAINER')?.tags, [CompletionItemTag.Deprecated]);
      assert.deepEqual(find(items, 'FROM')?.command?.command, 'editor.action.triggerSuggest');
      assert.deepEqual(sorted(items).slice(0, 5), ['FROM', 'FROM image', 'FROM image AS name', 'FROM --platform=$BUILDPLATFORM image AS name', 'RUN']);
    });

    it('replaces the partial keyword, in the casing of the file', () => {
      const items = complete('from alpine\nrun make\nco|');
      assert.equal(editText(find(items, 'copy')), '2:0-2 copy ');
      assert.equal(editText(find(items, 'from image as name')), '2:0-2 from ${1:image} as ${2:name}');
      assert.equal(find(items, 'COPY'), undefined);
      assert.ok(find(complete('FROM alpine\nrun make\nRUN x\nco|'), 'COPY'), 'a tie keeps upper case');
      assert.ok(find(complete('ru|'), 'arg'), 'with nothing else, the typed casing');
    });

    it('replaces only the keyword when the line has arguments already', () => {
      const items = complete('FROM a\nRU| make');
      assert.equal(editText(find(items, 'RUN')), '1:0-2 RUN');
      assert.equal(find(items, 'RUN command'), undefined);
      assert.equal(editText(find(complete('FROM a\nR|U make'), 'RUN')), '1:0-2 RUN', 'the whole word under the cursor');
    });

    it('offers after ONBUILD the instructions it can carry', () => {
      const items = complete('FROM a\nONBUILD |');
      assert.equal(editText(find(items, 'RUN')), '1:8-8 RUN ');
      for (const forbidden of ['FROM', 'ONBUILD', 'MAINTAINER']) assert.equal(find(items, forbidden), undefined, forbidden);
      assert.equal(editText(find(complete('FROM a\nONBUILD CO|'), 'COPY')), '1:8-10 COPY ');
    });

    it('offers no instruction inside a heredoc body, a comment or the arguments', () => {
      assert.deepEqual(complete('FROM a\nRUN <<EOF\n|\nEOF\n'), []);
      assert.deepEqual(complete('FROM a\nRUN <<EOF\nec|\nEOF\n'), []);
      assert.deepEqual(complete('FROM a\nCOPY <<EOF /x\n|'), [], 'an unterminated heredoc runs to the end');
      assert.deepEqual(complete('FROM a\n# |'), []);
      assert.deepEqual(complete('FROM a\n#|'), []);
      assert.deepEqual(complete('FROM a\nRUN make \\\n  # |\n  install'), []);
      assert.deepEqual(complete('FROM a\nRUN make |'), []);
      assert.deepEqual(complete('FROM a\nRUN make \\\n  |'), [], 'a continuation line belongs to RUN');
    });

    it('finds instructions again after a heredoc ends', () => {
      assert.ok(find(complete('FROM a\nRUN <<EOF\nx\nEOF\n|'), 'COPY'));
    });
  });

  describe('parser directives', () => {
    it('offers directive names after # at the top of the file', () => {
      const items = complete('# |');
      assert.deepEqual(labels(items), ['syntax', 'escape', 'check']);
      assert.equal(editText(items[0]), '0:2-2 syntax=');
      assert.equal(editText(find(complete('#sy|'), 'syntax')), '0:1-3 syntax=');
      assert.deepEqual(labels(complete('# syntax=docker/dockerfile:1\n# |')), ['escape', 'check'], 'not twice');
    });

    it('offers directive lines on an empty first line', () => {
      const items = complete('|\nFROM a');
      assert.equal(editText(find(items, '# syntax=docker/dockerfile:1')), '0:0-0 # syntax=${1:docker/dockerfile:1}');
      assert.ok(find(items, '# check=skip='));
    });

    it('offers values for syntax and escape', () => {
      assert.deepEqual(labels(complete('# syntax=|')), ['docker/dockerfile:1', 'docker/dockerfile:1-labs']);
      assert.equal(editText(complete('# syntax=docker/d|')[0]), '0:9-17 docker/dockerfile:1');
      assert.deepEqual(labels(complete('# escape=|')), ['\\', '`']);
    });

    it('offers check keys, build-check ids and booleans', () => {
      assert.deepEqual(labels(complete('# check=|')), ['skip=', 'error=']);
      assert.deepEqual(labels(complete('# check=skip=A;|')), ['error=']);
      assert.equal(editText(complete('# check=skip=A; e|')[0]), '0:16-17 error=');
      const ids = complete('# check=skip=Json|');
      assert.equal(ids[0].label, 'all');
      assert.equal(editText(find(ids, 'JSONArgsRecommended')), '0:13-17 JSONArgsRecommended');
      assert.ok(find(ids, 'StageNameCasing') && find(ids, 'UndefinedVar'));
      assert.equal(find(ids, 'InvalidMountFlag'), undefined, 'errors are not build checks');
      assert.equal(find(ids, 'AptGetUpdateAlone'), undefined, 'practices are not build checks');
      const more = complete('# check=skip=JSONArgsRecommended,|');
      assert.equal(find(more, 'JSONArgsRecommended'), undefined, 'not listed twice');
      assert.equal(find(more, 'all'), undefined);
      assert.equal(editText(find(more, 'UndefinedVar')), '0:33-33 UndefinedVar');
      assert.deepEqual(labels(complete('# check=error=|')), ['true', 'false']);
    });

    it('offers no directive after the first instruction, comment or empty line', () => {
      assert.deepEqual(complete('FROM a\n# |'), []);
      assert.deepEqual(complete('# hello\n# |'), []);
      assert.deepEqual(complete('# syntax=docker/dockerfile:1\n\n# |'), []);
      assert.equal(labels(complete('FROM a\n|')).filter((l) => l.startsWith('#')).length, 0);
    });
  });

  describe('flags', () => {
    it('offers the flags of the instruction, replacing the partial flag', () => {
      const items = complete('FROM a\nRUN --mo|');
      assert.deepEqual(labels(items), ['--mount', '--network', '--security', '--device']);
      assert.equal(editText(items[0]), '1:4-8 --mount=');
      assert.equal(items[0].command?.command, 'editor.action.triggerSuggest');
      assert.deepEqual(labels(complete('FROM a\nCOPY |')), ['--from', '--chown', '--chmod', '--link', '--parents', '--exclude']);
      assert.deepEqual(labels(complete('FROM a\nADD -|')), ['--chown', '--chmod', '--link', '--keep-git-dir', '--checksum', '--unpack', '--exclude']);
      assert.equal(editText(find(complete('FROM a\nCOPY --ch|'), '--chown')), '1:5-9 --chown=${1:user}:${2:group}');
      assert.equal(editText(find(complete('FROM a\nCOPY --l|'), '--link')), '1:5-8 --link');
      assert.equal(editText(find(complete('FROM a\nADD --|'), '--checksum')), '1:4-6 --checksum=sha256:${1:digest}');
    });

    it('offers flags on a continuation line before the arguments', () => {
      assert.equal(editText(find(complete('FROM a\nRUN --mount=type=ssh \\\n  --n|'), '--network')), '2:2-5 --network=');
    });

    it('does not repeat a single-value flag, but repeats --mount and --exclude', () => {
      assert.deepEqual(labels(complete('FROM a\nCOPY --link --from=b --exclude=x |')), ['--chown', '--chmod', '--parents', '--exclude']);
      assert.ok(find(complete('FROM a\nRUN --mount=type=ssh --network=none |'), '--mount'));
      assert.equal(find(complete('FROM a\nRUN --mount=type=ssh --network=none |'), '--network'), undefined);
    });

    it('offers no flags after the arguments started, nor for instructions without flags', () => {
      assert.deepEqual(complete('FROM a\nCOPY a --|'), []);
      assert.deepEqual(complete('FROM a\nCMD --|'), []);
      assert.deepEqual(complete('FROM a\nWORKDIR |'), []);
    });

    it('offers HEALTHCHECK options, then CMD and NONE', () => {
      const items = complete('FROM a\nHEALTHCHECK |');
      assert.deepEqual(labels(items), ['--interval', '--timeout', '--start-period', '--start-interval', '--retries', 'CMD', 'NONE']);
      assert.equal(editText(find(items, '--interval')), '1:12-12 --interval=${1:30s}');
      assert.equal(editText(find(items, 'CMD')), '1:12-12 CMD ${1:command}');
      assert.deepEqual(labels(complete('FROM a\nHEALTHCHECK --interval=5s |')), ['--timeout', '--start-period', '--start-interval', '--retries', 'CMD']);
      assert.deepEqual(complete('FROM a\nHEALTHCHECK NONE |'), []);
      assert.deepEqual(labels(complete('FROM a\nhealthcheck n|')), ['cmd', 'none']);
    });

    it('offers --network and --security values', () => {
      const items = complete('FROM a\nRUN --network=|');
      assert.deepEqual(labels(items), ['default', 'none', 'host']);
      assert.equal(editText(items[2]), '1:14-14 host');
      assert.equal(editText(complete('FROM a\nRUN --security=in|')[1]), '1:15-17 insecure');
    });

    it('offers --mount types, the keys of the type, and key values', () => {
      assert.deepEqual(labels(complete('FROM a\nRUN --mount=|')), ['type', 'target', 'source', 'from', 'readwrite']);
      const types = complete('FROM a\nRUN --mount=type=c|');
      assert.deepEqual(labels(types), ['bind', 'cache', 'tmpfs', 'secret', 'ssh']);
      assert.equal(editText(find(types, 'cache')), '1:17-18 cache');
      const keys = complete('FROM a\nRUN --mount=type=cache,|');
      assert.deepEqual(labels(keys), ['target', 'id', 'sharing', 'from', 'source', 'readonly', 'mode', 'uid', 'gid']);
      assert.equal(editText(find(keys, 'target')), '1:23-23 target=');
      assert.equal(editText(find(keys, 'readonly')), '1:23-23 readonly');
      assert.deepEqual(labels(complete('FROM a\nRUN --mount=type=cache,target=/x,ta|')), ['id', 'sharing', 'from', 'source', 'readonly', 'mode', 'uid', 'gid']);
      assert.deepEqual(labels(complete('FROM a\nRUN --mount=type=tmpfs,|')), ['target', 'size']);
      assert.deepEqual(labels(complete('FROM a\nRUN --mount=type=secret,|,id=x')), ['target', 'env', 'required', 'mode', 'uid', 'gid'], 'keys after the cursor count');
      assert.deepEqual(labels(complete('FROM a\nRUN --mount=|,type=ssh')), ['id', 'target', 'required', 'mode', 'uid', 'gid'], 'the type after the cursor counts');
      assert.deepEqual(labels(complete('FROM a\nRUN --mount=type=bind,dst=/x,|')), ['source', 'from', 'readwrite'], 'aliases count');
      assert.deepEqual(labels(complete('FROM a\nRUN --mount=type=cache,sharing=|')), ['shared', 'private', 'locked']);
      assert.equal(editText(complete('FROM a\nRUN --mount=type=cache,sharing=l|')[2]), '1:31-32 locked');
      assert.deepEqual(labels(complete('FROM a\nRUN --mount=type=cache,ro=|')), ['true', 'false']);
      assert.deepEqual(complete('FROM a\nRUN --mount=type=cache,target=|'), []);
    });

    it('offers the earlier stages for --from and --mount from=', () => {
      const text = 'FROM golang AS build\nFROM alpine\nFROM scratch AS final\n';
      const items = complete(`${text}COPY --from=|`);
      assert.deepEqual(labels(items), ['build', 'final', '0', '1', '2'].filter((l) => l !== 'final' && l !== '2'));
      assert.equal(items[0].detail, 'Stage 0 (FROM golang)');
      assert.equal(editText(find(complete(`${text}COPY --from=bu|`), 'build')), '3:12-14 build');
      assert.deepEqual(labels(complete(`${text}RUN --mount=type=bind,from=|`)), ['build', '0', '1']);
      assert.deepEqual(labels(complete(`${text}ONBUILD COPY --from=|`)), ['build', '0', '1']);
      assert.deepEqual(complete('FROM a\nADD --from=|'), [], 'ADD has no --from');
    });

    it('offers platforms and platform args for FROM --platform', () => {
      const items = complete('FROM --platform=|');
      assert.deepEqual(labels(items).slice(0, 5), ['$BUILDPLATFORM', '$TARGETPLATFORM', 'linux/amd64', 'linux/arm64', 'linux/arm/v7']);
      assert.ok(find(items, 'windows/amd64'));
      assert.equal(editText(find(complete('FROM --platform=$BU|'), '$BUILDPLATFORM')), '0:16-19 $BUILDPLATFORM');
      assert.equal(editText(find(complete('FROM --platform=${TA|'), 'TARGETPLATFORM')), '0:18-20 TARGETPLATFORM', '${ asks for variables');
    });

    it('offers booleans and digests', () => {
      assert.deepEqual(labels(complete('FROM a\nADD --keep-git-dir=|')), ['true', 'false']);
      assert.deepEqual(labels(complete('FROM a\nADD --checksum=|')), ['sha256:', 'sha384:', 'sha512:']);
    });
  });

  describe('FROM', () => {
    it('offers earlier stages, scratch and the local images (deduplicated), after the flags', () => {
      const images = ['node:20', 'alpine:3.20', 'node:20', '<none>:<none>', 'Build'];
      const items = complete('FROM golang AS build\nFROM --platform=linux/amd64 |', images);
      assert.deepEqual(labels(items), ['build', 'scratch', 'node:20', 'alpine:3.20']);
      assert.equal(editText(find(items, 'node:20')), '1:28-28 node:20');
      assert.deepEqual(sorted(items), ['build', 'scratch', 'alpine:3.20', 'node:20']);
      assert.equal(find(items, 'node:20')?.detail, 'Local image');
      const typed = complete('FROM no|', images);
      assert.deepEqual(labels(typed), ['--platform', 'scratch', 'node:20', 'alpine:3.20', 'Build'].filter((l) => l !== '--platform'));
      assert.equal(editText(find(typed, 'node:20')), '0:5-7 node:20');
      assert.deepEqual(labels(complete('FROM |', ['x:1'])), ['--platform', 'scratch', 'x:1']);
    });

    it('does not offer the stage itself or later stages', () => {
      assert.deepEqual(labels(complete('FROM |\nFROM a AS later')), ['--platform', 'scratch']);
    });

    it('offers AS after the image, in the casing of FROM', () => {
      assert.equal(editText(complete('FROM node |')[0]), '0:10-10 AS ');
      assert.equal(complete('from node a|')[0].label, 'as');
      assert.deepEqual(complete('FROM node AS |'), []);
    });
  });

  describe('variables', () => {
    const text = ['ARG BASE=alpine', 'ARG VERSION=1.0', 'FROM ${BASE} AS build', 'ARG VERSION', 'ENV APP=/app', 'ARG TARGETARCH'];

    it('offers the ARGs and ENVs in scope inside a stage, with their values', () => {
      const items = complete([...text, 'RUN echo $|'].join('\n'));
      assert.deepEqual(labels(items), ['VERSION', 'APP', 'TARGETARCH']);
      assert.equal(find(items, 'VERSION')?.detail, '1.0', 'the global default');
      assert.equal(find(items, 'APP')?.detail, '/app');
      assert.equal(editText(find(items, 'APP')), '6:10-10 APP');
      assert.equal(editText(complete([...text, 'RUN echo ${TAR|'].join('\n'))[2]), '6:11-14 TARGETARCH');
      assert.equal(editText(complete([...text, 'WORKDIR $AP|'].join('\n'))[1]), '6:9-11 APP');
    });

    it('offers the global ARGs and every predefined arg in FROM', () => {
      const items = complete([...text, 'FROM ${|'].join('\n'));
      assert.deepEqual(labels(items).slice(0, 4), ['BASE', 'VERSION', 'TARGETPLATFORM', 'TARGETOS']);
      assert.equal(find(items, 'APP'), undefined, 'ENV is stage-local');
      assert.ok(find(items, 'BUILDPLATFORM'));
      assert.equal(editText(find(items, 'BASE')), '6:7-7 BASE');
    });

    it('offers predefined args inside a stage only when declared', () => {
      const items = complete('FROM a\nRUN echo $|');
      assert.deepEqual(items, []);
      assert.deepEqual(labels(complete('FROM a\nARG TARGETOS\nRUN echo $|')), ['TARGETOS']);
    });

    it('offers variables in flag values and in unquoted heredoc bodies', () => {
      assert.deepEqual(labels(complete('FROM a\nENV C=/c\nRUN --mount=type=cache,target=$|')), ['C']);
      assert.deepEqual(labels(complete('FROM a\nENV C=/c\nCOPY <<EOF /x\n$|\nEOF')), ['C']);
      assert.deepEqual(complete('FROM a\nENV C=/c\nCOPY <<"EOF" /x\n$|\nEOF'), []);
    });

    it('offers no variables after an escaped dollar or inside single quotes', () => {
      assert.deepEqual(complete('FROM a\nENV C=1\nRUN echo \\$|'), []);
      assert.deepEqual(complete("FROM a\nENV C=1\nRUN echo '$|'"), []);
      assert.deepEqual(labels(complete('FROM a\nENV C=1\nRUN echo "$|"')), ['C']);
    });

    it('offers ARG names: the global ARGs to re-declare and the predefined args', () => {
      const items = complete('ARG VERSION=1\nFROM a\nARG |');
      assert.deepEqual(labels(items).slice(0, 3), ['VERSION', 'TARGETPLATFORM', 'TARGETOS']);
      assert.equal(editText(items[0]), '2:4-4 VERSION');
      assert.equal(find(complete('ARG VERSION=1\nFROM a\nARG VERSION\nARG |'), 'VERSION'), undefined);
      assert.deepEqual(complete('FROM a\nARG X=|'), []);
    });
  });

  describe('other arguments', () => {
    it('offers signals for STOPSIGNAL', () => {
      const items = complete('FROM a\nSTOPSIGNAL SIGT|');
      assert.deepEqual(labels(items).slice(0, 8), ['SIGTERM', 'SIGINT', 'SIGQUIT', 'SIGKILL', 'SIGHUP', 'SIGUSR1', 'SIGUSR2', 'SIGWINCH']);
      assert.equal(editText(items[0]), '1:11-15 SIGTERM');
      assert.deepEqual(complete('FROM a\nSTOPSIGNAL SIGTERM |'), []);
    });

    it('offers protocols after the port of EXPOSE', () => {
      const items = complete('FROM a\nEXPOSE 80 443/u|');
      assert.deepEqual(labels(items), ['tcp', 'udp', 'sctp']);
      assert.equal(editText(items[1]), '1:14-15 udp');
      assert.deepEqual(complete('FROM a\nEXPOSE 80|'), []);
    });
  });

  describe('documentation', () => {
    it('is deferred to resolveCompletion, in the requested language', () => {
      const item = find(complete('FROM a\nRUN --mo|'), '--mount')!;
      assert.deepEqual(item.data, { doc: 'flag', instruction: 'RUN', flag: 'mount' });
      const resolved = resolveCompletion(item, 'en');
      assert.equal(resolved.label, '--mount');
      assert.equal(resolveCompletion({ label: 'x' }, 'en').documentation, undefined);
    });

    it('resolves instruction, flag and variable documentation', () => {
      const run = find(complete('FROM a\n|'), 'RUN')!;
      const doc = instructionDoc('RUN', 'zh-cn');
      assert.deepEqual(resolveCompletion(run, 'zh-cn').documentation, doc && { kind: 'markdown', value: doc.markdown });
      const mount = find(complete('FROM a\nRUN --mo|'), '--mount')!;
      const mountDoc = flagDoc('RUN', 'mount', 'en');
      assert.deepEqual(resolveCompletion(mount, 'en').documentation, mountDoc && { kind: 'markdown', value: mountDoc.markdown });
      const version = find(complete('ARG VERSION=1.0\nFROM a\nARG VERSION\nRUN echo $|'), 'VERSION')!;
      assert.deepEqual(resolveCompletion(version, 'en').documentation, {
        kind: 'markdown',
        value: '```dockerfile\nARG VERSION\n```\n\n```dockerfile\nARG VERSION=1.0\n```',
      });
    });

    it('speaks Chinese', () => {
      assert.equal(find(complete('FROM a AS b\nFROM c\nCOPY --from=|', [], 'zh-cn'), 'b')?.detail, '阶段 0（FROM a）');
      assert.equal(find(complete('FROM a\nSTOPSIGNAL |', [], 'zh-cn'), 'SIGTERM')?.detail, '终止（默认）');
      assert.equal(find(complete('FROM a\n|', [], 'zh-cn'), 'RUN command')?.detail, 'shell 形式');
    });
  });
});
