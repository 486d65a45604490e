import type { FastifyRequest } from 'fastify';
import { Role } from '#schemas/api';
import type { Identity } from '../identity.ts';
import { forbidden } from '../problems.ts';
import type { Authenticator } from './authenticator.ts';

/**
 * Identity behind API Gateway with a Cognito user pool authorizer: the authorizer has checked the
 * access token and its scope and put its claims on the request context. A person's groups are the
 * roles; a downstream system's machine client (client credentials, no user) is the `system` role.
 * The event comes from @fastify/aws-lambda (`request.awsLambda.event`), passed in so this module
 * needs no AWS types.
 */
type Claims = Record<string, unknown>;

/** The API's OAuth scopes (a Cognito resource server): the methods accept either. */
export const apiScopes = {
  server: 'postmottak',
  /** People, through the page's app client; their role is their group. */
  person: 'person',
  /** Downstream systems, through the machine client's client-credentials grant. */
  systemRead: 'system.read',
} as const;
/** The environment variable that names the machine client to the api function (infra/constructs/api.ts sets it). */
export const SYSTEM_CLIENT_ID_ENV = 'SYSTEM_CLIENT_ID';
export const scopeName = (scope: 'person' | 'systemRead') => `${apiScopes.server}/${apiScopes[scope]}`;

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

const lambdaEvent = (request: FastifyRequest) => (request as { awsLambda?: { event?: unknown } }).awsLambda?.event;

/**
 * @param systemClientId the machine client's id (SYSTEM_CLIENT_ID in AWS): its token with the
 *   `postmottak/system.read` scope is the `system` role and nothing more.
 */
export function cognitoAuthenticator(eventOf: (request: FastifyRequest) => unknown = lambdaEvent, systemClientId?: string): Authenticator {
  return {
    async identify(request) {
      const claims = claimsOf(eventOf(request));
      if (!claims) return null;
      // An ID token names the user `cognito:username`, an access token `username`; a client-credentials token names none.
      const user = claims['cognito:username'] ?? claims.username;
      if (user === undefined) return machineIdentity(claims, systemClientId);
      const person = String(user || claims.email || claims.sub || '');
      if (!person) return null;
      const roles = groupsOf(claims).filter((g) => Role.safeParse(g).success) as Role[];
      if (roles.length === 0) throw forbidden(`The account ${person} is in no postmottak group (${Role.options.join(', ')}); ask an administrator to add it to one.`, `Kontoen ${person} er ikke i noen postmottak-gruppe (${Role.options.join(', ')}); be en administrator legge den til i én.`);
      if (roles.length > 1) throw forbidden(`The account ${person} is in several role groups (${roles.join(', ')}); a person has one role, so an administrator must remove all but one.`, `Kontoen ${person} er i flere rollegrupper (${roles.join(', ')}); en person har én rolle, så en administrator må fjerne alle unntatt én.`);
      return { person, role: roles[0]! };
    },
  };
}

/** A token of no user: the system role only for postmottak's own machine client with the read scope; any other client gets nothing. */
function machineIdentity(claims: Claims, systemClientId: string | undefined): Identity {
  const clientId = typeof claims.client_id === 'string' ? claims.client_id : '';
  const scopes = typeof claims.scope === 'string' ? claims.scope.split(/\s+/) : [];
  if (!systemClientId || clientId !== systemClientId) {
    throw forbidden(`The app client ${clientId || '(none)'} is not postmottak's system client; a downstream system uses the client the stack made (output SystemClientId).`, `Appklienten ${clientId || '(ingen)'} er ikke postmottaks systemklient; et nedstrøms system bruker klienten stakken laget (utdata SystemClientId).`);
  }
  if (!scopes.includes(scopeName('systemRead'))) {
    throw forbidden(`The token of the system client lacks the scope ${scopeName('systemRead')}; ask for it at the token endpoint.`, `Tokenet til systemklienten mangler omfanget ${scopeName('systemRead')}; be om det ved token-endepunktet.`);
  }
  return { person: `system-client-${clientId}`, role: 'system' };
}
