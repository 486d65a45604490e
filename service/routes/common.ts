import type { FastifyRequest } from 'fastify';
import { Problem } from '#schemas/api';
import type { Identity, Permission } from '../identity.ts';
import { rolesWith } from '../identity.ts';
import { unauthorized } from '../problems.ts';

/** The identity the auth hook resolved; every /api route has one or never got this far. */
export function identityOf(request: FastifyRequest): Identity {
  const identity = request.identity;
  if (!identity) throw unauthorized('Sign in with a token: send Authorization: Bearer <token>.');
  return identity;
}

/** Problem answers a route documents, beside its success schema. */
export function problems(...statuses: number[]) {
  return Object.fromEntries(statuses.map((s) => [s, Problem]));
}

/** The OpenAPI description of who may call an operation. */
export function allowed(permission: Permission): string {
  return `Roles: ${rolesWith(permission).join(', ')}.`;
}
