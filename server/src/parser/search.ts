/**
 * Binary search over sorted things (instructions by line, stages by FROM, comments, tokens).
 * `test` must be false for a first run of indexes and true for the rest.
 */

/** The smallest index in [0, length) for which `test` holds, or `length` when none does. */
export function lowerBound(length: number, test: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (test(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The last index in [0, length) for which `atOrBefore` holds (true, then false), or -1. */
export function lastIndexWhere(length: number, atOrBefore: (index: number) => boolean): number {
  return lowerBound(length, (index) => !atOrBefore(index)) - 1;
}
