/** What the image, volume and network calls of the Engine answer, beyond the records. */

/** What an image removal did: the names it took away and the image ids it deleted. */
export interface ImageRemoval {
  untagged: string[];
  deleted: string[];
}

/** One layer of an image's history, newest first. */
export interface ImageHistoryEntry {
  /** Absent for layers built elsewhere (the engine says `<missing>`). */
  id?: string;
  created: Date;
  /** The command that made the layer, as the engine records it (`/bin/sh -c #(nop) ...`). */
  createdBy: string;
  tags: string[];
  size: number;
  comment: string;
}

/** What a prune removed (ids or names) and the disk space it freed, in bytes. */
export interface PruneResult {
  removed: string[];
  spaceReclaimed: number;
}
