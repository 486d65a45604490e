import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyRequest } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addPerson, ensureStarterTokens, localTokenAuthenticator, readPeople, removePerson, tokenHash } from '../../service/auth/local-tokens.ts';
import { cognitoAuthenticator, groupsOf } from '../../service/auth/cognito.ts';
import { ApiProblem } from '../../service/problems.ts';
import { buildApp } from '../../service/app.ts';
import type { ServiceContext } from '../../service/ports.ts';

const request = (headers: Record<string, string>, extra: Record<string, unknown> = {}) => ({ headers, ...extra }) as unknown as FastifyRequest;

describe('local tokens', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'postmottak-tokens-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('makes one starter token per role once, in a file only its owner reads', async () => {
    const first = await ensureStarterTokens(dataDir);
    expect((await stat(path.join(dataDir, 'tokens.json'))).mode & 0o777).toBe(0o600);
    expect(new Set(Object.values(first)).size).toBe(5);
    expect(await ensureStarterTokens(dataDir)).toEqual(first);
    const auth = localTokenAuthenticator(dataDir);
    expect(await auth.identify(request({ authorization: `Bearer ${first.system}` }))).toEqual({ person: 'starter-system', role: 'system' });
  });

  it('keeps only the hash of a person’s token; a removed person’s token stops working', async () => {
    const token = await addPerson(dataDir, 'Ola Leser', 'reader');
    const stored = await readFile(path.join(dataDir, 'people.json'), 'utf8');
    expect(stored).not.toContain(token);
    expect((await readPeople(dataDir))[0]!.tokenSha256).toBe(tokenHash(token));
    expect((await stat(path.join(dataDir, 'people.json'))).mode & 0o777).toBe(0o600);
    const auth = localTokenAuthenticator(dataDir);
    expect(await auth.identify(request({ authorization: `Bearer ${token}` }))).toEqual({ person: 'Ola Leser', role: 'reader' });
    await expect(addPerson(dataDir, 'ola leser', 'archivist')).rejects.toThrow(/har allerede en nøkkel/);
    expect(await removePerson(dataDir, 'Ola Leser')).toBe(true);
    expect(await auth.identify(request({ authorization: `Bearer ${token}` }))).toBeNull();
  });

  it('lets the operator secret of a serve run act for a named person and role, and nothing without them', async () => {
    const auth = localTokenAuthenticator(dataDir, { operatorToken: 'pm_operator-secret-of-this-run-0123456789' });
    const bearer = { authorization: 'Bearer pm_operator-secret-of-this-run-0123456789' };
    expect(await auth.identify(request({ ...bearer, 'x-postmottak-person': encodeURIComponent('Åse Arkivar'), 'x-postmottak-role': 'archivist' }))).toEqual({ person: 'Åse Arkivar', role: 'archivist', operator: true });
    expect(await auth.identify(request({ ...bearer, 'x-postmottak-role': 'archivist' }))).toBeNull();
    expect(await auth.identify(request({ ...bearer, 'x-postmottak-person': 'x', 'x-postmottak-role': 'admin' }))).toBeNull();
  });

  it('marks no starter token and no person as the operator, the system role included (reconcile is the operator\'s)', async () => {
    const auth = localTokenAuthenticator(dataDir, { operatorToken: 'pm_operator-secret-of-this-run-0123456789' });
    const tokens = await ensureStarterTokens(dataDir);
    const system = await auth.identify(request({ authorization: `Bearer ${tokens.system}`, 'x-postmottak-person': 'x', 'x-postmottak-role': 'system' }));
    expect(system).toEqual({ person: 'starter-system', role: 'system' });
    const added = await addPerson(dataDir, 'Driftsrobot', 'system');
    expect(await auth.identify(request({ authorization: `Bearer ${added}` }))).toEqual({ person: 'Driftsrobot', role: 'system' });
  });
});

