import { OutboxList } from '#schemas/outbox';
import type { TestService } from './fixtures.ts';

/** The seeded transfer case's held acknowledgement, and its release in a language, as the release tests use them. */
export function heldLetterRelease(service: () => TestService) {
  const heldLetter = async () =>
    OutboxList.parse((await service().app.inject({ method: 'GET', url: `/api/v1/outbox?case=${service().seeded.transfer.caseId}`, headers: service().as('archivist') })).json()).letters[0]!;
  const release = (letterId: string, payload: object, language = 'en') =>
    service().app.inject({ method: 'POST', url: `/api/v1/outbox/${letterId}/release`, headers: { ...service().as('archivist'), 'accept-language': language }, payload });
  return { heldLetter, release };
}
