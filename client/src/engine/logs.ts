import { StringDecoder } from 'node:string_decoder';
import { BatcherOptions, WriteBatcher } from './batcher';
import { Demuxer, StreamName } from './demux';

export interface LogOptions {
  /** Keep the request open and pass on new lines as the container writes them. */
  follow: boolean;
  /** How many of the last lines to start with; 'all' for every line. */
  tail: number | 'all';
  /** Only lines written at or after this time: a UNIX time in seconds (fraction allowed). */
  since?: string;
  /** Show each line's time. (Berth always asks the engine for them, to resume where it was.) */
  timestamps: boolean;
}

interface StreamState {
  text: StringDecoder;
  atLineStart: boolean;
  /** The next timestamp continues a cut line: remembered, never shown. */
  continuation: boolean;
  stamp: string;
}

/**
 * Turns the raw bytes of a log stream into text for a terminal: UTF-8 decoded per stream (a
 * character can be cut between chunks), the engine's timestamp at the head of each line
 * remembered (and kept or dropped), and `\n` made `\r\n` when the text goes to a terminal.
 * The engine is always asked for timestamps so that a follow that stopped can resume after the
 * last line seen.
 */
export class LogDecoder {
  private readonly states = new Map<StreamName, StreamState>();
  /** The engine's RFC 3339 time of the last line seen. */
  lastTimestamp: string | undefined;

  constructor(private readonly options: { showTimestamps: boolean; crlf: boolean }) {}

  /**
   * `messageStart`: the data begins one of the engine's log messages (a frame of a multiplexed
   * stream). The engine cuts lines longer than 16 KiB into several messages, each with its own
   * timestamp; knowing where messages start lets the decoder take those out of the line too.
   */
  decode(stream: StreamName, data: Buffer, messageStart = false): string {
    let state = this.states.get(stream);
    if (!state) this.states.set(stream, (state = { text: new StringDecoder('utf8'), atLineStart: true, continuation: false, stamp: '' }));
    if (messageStart && !state.atLineStart) {
      state.atLineStart = true;
      state.continuation = true;
    }
    return this.lines(state, state.text.write(data));
  }

  private lines(state: StreamState, s: string): string {
    let out = '';
    let i = 0;
    while (i < s.length) {
      if (state.atLineStart) {
        const space = s.indexOf(' ', i);
        if (space < 0) {
          state.stamp += s.slice(i);
          break;
        }
        const stamp = state.stamp + s.slice(i, space);
        state.stamp = '';
        state.atLineStart = false;
        i = space + 1;
        const continuation = state.continuation;
        state.continuation = false;
        if (looksLikeTimestamp(stamp)) {
          this.lastTimestamp = stamp;
          if (this.options.showTimestamps && !continuation) out += stamp + ' ';
        } else {
          out += stamp + ' ';
        }
      }
      const newline = s.indexOf('\n', i);
      if (newline < 0) {
        out += s.slice(i);
        break;
      }
      if (this.options.crlf && (newline === 0 || s.charCodeAt(newline - 1) !== 13)) out += s.slice(i, newline) + '\r\n';
      else out += s.slice(i, newline + 1);
      i = newline + 1;
      state.atLineStart = true;
    }
    return out;
  }
}

function looksLikeTimestamp(text: string): boolean {
  return text.length >= 20 && text.charCodeAt(4) === 45 /* - */ && text.charCodeAt(10) === 84 /* T */;
}

/**
 * The whole way from a log response to a sink: demultiplexed unless the container has a TTY,
 * decoded, batched; the HTTP stream is paused while the batcher has too much queued. One
 * pipeline serves one view across re-opened requests (a restarted container), so timestamps and
 * the batcher's queue carry over.
 */
export class LogPipeline {
  readonly decoder: LogDecoder;
  readonly batcher: WriteBatcher;
  private source: NodeJS.ReadableStream | undefined;