describe('Cognito behind API Gateway', () => {
  const event = (claims: Record<string, unknown>) => ({ requestContext: { authorizer: { claims } } });
  const auth = (claims: Record<string, unknown> | null) => cognitoAuthenticator(() => (claims ? event(claims) : undefined));

  it('reads the groups API Gateway passes in any of its spellings', () => {
    expect(groupsOf({ 'cognito:groups': 'caseworker' })).toEqual(['caseworker']);
    expect(groupsOf({ 'cognito:groups': '[reader other]' })).toEqual(['reader', 'other']);
    expect(groupsOf({ 'cognito:groups': 'reader,other' })).toEqual(['reader', 'other']);
    expect(groupsOf({ 'cognito:groups': ['system'] })).toEqual(['system']);
  });

  it('takes the person from the user name and the role from the one role group', async () => {
    expect(await auth({ 'cognito:username': 'kari', 'cognito:groups': '[caseworker staff]' }).identify(request({}))).toEqual({ person: 'kari', role: 'caseworker' });
    expect(await auth(null).identify(request({}))).toBeNull();
  });

  it('takes a person\'s access token (user name as `username`) as it takes the ID token', async () => {
    const personAccess = { username: 'kari', 'cognito:groups': ['archivist'], client_id: 'page-client', scope: 'openid postmottak/person', token_use: 'access' };
    expect(await auth(personAccess).identify(request({}))).toEqual({ person: 'kari', role: 'archivist' });
    // A person in the system group stays a person with that role; the machine client's scope adds nothing to a person.
    const machine = cognitoAuthenticator(() => event({ ...personAccess, client_id: 'system-client', scope: 'postmottak/system.read' }), 'system-client');
    expect(await machine.identify(request({}))).toEqual({ person: 'kari', role: 'archivist' });
  });

  describe('a downstream system\'s machine token (client credentials: no user, no groups)', () => {
    const machineToken = (clientId: string, scope = 'postmottak/system.read') => ({ sub: clientId, client_id: clientId, scope, token_use: 'access' });
    const asMachine = (claims: Record<string, unknown>) => cognitoAuthenticator(() => event(claims), 'system-client').identify(request({}));

    it('is the system role, and nothing more, for postmottak\'s own machine client with the read scope', async () => {
      expect(await asMachine(machineToken('system-client'))).toEqual({ person: 'system-client-system-client', role: 'system' });
    });

    it('gets nothing for another client of the pool, or without the read scope, or when no machine client is configured', async () => {
      await expect(asMachine(machineToken('other-client'))).rejects.toMatchObject({ status: 403, detail: expect.stringContaining('not postmottak\'s system client') });
      await expect(asMachine(machineToken('system-client', 'postmottak/person'))).rejects.toMatchObject({ status: 403, detail: expect.stringContaining('lacks the scope postmottak/system.read') });
      await expect(asMachine({ ...machineToken('system-client'), 'cognito:groups': ['archivist'] })).resolves.toEqual({ person: 'system-client-system-client', role: 'system' });
      await expect(cognitoAuthenticator(() => event(machineToken('system-client'))).identify(request({}))).rejects.toMatchObject({ status: 403 });
    });
  });

  it('refuses an account in no role group or in two, saying why', async () => {
    await expect(auth({ 'cognito:username': 'kari', 'cognito:groups': 'staff' }).identify(request({}))).rejects.toMatchObject({ status: 403, detail: expect.stringContaining('in no postmottak group') });
    await expect(auth({ 'cognito:username': 'kari', 'cognito:groups': 'reader,archivist' }).identify(request({}))).rejects.toBeInstanceOf(ApiProblem);
  });
});

describe('a failure on our side', () => {
  it('is a 500 problem+json without a stack trace or the error text', async () => {
    const broken = { send: async () => { throw new Error('connect ECONNREFUSED 127.0.0.1:1 secret-internal-detail'); } };
    const context = { db: { client: broken, table: 'postmottak' }, config: { areas: [] }, now: () => new Date() } as unknown as ServiceContext;
    const app = await buildApp({ context, authenticator: { identify: async () => ({ person: 'p', role: 'caseworker' }) }, webDir: null });
    const response = await app.inject({ method: 'GET', url: '/api/v1/cases/2025-00001' });
    await app.close();
    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ status: 500, title: 'Something went wrong on our side', instance: '/api/v1/cases/2025-00001' });
    expect(response.body).not.toMatch(/ECONNREFUSED|secret-internal-detail|\.ts:\d+/);
  });
});
