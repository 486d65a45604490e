/**
 * The API's typed failures. Operations throw these; the HTTP app turns them into RFC 9457
 * problem+json answers and the CLI into one line with exit code 2, so a person's mistake is never a
 * stack trace anywhere.
 */
import { problemTypeBase } from '../schemas/problem-types.ts';

/** 'on-its-way' (202) is no failure: the request was taken and is still being carried out. */
export type ProblemKind = 'on-its-way' | 'bad-request' | 'unauthorized' | 'forbidden' | 'not-found' | 'conflict' | 'unprocessable' | 'internal';

const statusOf: Record<ProblemKind, number> = {
  'on-its-way': 202,
  'bad-request': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  unprocessable: 422,
  internal: 500,
};

const titleOf: Record<ProblemKind, { en: string; nb: string }> = {
  'on-its-way': { en: 'Taken, still on its way', nb: 'Mottatt, fortsatt underveis' },
  'bad-request': { en: 'The request is not valid', nb: 'Forespørselen er ikke gyldig' },
  unauthorized: { en: 'Sign-in needed', nb: 'Du må logge inn' },
  forbidden: { en: 'Not allowed for this role', nb: 'Ikke tillatt for denne rollen' },
  'not-found': { en: 'Not found', nb: 'Finnes ikke' },
  conflict: { en: 'Someone was first', nb: 'Noen kom først' },
  unprocessable: { en: 'The request cannot be carried out', nb: 'Forespørselen kan ikke utføres' },
  internal: { en: 'Something went wrong on our side', nb: 'Noe gikk galt hos oss' },
};

/**
 * The languages a problem's words are given in: English for downstream systems and by default, bokmål
 * for the page and the command line (the archivists and case handlers are Norwegian). The caller
 * chooses with Accept-Language (./problem-language.ts); the answer says which with Content-Language.
 */
export type ProblemLanguage = 'en' | 'nb';

export class ApiProblem extends Error {
  override name = 'ApiProblem';
  readonly status: number;
  readonly title: string;
  constructor(
    readonly kind: ProblemKind,
    /** One sentence for the person who made the request, in English. */
    readonly detail: string,
    /** The same sentence in bokmål; null only where no person reads it (a problem relayed as it came). */
    readonly detailNb: string | null,
    /** A `type` of its own where the caller can do something about this refusal (schemas/problem-types.ts); else named by its kind. */
    private readonly ownType: string | null = null,
    /** A title of its own where the kind's would be wrong (a 409 where nobody was first). */
    private readonly ownTitle: { en: string; nb: string } | null = null,
    /** Seconds the caller waits before asking again (the Retry-After header, RFC 9110 §10.2.3), where waiting is the answer. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(detail);
    this.status = statusOf[kind];
    this.title = (ownTitle ?? titleOf[kind]).en;
  }
  /**
   * RFC 9457 extension members beside type/title/status/detail/instance: what a caller needs to act on
   * the refusal without parsing the sentence (the document a file already is, the fields a 400 names).
   */
  members: Readonly<Record<string, unknown>> = {};
  with(members: Record<string, unknown>): this {
    this.members = { ...this.members, ...members };
    return this;
  }
  get type(): string {
    return this.ownType ?? problemTypeBase + this.kind;
  }
  detailIn(language: ProblemLanguage): string {
    return language === 'nb' ? (this.detailNb ?? this.detail) : this.detail;
  }
  titleIn(language: ProblemLanguage): string {
    return (this.ownTitle ?? titleOf[this.kind])[language];
  }
}

// Every refusal an operation gives is written in both languages: the page and the CLI show the bokmål.
export const badRequest = (detail: string, detailNb: string) => new ApiProblem('bad-request', detail, detailNb);
export const notFound = (detail: string, detailNb: string) => new ApiProblem('not-found', detail, detailNb);
export const conflict = (detail: string, detailNb: string) => new ApiProblem('conflict', detail, detailNb);
/** A 409 that no one else caused: the thing is already as asked, or not in a state where it can be done. */
export const stateConflict = (detail: string, detailNb: string) =>
  new ApiProblem('conflict', detail, detailNb, null, { en: 'Not possible as things stand', nb: 'Ikke mulig slik det står nå' });
export const unprocessable = (detail: string, detailNb: string, type: string | null = null) => new ApiProblem('unprocessable', detail, detailNb, type);
export const forbidden = (detail: string, detailNb: string) => new ApiProblem('forbidden', detail, detailNb);
export const unauthorized = (detail: string, detailNb: string) => new ApiProblem('unauthorized', detail, detailNb);

export function problemBody(problem: ApiProblem, instance: string, language: ProblemLanguage = 'en') {
  return { ...problem.members, type: problem.type, title: problem.titleIn(language), status: problem.status, detail: problem.detailIn(language), instance };
}
