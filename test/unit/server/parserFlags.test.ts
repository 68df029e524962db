import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDockerfile } from '../../../server/src/parser/parser';

const ODD = [
  'FROM --platform=linux/amd64 alpine AS b',
  'RUN \\\n  --mount=type=cache,target=/x make',
  'RUN \t--network=none x',
  'RUN \\\n# a comment\n  --security=insecure x',
  'COPY "--chown=1" a b',
  'COPY --"chmod=7"55 a b',
  'ONBUILD RUN --mount=type=cache,target=/x x',
  'ONBUILD --x RUN y',
  'RUN -- --mount=x y',
  'RUN --',
  'RUN -x --mount=y',
  'HEALTHCHECK --interval=5s \\\n  CMD true',
].join('\n');

describe('the flags of an instruction', () => {
  // `flags` answers "none" without tokenizing when the arguments do not start with `--`; the
  // tokenizer behind `rest` must agree: it finds no flag there and leaves the arguments whole.
  it('are only ever at the start of the arguments, so arguments without a leading -- have none', () => {
    const corpus = process.env.BERTH_CORPUS ?? path.resolve(__dirname, '../../../../../shared/corpus/dockerfiles');
    const files = existsSync(corpus) ? readdirSync(corpus).sort().map((file) => readFileSync(path.join(corpus, file), 'utf8')) : [];
    const texts = [ODD, `# escape=\`\n${ODD.replace(/\\\n/g, '`\n')}`, ...files];
    let withFlags = 0;
    for (const text of texts) {
      for (const top of parseDockerfile(text).instructions) {
        for (const instruction of top.inner ? [top, top.inner] : [top]) {
          if (!instruction.args.startsWith('--')) {
            assert.equal(instruction.rest.text, instruction.args, `${instruction.keyword} ${instruction.args}`);
            assert.deepEqual(instruction.flags, []);
            continue;
          }
          if (instruction.flags.length > 0) withFlags++;
        }
      }
    }
    assert.ok(withFlags >= (files.length > 0 ? 100 : 12), `only ${withFlags} instructions with flags`);
  });
});
