import type { Endpoint } from './endpoint';
import { describeSshFailure } from './ssh';
import { describeTlsFailure } from './tls';

/** Why the engine could not be used, in terms a person can act on. */
export type EngineProblem = 'notRunning' | 'permissionDenied' | 'wrongHost' | 'tls' | 'ssh' | 'apiTooOld' | 'unknown';

export class EngineError extends Error {
  constructor(
    readonly problem: EngineProblem,
    readonly address: string,
    readonly detail: string,
  ) {
    super(`${problem} (${address}): ${detail}`);
    this.name = 'EngineError';
  }
}

interface ErrorLike {
  code?: string;
  statusCode?: number;
  message?: string;
}

/** Maps a socket or HTTP failure from dockerode to the problem behind it. */
export function classifyEngineError(error: unknown, endpoint: Endpoint): EngineError {
  if (error instanceof EngineError) return error;
  const ssh = describeSshFailure(error);
  if (ssh) return new EngineError(ssh.problem, endpoint.address, ssh.detail);
  const tlsDetail = describeTlsFailure(error);
  if (tlsDetail) return new EngineError('tls', endpoint.address, tlsDetail);
  const e = (error ?? {}) as ErrorLike;
  const detail = e.message ?? String(error);
  const problem = problemOf(e, detail);
  return new EngineError(problem, endpoint.address, detail);
}

function problemOf(e: ErrorLike, detail: string): EngineProblem {
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permissionDenied';
    case 'ENOENT':
    case 'ECONNREFUSED':
      return 'notRunning';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ETIMEDOUT':
    case 'ECONNRESET':
      return 'wrongHost';
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
    case 'CERT_HAS_EXPIRED':
    case 'EPROTO':
      return 'tls';
  }
  if (/client version .* is too (old|new)|minimum supported API version/i.test(detail)) return 'apiTooOld';
  if (e.statusCode === 400 && /plain HTTP request was sent to HTTPS/i.test(detail)) return 'tls';
  return 'unknown';
}
