import type { FastifyRequest } from 'fastify';
import { Role } from '#schemas/api';
import { forbidden } from '../problems.ts';
import type { Authenticator } from './authenticator.ts';

/**
 * Identity behind API Gateway with a Cognito user pool authorizer: the authorizer has checked the
 * token and put its claims on the request context; the user's groups are the roles. The event comes
 * from @fastify/aws-lambda (`request.awsLambda.event`), passed in so this module needs no AWS types.
 */
type Claims = Record<string, unknown>;

export function claimsOf(event: unknown): Claims | null {
  const claims = (event as { requestContext?: { authorizer?: { claims?: unknown } } } | undefined)?.requestContext?.authorizer?.claims;
  return claims && typeof claims === 'object' ? (claims as Claims) : null;
}

/** API Gateway passes `cognito:groups` as "a,b", "[a b]" or an array, depending on the integration. */
export function groupsOf(claims: Claims): string[] {
  const groups = claims['cognito:groups'];
  if (Array.isArray(groups)) return groups.map(String);
  if (typeof groups !== 'string') return [];
  return groups
    .replace(/^\[|\]$/g, '')
    .split(/[,\s]+/)
    .filter(Boolean);
}

export function cognitoAuthenticator(eventOf: (request: FastifyRequest) => unknown = (request) => (request as { awsLambda?: { event?: unknown } }).awsLambda?.event): Authenticator {
  return {
    async identify(request) {
      const claims = claimsOf(eventOf(request));
      if (!claims) return null;
      const person = String(claims['cognito:username'] ?? claims.email ?? claims.sub ?? '');
      if (!person) return null;
      const roles = groupsOf(claims).filter((g) => Role.safeParse(g).success) as Role[];
      if (roles.length === 0) throw forbidden(`The account ${person} is in no postmottak group (${Role.options.join(', ')}); ask an administrator to add it to one.`, `Kontoen ${person} er ikke i noen postmottak-gruppe (${Role.options.join(', ')}); be en administrator legge den til i én.`);
      if (roles.length > 1) throw forbidden(`The account ${person} is in several role groups (${roles.join(', ')}); a person has one role, so an administrator must remove all but one.`, `Kontoen ${person} er i flere rollegrupper (${roles.join(', ')}); en person har én rolle, så en administrator må fjerne alle unntatt én.`);
      return { person, role: roles[0]! };
    },
  };
}
