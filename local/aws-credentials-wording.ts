/**
 * What a command that needs AWS says when it gets no credentials: one line for every command
 * (`upload --bucket`, `examples export --table`). Only a machine that is not logged in — the SDK
 * found no credentials, or the SSO login has run out — is told to log in; any other failure to get
 * them (the network, a role it may not take) is named by its code, not mistaken for missing setup.
 */

// The AWS SDK's names for "no credentials here" and for a login that has run out.
const NOT_LOGGED_IN = new Set(['CredentialsProviderError', 'TokenProviderError', 'ExpiredToken', 'ExpiredTokenException']);

export const notLoggedIn = 'fant ingen AWS-legitimasjon, eller innloggingen er utløpt; logg inn (for eksempel aws sso login, og AWS_PROFILE=PROFIL) eller sett AWS_ACCESS_KEY_ID og AWS_SECRET_ACCESS_KEY';

export function isNotLoggedIn(error: unknown): boolean {
  return NOT_LOGGED_IN.has(String((error as { name?: unknown } | null)?.name));
}

/** The line for an error from getting credentials: not logged in, or what else went wrong, by its code. */
export function credentialsProblem(error: unknown): string {
  if (isNotLoggedIn(error)) return notLoggedIn;
  const e = error as { code?: unknown; name?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : typeof e?.name === 'string' ? e.name : 'ukjent feil';
  return `kunne ikke hente AWS-legitimasjon (${code})`;
}
