import { EngineError } from '../../engine/errors';

/** The engine's own words for a failure, else the error's message. */
export function errorDetail(error: unknown): string {
  if (error instanceof EngineError) return error.detail;
  return error instanceof Error ? error.message : String(error);
}
