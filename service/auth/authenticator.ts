import type { FastifyRequest } from 'fastify';
import type { Identity } from '../identity.ts';

/**
 * Resolves who is asking. Locally: bearer tokens from the data dir (local-tokens.ts); in AWS: the
 * Cognito claims API Gateway's authorizer put on the request (cognito.ts). Returns null when the
 * request carries no valid credentials (401); throws an ApiProblem for a known person it refuses.
 */
export interface Authenticator {
  identify(request: FastifyRequest): Promise<Identity | null>;
}

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1]! : null;
}
