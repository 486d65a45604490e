import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Problem } from '#schemas/api';
import type { Identity, Permission } from '../identity.ts';
import { rolesWith } from '../identity.ts';
import { unauthorized } from '../problems.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Who may call the route: a role holding any of these permissions, the operator alone, or anyone signed
     * in. The API checks it as soon as it knows the caller, before it reads the path, the query or the
     * body (service/app.ts), so a role without the right is told 403, not how to fix a request it may not
     * make; the operations check again, as the CLI calls them without the API.
     */
    who?: readonly [Permission, ...Permission[]] | 'operator' | 'signed-in';
    /** The route takes a scan as its body: a body too large is «Filen». */
    fileBody?: boolean;
  }
}

/** The identity the auth hook resolved; every /api route has one or never got this far. */
export function identityOf(request: FastifyRequest): Identity {
  const identity = request.identity;
  if (!identity) throw unauthorized('Sign in with a token: send Authorization: Bearer <token>.', 'Logg inn med en nøkkel.');
  return identity;
}

const described: Record<number, string> = {
  202: 'Taken and still being carried out; look it up again shortly',
  400: 'Bad input (RFC 9457 problem details)',
  401: 'No valid token',
  403: 'The role may not do this',
  404: 'Not found',
  409: 'Someone was first (the detail names who)',
  413: 'The upload is too large',
  422: 'Valid, but it cannot be carried out (the detail says why)',
  500: 'It failed on our side (the detail says what is still true); any route can answer it, these say when',
};

/** Problem answers a route documents, beside its success schema: application/problem+json. */
export function problems(...statuses: number[]) {
  return Object.fromEntries(statuses.map((s) => [s, { description: described[s] ?? 'Problem', content: { 'application/problem+json': { schema: Problem } } }]));
}

/** A success answered with bytes, not JSON (a PDF, a page image): documented so that a client generated from the OpenAPI document types it as binary. */
export function bytesAnswer(mediaType: string, description: string, bytes: string) {
  return { 200: { description, content: { [mediaType]: { schema: z.string().meta({ format: 'binary' }).describe(bytes) } } } };
}

/** The OpenAPI description of who may call an operation. */
export function allowed(permission: Permission): string {
  return `Roles: ${rolesWith(permission).join(', ')}.`;
}
