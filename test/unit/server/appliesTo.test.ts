// A per-instruction rule that says which instructions it applies to must find nothing on others
// (the diagnostics do not even call it there).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildModel } from '../../../server/src/model/model';
import { parseDockerfile } from '../../../server/src/parser/parser';
import { RULES } from '../../../server/src/rules';
import { fieldCount, fieldTexts } from '../../../server/src/rules/errors/args';

const ODD = [
  'FROM --platform=linux/amd64 alpine AS b',
  'FROM', 'RUN', 'COPY', 'ADD', 'EXPOSE', 'ENV', 'LABEL', 'ARG', 'HEALTHCHECK', 'USER', 'WORKDIR', 'MAINTAINER me',
  'RUN --mount=type=cach,target=/x --network=nope --security=bad sudo apt-get update',
  'COPY --chmod=999 --from=b <<EOF',
  'ADD --checksum=sha256:x --chmod=u+q a b',
  'EXPOSE 80:80/TCP 8080/Udp', 'ENV a b', 'LABEL a', 'ARG =x', 'HEALTHCHECK --interval=1 CMD',
  'CMD --mount=type=cache,target=/x echo', 'USER --platform=x root', 'VOLUME []', 'SHELL []', 'STOPSIGNAL', 'frm x', 'run cd /x',
].join('\n');

describe('rules that apply to some instructions only', () => {
  it('find nothing on the other instructions of the corpus and of odd lines', () => {
    const corpus = process.env.BERTH_CORPUS ?? path.resolve(__dirname, '../../../../../shared/corpus/dockerfiles');
    const texts = [ODD, ...(existsSync(corpus) ? readdirSync(corpus).sort().map((file) => readFileSync(path.join(corpus, file), 'utf8')) : [])];
    const scoped = RULES.filter((rule) => rule.appliesTo && rule.checkInstruction);
    assert.ok(scoped.length >= 10);
    let checked = 0;
    for (const text of texts) {
      const syntax = parseDockerfile(text);
      const context = { syntax, model: buildModel(syntax), build: { dockerignore: undefined } };
      for (const instruction of syntax.instructions) {
        for (const rule of scoped) {
          if (instruction.name === 'ONBUILD' || rule.appliesTo!.includes(instruction.name)) continue;
          assert.deepEqual(rule.checkInstruction!(instruction, context), [], `${rule.id} on ${instruction.keyword} ${instruction.args}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 1000, `only ${checked} checks`);
  });

  it('count the fields of the arguments as the fields themselves do', () => {
    const corpus = process.env.BERTH_CORPUS ?? path.resolve(__dirname, '../../../../../shared/corpus/dockerfiles');
    const texts = [ODD, ' a \t b\v\fc\r ', '', '   ', ...(existsSync(corpus) ? readdirSync(corpus).sort().map((file) => readFileSync(path.join(corpus, file), 'utf8')) : [])];
    let checked = 0;
    for (const text of texts) {
      for (const instruction of parseDockerfile(text).instructions) {
        assert.equal(fieldCount(instruction.rest.text), fieldTexts(instruction).length, instruction.rest.text);
        checked++;
      }
    }
    assert.ok(checked > 1000, `only ${checked} instructions`);
  });
});
