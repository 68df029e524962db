import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { Scheduler, WriteBatcher } from '../../../client/src/engine/batcher';
import { Demuxer, muxFrame, StreamName } from '../../../client/src/engine/demux';
import { LogDecoder, LogPipeline, parseSince, parseTail, unixTimeAfter } from '../../../client/src/engine/logs';

function collect(): { frames: Array<[StreamName, string]>; demuxer: Demuxer; joined(): Record<string, string> } {
  const frames: Array<[StreamName, string]> = [];
  const demuxer = new Demuxer((stream, data) => frames.push([stream, data.toString('utf8')]));
  return {
    frames,
    demuxer,
    joined: () => frames.reduce<Record<string, string>>((acc, [s, d]) => ({ ...acc, [s]: (acc[s] ?? '') + d }), {}),
  };
}

describe('Demuxer', () => {
  const stream = Buffer.concat([muxFrame('stdout', 'out one\n'), muxFrame('stderr', 'err\n'), muxFrame('stdout', 'out two\n')]);

  it('splits whole frames into stdout and stderr in order', () => {
    const c = collect();
    c.demuxer.push(stream);
    assert.deepEqual(c.frames, [['stdout', 'out one\n'], ['stderr', 'err\n'], ['stdout', 'out two\n']]);
    assert.equal(c.demuxer.incomplete, false);
  });

  it('gives the same result for every way of cutting the stream in two, and byte by byte', () => {
    for (let cut = 0; cut <= stream.length; cut++) {
      const c = collect();
      c.demuxer.push(stream.subarray(0, cut));
      c.demuxer.push(stream.subarray(cut));
      assert.deepEqual(c.joined(), { stdout: 'out one\nout two\n', stderr: 'err\n' }, `cut at ${cut}`);
    }
    const c = collect();
    for (let i = 0; i < stream.length; i++) c.demuxer.push(stream.subarray(i, i + 1));
    assert.deepEqual(c.joined(), { stdout: 'out one\nout two\n', stderr: 'err\n' });
  });

  it('marks the first piece of each frame', () => {
    const starts: boolean[] = [];
    const demuxer = new Demuxer((_stream, _data, start) => starts.push(start));
    const frames = Buffer.concat([muxFrame('stdout', 'abcdef'), muxFrame('stderr', 'gh')]);
    demuxer.push(frames.subarray(0, 10));
    demuxer.push(frames.subarray(10));
    assert.deepEqual(starts, [true, false, true]);
  });

  it('hands on the start of a frame before its end arrives, and knows it is incomplete', () => {
    const c = collect();
    const frame = muxFrame('stderr', 'abcdef');
    c.demuxer.push(frame.subarray(0, 11));
    assert.deepEqual(c.frames, [['stderr', 'abc']]);
    assert.equal(c.demuxer.incomplete, true);
    c.demuxer.push(frame.subarray(11));
    assert.deepEqual(c.joined(), { stderr: 'abcdef' });
  });

  it('passes an empty frame over and a stream that is not multiplexed through as stdout', () => {
    const c = collect();
    c.demuxer.push(Buffer.concat([muxFrame('stdout', ''), muxFrame('stdout', 'x')]));
    assert.deepEqual(c.joined(), { stdout: 'x' });
    const raw = collect();
    raw.demuxer.push(Buffer.from('plain text from a TTY\n'));
    raw.demuxer.push(Buffer.from('more\n'));
    assert.deepEqual(raw.joined(), { stdout: 'plain text from a TTY\nmore\n' });
  });
});

/** A scheduler whose timers run only when the test says. */
function manualScheduler(): Scheduler & { runAll(): number; pending(): number } {
  let timers: Array<{ callback: () => void; handle: number }> = [];
  let next = 0;
  return {
    set(callback) {
      const handle = ++next;
      timers.push({ callback, handle });
      return handle;
    },
    clear(handle) {
      timers = timers.filter((t) => t.handle !== handle);
    },
    runAll() {
      const due = timers;
      timers = [];
      due.forEach((t) => t.callback());
      return due.length;
    },
    pending: () => timers.length,
  };
}

