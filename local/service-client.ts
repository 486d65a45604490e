import { Agent } from 'undici';
import type { Role } from '#schemas/api';
import { ApiProblem, type ProblemKind } from '../service/problems.ts';
import type { ServeInfo } from './serve-info.ts';

/**
 * The CLI's commands while `serve` holds their data dir: the same operations, asked over HTTP with
 * the run's operator secret, acting for the person and role the command names. A problem answer
 * comes back as the same ApiProblem the operation threw inside serve, in the bokmål the CLI tells a person
 * (Accept-Language: nb; the answer's English is not asked for, so the relayed problem carries the bokmål in both).
 */
export interface Acting {
  person: string;
  role: Role;
}

/**
 * serve did not answer, or failed (5xx): the CLI tells it in one line (local/cli.ts), as it does a
 * refused request, never with a stack trace.
 */
export class ServeCallFailed extends Error {
  override name = 'ServeCallFailed';
}

/**
 * A call that answers only when its work is done (a reconcile redriving many documents): fetch's
 * default gives up after 300 s without headers. Waiting is right here, the operator pressed Ctrl-C to stop.
 */
const patient = new Agent({ headersTimeout: 0, bodyTimeout: 0 });

const kindOf: Record<number, ProblemKind> = { 400: 'bad-request', 401: 'unauthorized', 403: 'forbidden', 404: 'not-found', 409: 'conflict', 422: 'unprocessable' };

export class ServiceClient {
  constructor(readonly info: ServeInfo) {}

  /** A binary answer (a PDF): the bytes, or the problem the operation threw. */
  async bytes(acting: Acting, path: string, query: Record<string, string | undefined> = {}): Promise<Uint8Array> {
    const url = new URL(`/api/v1${path}`, this.info.url);
    for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(key, value);
    let response: Response;
    try {
      response = await fetch(url, { headers: this.headers(acting) });
    } catch (error) {
      throw new ServeCallFailed(`serve (pid ${this.info.pid}) svarer ikke på ${this.info.url}: ${(error as Error).message}`);
    }
    if (response.ok) return new Uint8Array(await response.arrayBuffer());
    return this.problem(response.status, await response.text(), response.headers.get('content-language'));
  }

  private headers(acting: Acting): Record<string, string> {
    return { authorization: `Bearer ${this.info.operatorToken}`, 'x-postmottak-person': encodeURIComponent(acting.person), 'x-postmottak-role': acting.role, 'accept-language': 'nb' };
  }

  private problem(status: number, text: string, language: string | null): never {
    let detail = text.slice(0, 300);
    let type: string | null = null;
    try {
      const body = JSON.parse(text) as { detail?: string; type?: string };
      detail = body.detail ?? detail;
      type = body.type ?? null;
    } catch {
      // not JSON: keep the text
    }
    const kind = kindOf[status];
    // The type travels on: a refusal the caller tells apart (schemas/problem-types.ts) is told apart here too.
    if (kind) throw new ApiProblem(kind, detail, language === 'nb' ? detail : null, type);
    throw new ServeCallFailed(`serve svarte ${status}: ${detail.split('\n')[0]}`);
  }

  async call<T>(acting: Acting, method: 'GET' | 'POST' | 'PUT', path: string, options: { query?: Record<string, string | string[] | undefined>; json?: unknown; bytes?: Uint8Array; waitForWork?: boolean } = {}): Promise<T> {
    const url = new URL(`/api/v1${path}`, this.info.url);
    for (const [key, value] of Object.entries(options.query ?? {})) {
      for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) url.searchParams.append(key, v);
    }
    const headers = this.headers(acting);
    let body: NonNullable<Parameters<typeof fetch>[1]>["body"];
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.bytes) {
      headers['content-type'] = 'application/octet-stream';
      body = options.bytes as never;
    }
    let response: Response;
    try {
      response = await fetch(url, { method, headers, ...(body !== undefined ? { body } : {}), ...(options.waitForWork ? { dispatcher: patient } : {}) } as RequestInit);
    } catch (error) {
      throw new ServeCallFailed(`serve (pid ${this.info.pid}) svarer ikke på ${this.info.url}: ${(error as Error).message}`);
    }
    const text = await response.text();
    if (response.ok) return JSON.parse(text) as T;
    return this.problem(response.status, text, response.headers.get('content-language'));
  }
}
