/** Which of a container's streams a piece of output came from. */
export type StreamName = 'stdin' | 'stdout' | 'stderr';

const STREAM_BY_TYPE: Record<number, StreamName | undefined> = { 0: 'stdin', 1: 'stdout', 2: 'stderr' };
const HEADER_LENGTH = 8;

/**
 * Splits the engine's multiplexed stream (logs and exec of a container without a TTY) into
 * stdout and stderr. Each frame is an 8-byte header (stream type, three zero bytes, payload
 * length as a big-endian uint32) followed by the payload; frames and headers arrive cut at any
 * byte, so the demuxer keeps what it has not finished until the next chunk.
 *
 * Payloads are handed on as they arrive, even a frame's first part, so a large frame does not
 * wait for its end. A header that is not one (a raw stream sent by mistake) switches to passing
 * everything on as stdout, the way the Docker CLI behaves.
 */
export class Demuxer {
  private header = Buffer.alloc(HEADER_LENGTH);
  private headerFilled = 0;
  private current: StreamName = 'stdout';
  private remaining = 0;
  private raw = false;

  private frameStart = false;

  /** `onFrame` gets each piece of payload; `start` is true for the first piece of a frame. */
  constructor(private readonly onFrame: (stream: StreamName, data: Buffer, start: boolean) => void) {}

  push(chunk: Buffer): void {
    if (this.raw) {
      if (chunk.length > 0) this.onFrame('stdout', chunk, false);
      return;
    }
    let offset = 0;
    while (offset < chunk.length) {
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, chunk.length - offset);
        this.onFrame(this.current, chunk.subarray(offset, offset + take), this.frameStart);
        this.frameStart = false;
        this.remaining -= take;
        offset += take;
        continue;
      }
      const take = Math.min(HEADER_LENGTH - this.headerFilled, chunk.length - offset);
      chunk.copy(this.header, this.headerFilled, offset, offset + take);
      this.headerFilled += take;
      offset += take;
      if (this.headerFilled < HEADER_LENGTH) return;
      this.headerFilled = 0;
      const stream = STREAM_BY_TYPE[this.header[0]];
      if (!stream || this.header[1] !== 0 || this.header[2] !== 0 || this.header[3] !== 0) {
        this.raw = true;
        this.onFrame('stdout', Buffer.concat([this.header, chunk.subarray(offset)]), false);
        return;
      }
      this.current = stream;
      this.remaining = this.header.readUInt32BE(4);
      this.frameStart = true;
    }
  }

  /** Whether the stream stopped in the middle of a header or a frame. */
  get incomplete(): boolean {
    return this.headerFilled > 0 || this.remaining > 0;
  }
}

/** Builds one frame of the multiplexed format (tests, and fakes that play an engine). */
export function muxFrame(stream: StreamName, data: Buffer | string): Buffer {
  const payload = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const header = Buffer.alloc(HEADER_LENGTH);
  header[0] = stream === 'stdin' ? 0 : stream === 'stdout' ? 1 : 2;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}
