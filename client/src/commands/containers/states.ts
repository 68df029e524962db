import { ObjectRow } from '../shared/selection';

/** The container state a row shows: the part of `container.<state>[.suffix]` after the prefix. */
export function stateOf(row: { contextValue: string }): string {
  return row.contextValue.split('.')[1] ?? '';
}

/** A pick filter: rows in one of `states`. */
export function inState(...states: string[]): (row: ObjectRow) => boolean {
  return (row) => states.includes(stateOf(row));
}
