/**
 * The API's typed failures. Operations throw these; the HTTP app turns them into RFC 9457
 * problem+json answers and the CLI into one line with exit code 2, so a person's mistake is never a
 * stack trace anywhere.
 */
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

const titleOf: Record<ProblemKind, string> = {
  'on-its-way': 'Taken, still on its way',
  'bad-request': 'The request is not valid',
  unauthorized: 'Sign-in needed',
  forbidden: 'Not allowed for this role',
  'not-found': 'Not found',
  conflict: 'Someone was first',
  unprocessable: 'The request cannot be carried out',
  internal: 'Something went wrong on our side',
};

export const problemTypeBase = 'https://postmottak.invalid/problems/';

export class ApiProblem extends Error {
  override name = 'ApiProblem';
  readonly status: number;
  readonly title: string;
  constructor(
    readonly kind: ProblemKind,
    /** One sentence for the person who made the request. */
    readonly detail: string,
  ) {
    super(detail);
    this.status = statusOf[kind];
    this.title = titleOf[kind];
  }
  get type(): string {
    return problemTypeBase + this.kind;
  }
}

export const badRequest = (detail: string) => new ApiProblem('bad-request', detail);
export const notFound = (detail: string) => new ApiProblem('not-found', detail);
export const conflict = (detail: string) => new ApiProblem('conflict', detail);
export const unprocessable = (detail: string) => new ApiProblem('unprocessable', detail);
export const forbidden = (detail: string) => new ApiProblem('forbidden', detail);
export const unauthorized = (detail: string) => new ApiProblem('unauthorized', detail);

export function problemBody(problem: ApiProblem, instance: string) {
  return { type: problem.type, title: problem.title, status: problem.status, detail: problem.detail, instance };
}
