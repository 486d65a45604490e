/**
 * The problem `type` URIs a client tells apart (RFC 9457): most refusals are named by their status
 * (…/problems/unprocessable), a few by what the caller can do about them. Kept free of zod, so the
 * page can import them without the schema library.
 */
export const problemTypeBase = 'https://postmottak.invalid/problems/';

/** The same bytes are still being processed from an earlier upload (409, Retry-After): send the file again later, it is not refused. */
export const firstUploadInFlightProblem = `${problemTypeBase}first-upload-in-flight`;

/** A decision onto a case whose people do not include the document's person: repeat it with confirmOtherPerson: true. */
export const otherPersonsCaseProblem = `${problemTypeBase}other-persons-case`;
