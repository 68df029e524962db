import assert from 'node:assert/strict';
import { buildArgDoc, directiveDoc, flagDoc, flagValueDoc, instructionDoc } from '../../../server/src/docs';
import { INSTRUCTION_DOCS } from '../../../server/src/docs/instructions';
import { Locale } from '../../../server/src/locale';
import { PREDEFINED_ARGS } from '../../../server/src/model/model';
import { parseDockerfile } from '../../../server/src/parser/parser';
import { INSTRUCTIONS } from '../../../server/src/rules/errors/unknownInstruction';
import { acceptedFlags } from '../../../server/src/rules/flags/flagSpecs';

const LOCALES: Locale[] = ['en', 'zh-cn'];
const CHINESE = /[\u4e00-\u9fff]/;

function checkDoc(what: string, doc: { summary: string; markdown: string } | undefined, locale: Locale): void {
  assert.ok(doc, `${what} has no ${locale} doc`);
  assert.ok(doc.summary.trim().length > 0, `${what}: empty ${locale} summary`);
  assert.ok(!doc.summary.includes('\n'), `${what}: ${locale} summary is not one line`);
  assert.ok(doc.markdown.trim().length > 0, `${what}: empty ${locale} body`);
  if (locale === 'zh-cn') {
    assert.match(doc.summary, CHINESE, `${what}: zh summary has no Chinese`);
    assert.match(doc.markdown, CHINESE, `${what}: zh body has no Chinese`);
  }
}

/** The flags BuildKit accepts on an instruction, read from flagSpecs through a parsed line. */
function flagsOf(name: string): string[] {
  const line = name === 'HEALTHCHECK' ? 'HEALTHCHECK CMD true' : `${name} x`;
  return Object.keys(acceptedFlags(parseDockerfile(line).instructions[0]) ?? {});
}

describe('docs', () => {
  it('documents every instruction in both languages, with forms in a dockerfile block', () => {
    for (const name of INSTRUCTIONS) {
      for (const locale of LOCALES) {
        const doc = instructionDoc(name, locale);
        checkDoc(name, doc, locale);
        assert.ok(doc?.markdown.includes('```dockerfile'), `${name}: no dockerfile block (${locale})`);
        const lines = doc?.markdown.split('\n').length ?? 0;
        assert.ok(lines >= 8 && lines <= 32, `${name}: ${lines} lines (${locale})`);
      }
    }
    assert.deepEqual(Object.keys(INSTRUCTION_DOCS).sort(), [...INSTRUCTIONS].sort());
  });

  it('finds instructions case-insensitively and knows nothing else', () => {
    assert.equal(instructionDoc('run', 'en')?.summary, instructionDoc('RUN', 'en')?.summary);
    assert.equal(instructionDoc('RUNN', 'en'), undefined);
  });

  it('documents every flag of every instruction, as flagSpecs lists them', () => {
    let count = 0;
    for (const name of INSTRUCTIONS) {
      for (const flag of flagsOf(name)) {
        count++;
        for (const locale of LOCALES) checkDoc(`${name} --${flag}`, flagDoc(name, flag, locale), locale);
      }
    }
    assert.equal(count, 23);
    assert.equal(flagDoc('RUN', 'from', 'en'), undefined);
  });

  it('documents the mount types, the mount keys and their enumerated values', () => {
    const values = [
      'type', 'type=bind', 'type=cache', 'type=tmpfs', 'type=secret', 'type=ssh',
      'from', 'source', 'src', 'target', 'dst', 'destination', 'readonly', 'ro', 'readwrite', 'rw', 'id',
      'sharing', 'sharing=shared', 'sharing=private', 'sharing=locked', 'required', 'size', 'mode', 'uid', 'gid', 'env',
    ];
    for (const value of values) for (const locale of LOCALES) checkDoc(`--mount ${value}`, flagValueDoc('RUN', 'mount', value, locale), locale);
  });

  it('documents the values of --network, --security, --platform and the HEALTHCHECK words', () => {
    const cases: Array<[string, string, string]> = [
      ['RUN', 'network', 'default'], ['RUN', 'network', 'none'], ['RUN', 'network', 'host'],
      ['RUN', 'security', 'sandbox'], ['RUN', 'security', 'insecure'],
      ['FROM', 'platform', '$BUILDPLATFORM'], ['FROM', 'platform', 'linux/amd64'], ['FROM', 'platform', 'linux/arm64'],
      ['HEALTHCHECK', '', 'NONE'], ['HEALTHCHECK', '', 'CMD'],
    ];
    for (const [instruction, flag, value] of cases) {
      for (const locale of LOCALES) checkDoc(`${instruction} --${flag}=${value}`, flagValueDoc(instruction, flag, value, locale), locale);
    }
    assert.equal(flagValueDoc('RUN', 'network', 'bridge', 'en'), undefined);
  });

  it('documents the parser directives, by any case', () => {
    for (const name of ['syntax', 'escape', 'check']) for (const locale of LOCALES) checkDoc(name, directiveDoc(name, locale), locale);
    assert.match(directiveDoc('check', 'en')?.markdown ?? '', /skip=/);
    assert.match(directiveDoc('check', 'en')?.markdown ?? '', /error=true/);
    assert.equal(directiveDoc('SYNTAX', 'en')?.summary, directiveDoc('syntax', 'en')?.summary);
    assert.equal(directiveDoc('language', 'en'), undefined);
  });

  it('documents every predefined build arg', () => {
    for (const name of PREDEFINED_ARGS) for (const locale of LOCALES) checkDoc(name, buildArgDoc(name, locale), locale);
    assert.equal(buildArgDoc('MY_ARG', 'en'), undefined);
  });

  it('gives the pitfalls a careful user needs', () => {
    const en = (name: string) => instructionDoc(name, 'en')?.markdown ?? '';
    assert.match(en('CMD'), /PID 1/);
    assert.match(en('CMD'), /SIGTERM/);
    assert.match(en('ENTRYPOINT'), /SIGTERM/);
    assert.match(en('EXPOSE'), /publishes nothing/);
    assert.match(en('ENV'), /secrets/);
    assert.match(en('ARG'), /Scope/);
    assert.match(en('VOLUME'), /discarded/);
    assert.match(en('WORKDIR'), /created/);
    assert.match(en('MAINTAINER'), /Deprecated/);
    assert.match(en('COPY'), /ADD/);
    assert.match(en('RUN'), /cache/);
    assert.match(instructionDoc('EXPOSE', 'zh-cn')?.markdown ?? '', /不会发布任何端口/);
  });
});