  constructor(sink: (text: string) => void, options: { showTimestamps: boolean; crlf: boolean; batching?: BatcherOptions }) {
    this.decoder = new LogDecoder(options);
    this.batcher = new WriteBatcher(sink, {
      ...options.batching,
      onPressure: (paused) => {
        if (paused) this.source?.pause();
        else this.source?.resume();
      },
    });
  }

  /** Reads `source` to its end (or its error, or an abort), then writes out what is queued. */
  pump(source: NodeJS.ReadableStream, tty: boolean): Promise<void> {
    this.source = source;
    const push = (stream: StreamName, data: Buffer, start = false) => this.batcher.push(this.decoder.decode(stream, data, start));
    const demuxer = tty ? undefined : new Demuxer(push);
    return new Promise<void>((resolve) => {
      const done = () => {
        source.removeListener('data', onData);
        if (this.source === source) this.source = undefined;
        resolve();
      };
      const onData = (chunk: Buffer) => (demuxer ? demuxer.push(chunk) : push('stdout', chunk));
      source.on('data', onData);
      source.once('end', done);
      source.once('close', done);
      source.once('error', done);
      if (this.batcher.isPaused) source.pause();
    });
  }

  /** The engine time to ask for to continue after the last line seen, as `since` wants it. */
  resumeSince(): string | undefined {
    return this.decoder.lastTimestamp === undefined ? undefined : unixTimeAfter(this.decoder.lastTimestamp);
  }

  dispose(): void {
    this.batcher.dispose();
    this.source = undefined;
  }
}

/**
 * An RFC 3339 time with up to nanoseconds, plus one nanosecond, as the UNIX seconds with a
 * nine-digit fraction that the engine's `since` takes: the engine includes lines stamped
 * exactly at `since`, so the next request starts strictly after the last line seen.
 */
export function unixTimeAfter(timestamp: string): string | undefined {
  const parsed = parseTime(timestamp);
  if (!parsed) return undefined;
  let { seconds, nanos } = parsed;
  nanos += 1;
  if (nanos >= 1e9) {
    seconds += 1;
    nanos -= 1e9;
  }
  return `${seconds}.${String(nanos).padStart(9, '0')}`;
}

function parseTime(text: string): { seconds: number; nanos: number } | undefined {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/i.exec(text.trim());
  if (!match) return undefined;
  const ms = Date.parse(`${match[1]}${match[3].toUpperCase()}`);
  if (Number.isNaN(ms)) return undefined;
  return { seconds: Math.floor(ms / 1000), nanos: Number((match[2] ?? '').padEnd(9, '0')) };
}

const DURATION_UNITS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600 };

/**
 * What a user types for "since", as the engine's UNIX time: a duration before `now` (`10m`,
 * `2h`, `1h30m`, `45s`, the Docker CLI's Go durations), an RFC 3339 time (`2024-05-01T10:00:00Z`;
 * a date alone is midnight UTC) or UNIX seconds. Undefined when it is none of these.
 */
export function parseSince(input: string, now: Date = new Date()): string | undefined {
  const text = input.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d{1,9})?$/.test(text)) return text;
  if (/^(\d+(\.\d+)?(ms|s|m|h))+$/.test(text)) {
    let seconds = 0;
    for (const [, value, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) seconds += Number(value) * DURATION_UNITS[unit];
    return (Math.floor(now.getTime() / 1000 - seconds)).toString();
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const ms = Date.parse(`${text}T00:00:00Z`);
    return Number.isNaN(ms) ? undefined : String(ms / 1000);
  }
  const parsed = parseTime(text);
  return parsed && `${parsed.seconds}.${String(parsed.nanos).padStart(9, '0')}`;
}

/** The tail a user types: a count of lines, or `all`. Undefined when it is neither. */
export function parseTail(input: string): number | 'all' | undefined {
  const text = input.trim().toLowerCase();
  if (text === 'all') return 'all';
  return /^\d+$/.test(text) ? Number(text) : undefined;
}