describe('WriteBatcher', () => {
  it('coalesces many pushes into one write per tick', () => {
    const writes: string[] = [];
    const scheduler = manualScheduler();
    const batcher = new WriteBatcher((t) => writes.push(t), { scheduler });
    for (let i = 0; i < 1000; i++) batcher.push(`line ${i}\r\n`);
    assert.equal(writes.length, 0, 'nothing is written before the tick');
    assert.equal(scheduler.pending(), 1, 'one timer for the whole batch');
    scheduler.runAll();
    assert.equal(writes.length, 1);
    assert.equal(writes[0].split('\r\n').length, 1001);
  });

  it('writes at most maxWrite per tick, and pauses the source until the queue drains', () => {
    const writes: string[] = [];
    const pressure: boolean[] = [];
    const scheduler = manualScheduler();
    const batcher = new WriteBatcher((t) => writes.push(t), { scheduler, maxWrite: 100, highWater: 250, lowWater: 120, onPressure: (p) => pressure.push(p) });
    batcher.push('a'.repeat(200));
    assert.deepEqual(pressure, []);
    batcher.push('b'.repeat(100));
    assert.deepEqual(pressure, [true], 'past highWater: pause');
    assert.equal(batcher.isPaused, true);
    scheduler.runAll();
    assert.deepEqual(writes, ['a'.repeat(100)]);
    assert.deepEqual(pressure, [true], 'still above lowWater');
    scheduler.runAll();
    assert.equal(batcher.queued, 100);
    assert.deepEqual(pressure, [true, false], 'under lowWater: resume');
    scheduler.runAll();
    assert.equal(writes.join(''), 'a'.repeat(200) + 'b'.repeat(100));
    assert.ok(writes.every((w) => w.length <= 100));
    assert.equal(scheduler.pending(), 0, 'no timer once empty');
  });

  it('says when everything pushed has been written; flushes in pieces of maxWrite', async () => {
    const writes: string[] = [];
    const scheduler = manualScheduler();
    const batcher = new WriteBatcher((t) => writes.push(t), { scheduler, maxWrite: 4 });
    let drained = false;
    batcher.push('abcdefghij');
    const done = batcher.drained().then(() => (drained = true));
    scheduler.runAll();
    await Promise.resolve();
    assert.equal(drained, false, 'six characters still queued');
    scheduler.runAll();
    scheduler.runAll();
    await done;
    assert.deepEqual(writes, ['abcd', 'efgh', 'ij']);
    batcher.push('0123456789');
    batcher.flush();
    assert.deepEqual(writes.slice(3), ['0123', '4567', '89']);
    assert.equal(scheduler.pending(), 0);
  });

  it('never cuts a surrogate pair, flushes on demand, and drops everything once disposed', () => {
    const writes: string[] = [];
    const scheduler = manualScheduler();
    const batcher = new WriteBatcher((t) => writes.push(t), { scheduler, maxWrite: 3 });
    batcher.push('ab😀c');
    scheduler.runAll();
    assert.equal(writes[0], 'ab');
    batcher.flush();
    assert.deepEqual(writes, ['ab', '😀c']);
    batcher.push('x');
    batcher.dispose();
    batcher.push('y');
    assert.equal(scheduler.runAll(), 0);
    assert.deepEqual(writes, ['ab', '😀c']);
  });
});

