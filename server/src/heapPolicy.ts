import v8 from 'node:v8';

/**
 * Above this size (about 33,000 lines of a typical Dockerfile) a document's syntax tree is
 * tens of megabytes that all survive while they are built, and V8 answers a high survival rate
 * by growing its young generation to its 32 MB maximum: on top of the tree, a quarter of the
 * server's memory, for a collector that gains little from it (the tree outlives it anyway).
 */
export const LARGE_DOCUMENT_CHARACTERS = 1 << 20;

let capped = false;

/**
 * Called with the length of every text the server is about to parse: from the first large
 * document on, the young generation stops growing (it stays at V8's initial size). A trade of
 * time for memory, measured with bench/lsp.mjs's 50,000-line file: peak RSS 142 -> 116 MiB, first
 * diagnostics ~20% slower (more, smaller collections). On 10,000 lines it would save 12 MiB for
 * ~15% more time, so smaller documents leave V8 alone. Returns whether the cap is in force.
 */
export function beforeParsing(characters: number): boolean {
  if (!capped && characters >= LARGE_DOCUMENT_CHARACTERS) {
    // Read by V8 each time it considers growing the young generation, so it takes effect now.
    v8.setFlagsFromString('--semi-space-growth-factor=1');
    capped = true;
  }
  return capped;
}
