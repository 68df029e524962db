import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import type Docker from 'dockerode';
import { runApiBuild } from '../../../../client/src/engine/build/apiBuild';
import { BuildError, BuildInterrupted } from '../../../../client/src/engine/build/request';

/**
 * A stand-in engine whose build answers with `lines` and then ends the stream, without waiting
 * for the context (as an engine that refuses early does); `seen` receives the context stream.
 */
function engineAnswering(lines: object[], seen: { tar?: Readable } = {}): Docker {
  return {
    buildImage: async (tar: Readable) => {
      seen.tar = tar;
      tar.resume();
      const response = new PassThrough();
      setImmediate(() => {
        for (const line of lines) response.write(JSON.stringify(line) + '\r\n');
        response.end();
      });
      return response;
    },
  } as unknown as Docker;
}

describe('the classic API build, on how its output stream ends', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'berth-unit-apibuild-'));
  writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch\nRUN true\n');
  const request = { contextDir: dir, dockerfile: path.join(dir, 'Dockerfile'), tag: 'x:1', buildArgs: {}, noCache: false };
  const steps = [{ stream: 'Step 1/2 : FROM scratch\n' }, { stream: 'Step 2/2 : RUN true\n' }];
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('resolves with the image id the engine names at the end, and stops reading the context', async () => {
    const seen: { tar?: Readable } = {};
    const result = await runApiBuild(engineAnswering([...steps, { aux: { ID: 'sha256:abc' } }, { stream: 'Successfully built abc\n' }], seen), request, () => undefined, new AbortController().signal);
    assert.equal(result.imageId, 'sha256:abc');
    // Nothing goes on reading the folder once the build is over (it may be gone by then).
    assert.equal(seen.tar?.destroyed, true);
  });

  it("is a failure of the step when the engine says so, in the engine's words", async () => {
    const failing = runApiBuild(engineAnswering([...steps, { errorDetail: { message: 'boom' }, error: 'boom' }]), request, () => undefined, new AbortController().signal);
    await assert.rejects(failing, (error: unknown) => error instanceof BuildError && !(error instanceof BuildInterrupted) && error.message === 'boom' && error.step?.step === 2);
  });

  it('is an interruption, not a success, when the stream ends before the engine said how the build ended', async () => {
    const cut = runApiBuild(engineAnswering(steps), request, () => undefined, new AbortController().signal);
    await assert.rejects(cut, (error: unknown) => error instanceof BuildInterrupted && error.step?.step === 2);
  });

  it('ends with the read error when a file of the context vanishes while it is sent', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'berth-unit-apibuild-vanish-'));
    writeFileSync(path.join(folder, 'Dockerfile'), 'FROM scratch\n');
    writeFileSync(path.join(folder, 'data.bin'), Buffer.alloc(1024));
    try {
      let aborted = false;
      // An engine that reads the tar as it comes; the file is removed once the upload started.
      const engine = {
        buildImage: (tar: Readable, options: { abortSignal: AbortSignal }) =>
          new Promise((_resolve, reject) => {
            options.abortSignal.addEventListener('abort', () => {
              aborted = true;
              reject(Object.assign(new Error('aborted'), { name: 'AbortError' }));
            });
            tar.once('data', () => rmSync(path.join(folder, 'data.bin')));
            tar.resume();
          }),
      } as unknown as Docker;
      const build = runApiBuild(engine, { ...request, contextDir: folder, dockerfile: path.join(folder, 'Dockerfile') }, () => undefined, new AbortController().signal);
      await assert.rejects(build, (error: NodeJS.ErrnoException) => error.code === 'ENOENT' && error.syscall === 'open' && String(error.path).endsWith('data.bin'));
      assert.equal(aborted, true, 'the upload was abandoned');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
