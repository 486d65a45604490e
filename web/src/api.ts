import type { z } from 'zod';
import type { CaseView, DocumentText, DocumentView, QueuePage, ReviewItem, Taxonomy, WhoAmI } from '../../schemas/api.ts';

/** The page talks to the same JSON API as the CLI and downstream systems; the token lives in this tab only. */
const TOKEN_KEY = 'postmottak.token';

export type Me = z.infer<typeof WhoAmI>;
export type TaxonomyView = z.infer<typeof Taxonomy>;
export type ReviewItemView = z.infer<typeof ReviewItem>;
export type { CaseView, DocumentText, DocumentView, QueuePage };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    /** The problem's `type` URI: a few refusals the page answers differently (schemas/problem-types.ts). */
    readonly type: string | null = null,
    /** The document a refusal names (a 409 for bytes the service has already: the document they are). */
    readonly documentId: string | null = null,
    /** A 400's invalid fields by their paths (problem+json `errors[].path`): which field to show the refusal beside. */
    readonly fieldPaths: readonly string[] = [],
  ) {
    super(detail);
  }
}

export function token(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function signIn(value: string): void {
  sessionStorage.setItem(TOKEN_KEY, value.trim());
}

export function signOut(): void {
  sessionStorage.removeItem(TOKEN_KEY);
}

/**
 * What every call to the API sends: the token, and Accept-Language nb — the page is bokmål whatever the
 * browser's own language, and the service gives a refusal's words (problem+json `detail`) in the
 * language asked for (service/problem-language.ts).
 */
export function apiHeaders(): Record<string, string> {
  return { authorization: `Bearer ${token() ?? ''}`, 'accept-language': 'nb' };
}

async function call(method: string, path: string, body?: unknown): Promise<Response> {
  const headers = apiHeaders();
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`/api/v1${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  if (!response.ok) throw await problemOf(response);
  return response;
}

/** A refused answer as an ApiError with the problem's detail, or the fallback when the body is no problem+json. */
export async function problemOf(response: Response, fallback = `Tjenesten svarte ${response.status}.`): Promise<ApiError> {
  const problem = (await response.json().catch(() => ({}))) as { detail?: string; type?: string; documentId?: unknown; errors?: unknown };
  const paths = Array.isArray(problem.errors) ? problem.errors.map((e: { path?: unknown }) => (typeof e?.path === 'string' ? e.path : '')).filter(Boolean) : [];
  return new ApiError(response.status, problem.detail || fallback, problem.type ?? null, typeof problem.documentId === 'string' ? problem.documentId : null, paths);
}

export async function get<T>(path: string): Promise<T> {
  return (await (await call('GET', path)).json()) as T;
}

export async function post<T>(path: string, body: unknown = {}): Promise<T> {
  return (await (await call('POST', path, body)).json()) as T;
}

export async function put<T>(path: string, body: unknown): Promise<T> {
  return (await (await call('PUT', path, body)).json()) as T;
}

/** An image behind the bearer token: fetched, then shown through an object URL (an <img src> cannot send the header). */
export async function imageUrl(path: string): Promise<string | null> {
  const response = await fetch(`/api/v1${path}`, { headers: apiHeaders() });
  if (!response.ok) return null;
  return URL.createObjectURL(await response.blob());
}
