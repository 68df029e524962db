import { readFileSync } from 'node:fs';
import { Agent } from 'node:https';
import type { TlsSettings } from './endpoint';

/** What dockerode needs for a TLS connection. */
export interface TlsOptions {
  ca: Buffer | undefined;
  cert: Buffer | undefined;
  key: Buffer | undefined;
  /** Only to switch verification off: docker-modem has no option for it, but an agent's options win. */
  agent: Agent | undefined;
}

/**
 * Reads the TLS files of an endpoint. Throws an Error naming the file when one cannot be read,
 * or when only one of certificate and key is there (the CLI refuses that too).
 * Without a CA the system's CAs verify the engine, as in the CLI.
 */
export function loadTls(settings: TlsSettings): TlsOptions {
  const read = (file: string, what: string) => {
    try {
      return readFileSync(file);
    } catch (error) {
      throw new Error(`Cannot read the ${what} ${file}: ${(error as Error).message}`);
    }
  };
  // The CLI ignores the CA when it does not verify; so do we.
  const ca = settings.verify && settings.caFile ? read(settings.caFile, 'CA certificate') : undefined;
  if (Boolean(settings.certFile) !== Boolean(settings.keyFile)) {
    throw new Error(`A client certificate needs its key: ${settings.certFile ? `no key for ${settings.certFile}` : `no certificate for ${settings.keyFile}`}`);
  }
  const cert = settings.certFile ? read(settings.certFile, 'client certificate') : undefined;
  const key = settings.keyFile ? read(settings.keyFile, 'client key') : undefined;
  return { ca, cert, key, agent: settings.verify ? undefined : new Agent({ rejectUnauthorized: false }) };
}

interface ErrorLike {
  code?: string;
  message?: string;
}

/** Node's codes for a server certificate it does not trust. */
const UNTRUSTED_SERVER = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_SIGNATURE_FAILURE',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/**
 * When a failure is a TLS one, what went wrong in words a person can act on, followed by
 * Node's own message; undefined otherwise.
 */
export function describeTlsFailure(error: unknown): string | undefined {
  const e = (error ?? {}) as ErrorLike;
  const code = e.code ?? '';
  const message = e.message ?? String(error);
  if (UNTRUSTED_SERVER.has(code)) return `The engine's certificate is not trusted (${code}): ${message}`;
  // Alerts from the engine during the handshake: it refused (or did not get) our certificate.
  if (/^ERR_SSL_.*ALERT_(BAD_CERTIFICATE|UNKNOWN_CA|CERTIFICATE_REQUIRED|CERTIFICATE_UNKNOWN|DECRYPT_ERROR|ACCESS_DENIED)$/.test(code)) {
    return `The engine refused the client certificate (${code}): ${message.trim()}`;
  }
  if (code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_') || code === 'EPROTO') return `TLS failed (${code}): ${message.trim()}`;
  // The engine answers plain HTTP on a TLS port with a 400 that says so (Go's wording, and nginx's).
  if (/sent an HTTP request to an HTTPS server|plain HTTP request was sent to HTTPS/i.test(message)) {
    return `The engine expects TLS; set DOCKER_TLS_VERIFY or use a context with TLS: ${message.trim()}`;
  }
  return undefined;
}
