import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { authorizeUrl, codeChallenge, completeSignIn, newCodeVerifier, parseHostedSignInConfig, type KeyValueStore } from '../../web/src/hosted-sign-in.ts';

/**
 * The page's sign-in in AWS (issue 11): Cognito's hosted UI with the authorization code flow and PKCE.
 * The challenge is checked against node:crypto's SHA-256, the callback against a fake token endpoint.
 */
const config = parseHostedSignInConfig({
  auth: 'cognito',
  signInOrigin: 'https://postmottak-111111111111.auth.eu-north-1.amazoncognito.com/',
  clientId: 'client-123',
  redirectUri: 'https://d111.cloudfront.net/',
  region: 'eu-north-1',
})!;

function memoryStore(): KeyValueStore & { size(): number } {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k), size: () => map.size };
}

function tokenEndpoint(answer: { status: number; body: unknown }) {
  const calls: { url: string; body: URLSearchParams }[] = [];
  const fetcher = async (url: string, init: { body: string }) => {
    calls.push({ url, body: new URLSearchParams(init.body) });
    return { ok: answer.status < 400, status: answer.status, json: async () => answer.body };
  };
  return { calls, fetcher };
}

describe('PKCE', () => {
  it('makes a 43-character verifier of the unreserved set, new each time', () => {
    const a = newCodeVerifier();
    const b = newCodeVerifier();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
  });

  it('the S256 challenge is base64url(SHA-256(verifier)) without padding', async () => {
    for (const verifier of [newCodeVerifier(), 'dBjftJeZ4CVP-mJ92K1qzOZ9zUd0e7l0D4K6qZ_6gP0']) {
      const expected = createHash('sha256').update(verifier).digest('base64url');
      expect(await codeChallenge(verifier)).toBe(expected);
    }
  });
});

describe('the hosted sign-in', () => {
  it('reads only a complete cognito config.json; locally there is none and the token sign-in stays', () => {
    expect(config.signInOrigin).toBe('https://postmottak-111111111111.auth.eu-north-1.amazoncognito.com');
    expect(parseHostedSignInConfig(null)).toBeNull();
    expect(parseHostedSignInConfig({ auth: 'token' })).toBeNull();
    expect(parseHostedSignInConfig({ ...config, clientId: '' })).toBeNull();
    expect(parseHostedSignInConfig({ ...config, redirectUri: 'http://d111.cloudfront.net/' })).toBeNull();
  });

  it('sends the browser to /oauth2/authorize with the code flow, the challenge of the verifier it keeps, and a state', async () => {
    const store = memoryStore();
    const url = new URL(await authorizeUrl(config, store));
    expect(`${url.origin}${url.pathname}`).toBe(`${config.signInOrigin}/oauth2/authorize`);
    const q = url.searchParams;
    expect(Object.fromEntries(q)).toMatchObject({ response_type: 'code', client_id: 'client-123', redirect_uri: 'https://d111.cloudfront.net/', code_challenge_method: 'S256', scope: 'openid email profile postmottak/person' });
    const verifier = store.getItem('postmottak.pkce.verifier')!;
    expect(q.get('code_challenge')).toBe(createHash('sha256').update(verifier).digest('base64url'));
    expect(q.get('state')).toBe(store.getItem('postmottak.pkce.state'));
    expect(q.get('code_challenge')).not.toContain(verifier);
  });

  it('exchanges the code with the verifier for the access token, once', async () => {
    const store = memoryStore();
    const state = new URL(await authorizeUrl(config, store)).searchParams.get('state')!;
    const verifier = store.getItem('postmottak.pkce.verifier');
    const { calls, fetcher } = tokenEndpoint({ status: 200, body: { id_token: 'id.jwt', access_token: 'access.jwt', token_type: 'Bearer' } });
    const outcome = await completeSignIn(config, `?code=abc&state=${state}`, store, fetcher);
    // The access token: the API's methods require its scope (postmottak/person); an ID token has none.
    expect(outcome).toEqual({ kind: 'signed-in', accessToken: 'access.jwt' });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe(`${config.signInOrigin}/oauth2/token`);
    expect(Object.fromEntries(calls[0]!.body)).toEqual({ grant_type: 'authorization_code', client_id: 'client-123', code: 'abc', redirect_uri: 'https://d111.cloudfront.net/', code_verifier: verifier });
    // The verifier and state are gone: the same callback replayed is refused without a call.
    expect(store.size()).toBe(0);
    expect(await completeSignIn(config, `?code=abc&state=${state}`, store, fetcher)).toMatchObject({ kind: 'refused' });
    expect(calls).toHaveLength(1);
  });

  it('refuses a callback whose state this tab did not send, without calling the token endpoint', async () => {
    const store = memoryStore();
    await authorizeUrl(config, store);
    const { calls, fetcher } = tokenEndpoint({ status: 200, body: { access_token: 'x' } });
    expect(await completeSignIn(config, '?code=abc&state=someone-elses', store, fetcher)).toEqual({ kind: 'refused', message: 'Innloggingen kom ikke fra denne fanen. Logg inn på nytt.' });
    expect(calls).toHaveLength(0);
  });

  it('says so in bokmål when the hosted UI or the token endpoint refuses; does nothing on an ordinary visit', async () => {
    const store = memoryStore();
    const { fetcher } = tokenEndpoint({ status: 400, body: { error: 'invalid_grant' } });
    expect(await completeSignIn(config, '', store, fetcher)).toEqual({ kind: 'none' });
    expect(await completeSignIn(config, '?error=access_denied&error_description=User+cancelled', store, fetcher)).toEqual({ kind: 'refused', message: 'Innloggingen ble avbrutt (access_denied: User cancelled).' });
    const state = new URL(await authorizeUrl(config, store)).searchParams.get('state')!;
    expect(await completeSignIn(config, `?code=stale&state=${state}`, store, fetcher)).toEqual({ kind: 'refused', message: 'Innloggingen ble ikke godtatt (400). Logg inn på nytt.' });
  });
});
