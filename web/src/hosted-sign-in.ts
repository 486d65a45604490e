/**
 * Signing in through Cognito's hosted UI in AWS (issue 11): the authorization code flow with PKCE
 * (RFC 7636), done here in a few lines rather than with an auth SDK. The deployment writes
 * /config.json (infra/constructs/page-files.ts); without it — `serve` on a laptop — the page keeps
 * its token sign-in. Storage and fetch come in as parameters so the flow can be tested outside a browser.
 */
export interface HostedSignInConfig {
  auth: 'cognito';
  /** https://<prefix>.auth.<region>.amazoncognito.com */
  signInOrigin: string;
  clientId: string;
  /** The page's own address, registered as the app client's callback. */
  redirectUri: string;
}

/** What the flow keeps between leaving for the sign-in and coming back: this tab's sessionStorage. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

type Fetch = (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

const VERIFIER_KEY = 'postmottak.pkce.verifier';
const STATE_KEY = 'postmottak.pkce.state';

/** The deployment's sign-in settings, or null when there are none (locally) or they make no sense. */
export function parseHostedSignInConfig(raw: unknown): HostedSignInConfig | null {
  if (!raw || typeof raw !== 'object') return null;
  const c = raw as Record<string, unknown>;
  if (c.auth !== 'cognito') return null;
  const fields = [c.signInOrigin, c.clientId, c.redirectUri];
  if (!fields.every((v) => typeof v === 'string' && v.length > 0)) return null;
  if (!String(c.signInOrigin).startsWith('https://') || !String(c.redirectUri).startsWith('https://')) return null;
  return { auth: 'cognito', signInOrigin: String(c.signInOrigin).replace(/\/$/, ''), clientId: String(c.clientId), redirectUri: String(c.redirectUri) };
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A code verifier: 32 random bytes, base64url — 43 characters of the unreserved set (RFC 7636 §4.1). */
export function newCodeVerifier(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return base64url(random(new Uint8Array(32)));
}

/** The S256 challenge: base64url(SHA-256(verifier)) (RFC 7636 §4.2). */
export async function codeChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/** The hosted UI's address to send the browser to; the verifier and a state stay in this tab. */
export async function authorizeUrl(config: HostedSignInConfig, store: KeyValueStore, random?: (bytes: Uint8Array) => Uint8Array): Promise<string> {
  const verifier = newCodeVerifier(random);
  const state = newCodeVerifier(random);
  store.setItem(VERIFIER_KEY, verifier);
  store.setItem(STATE_KEY, state);
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    // postmottak/person: the API's methods take a person's access token with this scope (infra/constructs/api.ts).
    scope: 'openid email profile postmottak/person',
    state,
    code_challenge: await codeChallenge(verifier),
    code_challenge_method: 'S256',
  });
  return `${config.signInOrigin}/oauth2/authorize?${query.toString()}`;
}

export type CallbackOutcome =
  | { kind: 'none' }
  | { kind: 'signed-in'; accessToken: string }
  | { kind: 'refused'; message: string };

/**
 * The way back from the hosted UI: `?code=…&state=…` (or `?error=…`). The state must be the one this
 * tab sent (otherwise someone else's sign-in is being slipped in); the code is exchanged, with the
 * verifier, for tokens at /oauth2/token. The API's Cognito authorizer takes the access token (it has
 * the API's scope; the ID token has none). Messages are in bokmål: they are shown on the page.
 */
export async function completeSignIn(config: HostedSignInConfig, search: string, store: KeyValueStore, fetcher: Fetch): Promise<CallbackOutcome> {
  const params = new URLSearchParams(search);
  const error = params.get('error');
  const code = params.get('code');
  if (!error && !code) return { kind: 'none' };
  const verifier = store.getItem(VERIFIER_KEY);
  const expected = store.getItem(STATE_KEY);
  // One try per sign-in: a code or state is never used twice.
  store.removeItem(VERIFIER_KEY);
  store.removeItem(STATE_KEY);
  if (error) return { kind: 'refused', message: `Innloggingen ble avbrutt (${error}${params.get('error_description') ? `: ${params.get('error_description')}` : ''}).` };
  if (!verifier || !expected || params.get('state') !== expected) return { kind: 'refused', message: 'Innloggingen kom ikke fra denne fanen. Logg inn på nytt.' };
  const response = await fetcher(`${config.signInOrigin}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: config.clientId, code: code!, redirect_uri: config.redirectUri, code_verifier: verifier }).toString(),
  });
  if (!response.ok) return { kind: 'refused', message: `Innloggingen ble ikke godtatt (${response.status}). Logg inn på nytt.` };
  const tokens = (await response.json()) as { access_token?: unknown };
  if (typeof tokens.access_token !== 'string' || !tokens.access_token) return { kind: 'refused', message: 'Innloggingen ga ingen tilgangstoken. Logg inn på nytt.' };
  return { kind: 'signed-in', accessToken: tokens.access_token };
}

/** Signing out in AWS ends the hosted UI's session too, and comes back to the page. */
export function logoutUrl(config: HostedSignInConfig): string {
  return `${config.signInOrigin}/logout?${new URLSearchParams({ client_id: config.clientId, logout_uri: config.redirectUri }).toString()}`;
}
