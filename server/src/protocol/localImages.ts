/**
 * Berth's own LSP messages about the images on the user's Docker engine, defined once and
 * imported by the client and the server. The server stays fully usable without them (a plain
 * LSP client never answers): image names in FROM completion and image details in hover are extras.
 */

/** An image as the language server needs it. */
export interface LocalImage {
  id: string;
  /** `repo:tag` names; empty for a dangling image. */
  tags: string[];
  size: number;
  /** ISO 8601. */
  created: string;
}

/**
 * Request, server to client, no params: the images on the engine. Asked only when a feature
 * needs them (completion or hover in a FROM), so editing never wakes the engine by itself.
 */
export const LOCAL_IMAGES_REQUEST = 'berth/localImages';

/** Notification, client to server, no params: the engine's images changed; ask again when needed. */
export const LOCAL_IMAGES_CHANGED = 'berth/localImagesChanged';
