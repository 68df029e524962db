import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';

/** One entry of a tar archive; a file's content is read from `source` only when it is sent. */
export interface TarEntry {
  /** The path inside the archive, with `/`, no leading slash. */
  name: string;
  type: 'file' | 'directory' | 'symlink';
  mode: number;
  mtime: Date;
  size?: number;
  source?: string;
  linkTarget?: string;
}

const BLOCK = 512;

/**
 * A POSIX (ustar + pax) tar stream of `entries`, produced as the reader asks for it: at most one
 * file is open at a time and nothing is held beyond one chunk. A file that changes size while it
 * is read is padded or cut to the size its header announced, so the archive stays well-formed.
 */
export function tarStream(entries: readonly TarEntry[]): Readable {
  return Readable.from(generate(entries), { objectMode: false, highWaterMark: 64 * 1024 });
}

async function* generate(entries: readonly TarEntry[]): AsyncGenerator<Buffer> {
  for (const entry of entries) {
    const size = entry.type === 'file' ? (entry.size ?? 0) : 0;
    yield* headers(entry, size);
    if (entry.type !== 'file' || size === 0) continue;
    let sent = 0;
    for await (const chunk of createReadStream(entry.source!, { highWaterMark: 64 * 1024 }) as AsyncIterable<Buffer>) {
      const room = size - sent;
      if (room <= 0) break;
      const piece = chunk.length > room ? chunk.subarray(0, room) : chunk;
      sent += piece.length;
      yield piece;
    }
    if (sent < size) yield Buffer.alloc(size - sent);
    const padding = (BLOCK - (size % BLOCK)) % BLOCK;
    if (padding) yield Buffer.alloc(padding);
  }
  yield Buffer.alloc(BLOCK * 2);
}

function* headers(entry: TarEntry, size: number): Generator<Buffer> {
  const name = entry.type === 'directory' ? `${entry.name}/` : entry.name;
  const link = entry.linkTarget ?? '';
  const pax: Record<string, string> = {};
  const split = splitName(name);
  if (!split) pax.path = name;
  if (Buffer.byteLength(link) > 100) pax.linkpath = link;
  if (Object.keys(pax).length > 0) {
    const body = Buffer.from(Object.entries(pax).map(([key, value]) => paxRecord(key, value)).join(''));
    yield header({ name: 'PaxHeader', mode: 0o644, size: body.length, mtime: entry.mtime, type: 'x', link: '' });
    yield body;
    const padding = (BLOCK - (body.length % BLOCK)) % BLOCK;
    if (padding) yield Buffer.alloc(padding);
  }
  const typeFlag = entry.type === 'file' ? '0' : entry.type === 'directory' ? '5' : '2';
  yield header({ name: split ? split.name : name.slice(-99), prefix: split?.prefix, mode: entry.mode & 0o7777, size, mtime: entry.mtime, type: typeFlag, link: Buffer.byteLength(link) > 100 ? '' : link });
}

function paxRecord(key: string, value: string): string {
  // "<length> <key>=<value>\n", where the length counts itself.
  const rest = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(rest) + 1;
  while (String(length).length + Buffer.byteLength(rest) !== length) length = String(length).length + Buffer.byteLength(rest);
  return `${length}${rest}`;
}

/** Fits a path into ustar's 100-byte name and 155-byte prefix; undefined when it cannot. */
function splitName(name: string): { name: string; prefix?: string } | undefined {
  if (Buffer.byteLength(name) <= 100) return { name };
  if (Buffer.byteLength(name) !== name.length) return undefined; // non-ASCII long paths go in pax
  for (let slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
    const prefix = name.slice(0, slash);
    const rest = name.slice(slash + 1);
    if (prefix.length <= 155 && rest.length <= 100 && rest.length > 0) return { name: rest, prefix };
  }
  return undefined;
}

function header(fields: { name: string; prefix?: string; mode: number; size: number; mtime: Date; type: string; link: string }): Buffer {
  const block = Buffer.alloc(BLOCK);
  block.write(fields.name, 0, 100, 'utf8');
  octal(block, fields.mode, 100, 8);
  octal(block, 0, 108, 8); // uid: the CLI sends root-owned files
  octal(block, 0, 116, 8); // gid
  octal(block, fields.size, 124, 12);
  octal(block, Math.floor(fields.mtime.getTime() / 1000), 136, 12);
  block.fill(' ', 148, 156); // checksum placeholder
  block.write(fields.type, 156, 1, 'ascii');
  block.write(fields.link, 157, 100, 'utf8');
  block.write('ustar\u000000', 257, 8, 'ascii');
  if (fields.prefix) block.write(fields.prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(sum.toString(8).padStart(6, '0') + '\u0000 ', 148, 8, 'ascii');
  return block;
}

function octal(block: Buffer, value: number, offset: number, length: number): void {
  block.write(value.toString(8).padStart(length - 1, '0') + '\u0000', offset, length, 'ascii');
}