describe('LogDecoder', () => {
  const t1 = '2026-11-23T15:00:00.123456789Z';
  const t2 = '2026-11-23T15:00:01.000000001Z';

  it('drops or keeps timestamps, remembers the last, and ends lines with \\r\\n for a terminal', () => {
    const hidden = new LogDecoder({ showTimestamps: false, crlf: true });
    assert.equal(hidden.decode('stdout', Buffer.from(`${t1} one\n${t2} two\r\n`)), 'one\r\ntwo\r\n');
    assert.equal(hidden.lastTimestamp, t2);
    const shown = new LogDecoder({ showTimestamps: true, crlf: false });
    assert.equal(shown.decode('stdout', Buffer.from(`${t1} one\n`)), `${t1} one\n`);
  });

  it('handles a timestamp, a line and a UTF-8 character cut between chunks', () => {
    const decoder = new LogDecoder({ showTimestamps: false, crlf: true });
    const bytes = Buffer.from(`${t1} 数据卷 ok\n${t2} next\n`);
    let out = '';
    for (let i = 0; i < bytes.length; i++) out += decoder.decode('stdout', bytes.subarray(i, i + 1));
    assert.equal(out, '数据卷 ok\r\nnext\r\n');
    assert.equal(decoder.lastTimestamp, t2);
  });

  it('drops the timestamp of a message that continues a cut line, shown or not', () => {
    for (const showTimestamps of [false, true]) {
      const decoder = new LogDecoder({ showTimestamps, crlf: false });
      let out = decoder.decode('stdout', Buffer.from(`${t1} first half`), true);
      out += decoder.decode('stdout', Buffer.from(`${t2} second half\n`), true);
      out += decoder.decode('stdout', Buffer.from(`${t2} next\n`), true);
      assert.equal(out, showTimestamps ? `${t1} first halfsecond half\n${t2} next\n` : 'first halfsecond half\nnext\n');
      assert.equal(decoder.lastTimestamp, t2);
    }
  });

  it('keeps stdout and stderr line states apart', () => {
    const decoder = new LogDecoder({ showTimestamps: false, crlf: false });
    let out = decoder.decode('stdout', Buffer.from(`${t1} par`));
    out += decoder.decode('stderr', Buffer.from(`${t1} err\n`));
    out += decoder.decode('stdout', Buffer.from(`tial\n`));
    assert.equal(out, 'parerr\ntial\n');
  });
});

describe('LogPipeline', () => {
  it('demuxes, decodes and batches a multiplexed stream cut anywhere; pauses the stream under pressure', async () => {
    const writes: string[] = [];
    const scheduler = manualScheduler();
    const pipeline = new LogPipeline((t) => writes.push(t), { showTimestamps: false, crlf: true, batching: { scheduler, maxWrite: 10, highWater: 15, lowWater: 5 } });
    const source = new PassThrough();
    const pumped = pipeline.pump(source, false);
    const bytes = Buffer.concat([muxFrame('stdout', '2026-11-23T15:00:00.1Z hello world\n'), muxFrame('stderr', '2026-11-23T15:00:00.2Z oops\n')]);
    source.write(bytes.subarray(0, 13));
    source.write(bytes.subarray(13));
    await new Promise((r) => setImmediate(r));
    assert.equal(source.isPaused(), true, 'more than highWater queued: the stream is paused');
    while (scheduler.runAll() > 0);
    assert.equal(source.isPaused(), false, 'drained: the stream flows again');
    source.end();
    await pumped;
    pipeline.batcher.flush();
    assert.equal(writes.join(''), 'hello world\r\noops\r\n');
    assert.equal(pipeline.resumeSince(), `${Date.parse('2026-11-23T15:00:00Z') / 1000}.200000001`);
  });
});

describe('since and tail as typed', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  const nowSeconds = now.getTime() / 1000;

  it('reads durations, RFC 3339 times, dates and UNIX seconds', () => {
    assert.equal(parseSince('10m', now), String(nowSeconds - 600));
    assert.equal(parseSince('2h', now), String(nowSeconds - 7200));
    assert.equal(parseSince('1h30m', now), String(nowSeconds - 5400));
    assert.equal(parseSince('2026-11-23T11:00:00Z', now), `${nowSeconds - 3600}.000000000`);
    assert.equal(parseSince('2026-11-23T13:00:00.5+02:00', now), `${nowSeconds - 3600}.500000000`);
    assert.equal(parseSince('2026-11-23', now), String(nowSeconds - 12 * 3600));
    assert.equal(parseSince('1700000000', now), '1700000000');
    for (const bad of ['', 'yesterday', '10x', '2026-13-45T99:00:00Z', '-5m']) assert.equal(parseSince(bad, now), undefined, bad);
  });

  it('reads tail counts and all', () => {
    assert.equal(parseTail('100'), 100);
    assert.equal(parseTail(' ALL '), 'all');
    assert.equal(parseTail('-1'), undefined);
    assert.equal(parseTail('ten'), undefined);
  });

  it('steps one nanosecond past a timestamp, carrying into the seconds', () => {
    assert.equal(unixTimeAfter('2026-11-23T12:00:00.999999999Z'), `${nowSeconds + 1}.000000000`);
    assert.equal(unixTimeAfter('2026-11-23T12:00:00Z'), `${nowSeconds}.000000001`);
    assert.equal(unixTimeAfter('not a time'), undefined);
  });
});
