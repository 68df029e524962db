import { Connection } from 'vscode-languageserver';
import { ImageInfoLookup } from './features/hover';
import { LOCAL_IMAGES_CHANGED, LOCAL_IMAGES_REQUEST, LocalImage } from './protocol/localImages';

/** How long a feature waits for the client's answer before going on without images. */
const ANSWER_TIMEOUT_MS = 1500;

/**
 * The images of the user's engine, asked of the client on first need and forgotten when the
 * client says they changed. A client that does not know the request makes this an empty list.
 */
export class LocalImages {
  private images: LocalImage[] | undefined;
  private pending: Promise<LocalImage[]> | undefined;
  private unsupported = false;

  constructor(private readonly connection: Connection) {
    connection.onNotification(LOCAL_IMAGES_CHANGED, () => {
      this.images = undefined;
    });
  }

  /** The images, when they were already fetched (for answers that must not wait). */
  get known(): readonly LocalImage[] {
    return this.images ?? [];
  }

  async get(): Promise<readonly LocalImage[]> {
    if (this.images) return this.images;
    if (this.unsupported) return [];
    this.pending ??= this.fetch().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async fetch(): Promise<LocalImage[]> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ANSWER_TIMEOUT_MS)));
    try {
      const answer = await Promise.race([this.connection.sendRequest<LocalImage[] | null>(LOCAL_IMAGES_REQUEST), timeout]);
      if (Array.isArray(answer)) this.images = answer;
      return answer ?? [];
    } catch {
      // The client does not handle Berth's request (another editor): do not ask again.
      this.unsupported = true;
      return [];
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Finds an image by `repo:tag` (an untagged reference means `:latest`), for hover. */
export function imageLookup(images: readonly LocalImage[]): ImageInfoLookup {
  const byTag = new Map<string, LocalImage>();
  for (const image of images) for (const tag of image.tags) byTag.set(tag, image);
  return (reference) => byTag.get(reference) ?? (reference.includes(':') ? undefined : byTag.get(`${reference}:latest`));
}
