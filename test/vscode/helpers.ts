import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BerthApi } from '../../client/src/extension';

export const EXTENSION_ID = 'berth.berth';

/** Leaves a line for the runner to print (figures measured inside the extension host). */
export function note(text: string): void {
  (globalThis as { berthTestNote?: (note: string) => void }).berthTestNote?.(text);
}

export async function activateBerth(): Promise<BerthApi> {
  const extension = vscode.extensions.getExtension<BerthApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  return extension.activate();
}

