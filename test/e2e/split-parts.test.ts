import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessResult, SplitOutcome } from '#schemas/pipeline';
import type { CaseView } from '#schemas/api';
import { contentDocumentId } from '#domain/identity';
import { journalWords } from '#domain/journal/wording';
import { configuredNames } from '#domain/wording/names-nb';
import { loadConfig } from '#config/load';
import { journalNames } from '../../web/src/labels.ts';
import { shutdownOcr } from '#engines/ocr/index';
import { renderTextPdf } from '../../corpus/render.ts';
import { idFor } from '../support/national-ids.ts';
import { kari, kariAppeal, separatorSheet as separator } from '../support/kari-letter.ts';
import { openBareService, type BareService } from '../service/fixtures.ts';

/**
 * SPEC.md "Cover sheets, separator sheets and bundles", through the real local stack (the service's
 * intake route, the embedded S3 and DynamoDB, statemachines/intake.asl.json with its Parts Map): a
 * file that holds several documents becomes one document per part, with a JSON line each; a first
 * instance's bundle lands on one case as main document and attachments; a re-run registers nothing.
 */
const per = idFor(3, 4, 82);

const perAppeal = [
  'Per Olsen', 'Kirkeveien 7, 5003 Bergen', '', 'Bergen, 17.03.2025', '',
  'Klage på vedtak om stønad til tannbehandling', '', `Fødselsnummer: ${per}`, '',
  'Jeg klager på vedtaket av 12.03.2025 fra Helfo om avslag på stønad til tannbehandling hos tannlege.',
  'Jeg er uenig i vurderingen og ber om at vedtaket omgjøres.', '', 'Med vennlig hilsen', 'Per Olsen',
];
const kariConsent = [
  'Kari Nordmann', 'Storgata 1, 0155 Oslo', '', 'SAMTYKKE TIL INNHENTING AV OPPLYSNINGER', '',
  `Fødselsnummer: ${kari}`, '',
  'Jeg samtykker i at klageorganet kan innhente opplysninger fra fastlegen min og fra Helfo.', '',
  'Oslo, 19.03.2025', 'Kari Nordmann',
];

const lise = idFor(7, 9, 91);
const transfer = [
  'Helfo', 'Postboks 2415', '3104 Tønsberg', '',
  'Klageorganet for helse og trygd', 'Postboks 6355 Etterstad, 0604 Oslo', '',
  'Vår referanse: 25/81234   Dato: 14.03.2025', '',
  'Klagesak Lise Berg', '',
  `Vedlagt følger klagesaken til Lise Berg (f.nr. ${lise}) for klagebehandling.`, '',
  'Klagen retter seg mot vedtaket av 12. februar 2025, der Helfo avslo søknad om stønad til tannbehandling.', '',
  'Helfo har sett på saken igjen og kan ikke se at klagen gir grunnlag for en annen konklusjon.', '',
  'Vedlegg:', '1. Klage fra Lise Berg', '2. Kopi av vedtaket', '3. Legeerklæring', '4. Røntgenbilde', '',
  'Med vennlig hilsen', 'Helfo', '', 'Bjørn Berg', 'saksbehandler',
];
const liseAppeal = [
  'Lise Berg', 'Fjordveien 3, 3111 Tønsberg', '', 'Tønsberg, 20.02.2025', '',
  'KLAGE PÅ VEDTAK OM STØNAD TIL TANNBEHANDLING', '', `Fødselsnummer: ${lise}`, '',
  'Jeg klager på vedtaket av 12.02.2025 der Helfo avslo stønad til tannbehandling.',
  'Tennene mine ble skadet etter sykdom, og behandlingen var nødvendig.', '', 'Med hilsen', 'Lise Berg',
];

const liseDeclaration = [
  'Legesenteret Tønsberg', 'Postboks 12, 3101 Tønsberg', '', 'Tønsberg, 18.03.2025', '',
  'LEGEERKLÆRING', '', `Pasient: Lise Berg, fødselsnummer ${lise}`, '',
  'Pasienten har hatt langvarig sykdom med munntørrhet som har skadet tennene.',
  'Tannbehandlingen var etter min vurdering medisinsk nødvendig.', '', 'Med vennlig hilsen', 'Anne Lege', 'fastlege',
];

describe('a file that holds several documents', () => {
  let service: BareService;
  let bundleCase: string | null = null;
  const auth = () => ({ authorization: `Bearer ${service.tokens.archivist}` });

  async function handIn(bytes: Buffer, fileName: string) {
    const response = await service.app.inject({
      method: 'POST',
      url: `/api/v1/intake?fileName=${fileName}&received=2025-03-20`,
      headers: { ...auth(), 'content-type': 'application/pdf' },
      payload: bytes,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as unknown;
  }
  async function readCase(caseId: string): Promise<CaseView> {
    const response = await service.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}`, headers: auth() });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as CaseView;
  }

  beforeAll(async () => {
    service = await openBareService();
  });
  afterAll(async () => {
    await service.app.close();
    await service.runtime.close();
    await shutdownOcr();
  });

  it('a batch of three letters with separator sheets: three documents, one line each, in page order', async () => {
    const bytes = await renderTextPdf([kariAppeal, separator, perAppeal, separator, kariConsent]);
    const outcome = SplitOutcome.parse(await handIn(bytes, 'batch.pdf'));
    const fileId = contentDocumentId(bytes);
    expect(outcome.documentId).toBe(fileId);
    expect(outcome.parts.map((p) => [p.documentId, p.part, p.parts, p.pageRange])).toEqual([
      [`${fileId}-1`, 1, 3, [1, 1]],
      [`${fileId}-2`, 2, 3, [3, 3]],
      [`${fileId}-3`, 3, 3, [5, 5]],
    ]);
    expect(outcome.parts.map((p) => p.documentType)).toEqual(['appeal', 'appeal', 'consent']);
    expect(outcome.parts.map((p) => p.status)).toEqual(['routed', 'routed', 'routed']);
    const [kariCase, perCase, consentCase] = outcome.parts.map((p) => p.caseId);
    // Separated letters are documents of their own: two appeals open two cases; Kari's consent joins hers by national id.
    expect(kariCase).not.toBe(perCase);
    expect(consentCase).toBe(kariCase);
    expect(outcome.parts[0]!.deadlines.map((d) => d.kind)).toContain('appeal_deadline');
    expect(outcome.parts[1]!.deadlines.map((d) => d.kind)).toContain('appeal_deadline');
  });

  it("a first instance's bundle: one case, the transfer letter its main document, the rest attachments; deadlines only from the main", async () => {
    const bytes = await renderTextPdf([transfer, liseAppeal, []]);
    const outcome = SplitOutcome.parse(await handIn(bytes, 'klagesak.pdf'));
    const [main, appeal, xray] = outcome.parts;
    expect(outcome.parts.map((p) => p.pageRange)).toEqual([[1, 1], [2, 2], [3, 3]]);
    expect(main).toMatchObject({ documentType: 'case_transfer', status: 'routed', part: 1, parts: 3 });
    expect(main!.deadlines.map((d) => d.kind).sort()).toEqual(['case_processing', 'preliminary_reply']);
    // The appeal inside the bundle is an attachment: it opens nothing, and neither does the X-ray (no text: registered, not sent to review).
    for (const attachment of [appeal!, xray!]) {
      expect(attachment).toMatchObject({ status: 'routed', caseId: main!.caseId, queue: main!.queue, deadlines: [], closedDeadlines: [] });
    }
    expect(xray!.pages).toBe(1);

    const view = await readCase(main!.caseId!);
    expect(view.documents.map((d) => [d.documentId, d.role])).toEqual([
      [main!.documentId, 'main'],
      [appeal!.documentId, 'attachment'],
      [xray!.documentId, 'attachment'],
    ]);
    expect(view.documents.filter((d) => d.role === 'attachment').every((d) => d.mainDocumentId === main!.documentId)).toBe(true);
    // Only the main document's deadlines are on the case (an appeal would have opened appeal_deadline).
    expect(view.deadlines.map((d) => d.kind).sort()).toEqual(['case_processing', 'preliminary_reply']);
    // Kontroll av vedlegg: the letter lists a copy of the decision and a medical declaration the bundle lacks.
    expect(view.missingAttachments).toHaveLength(2);
    expect(view.missingAttachments.join(' ')).toMatch(/vedtak/i);
    expect(view.missingAttachments.join(' ')).toMatch(/legeerkl/i);
    // The transfer letter names Lise Berg without her address; her appeal in the bundle has it (QA session 12: the acknowledgement was held).
    expect(view.letters).toEqual([expect.objectContaining({ kind: 'appeal_acknowledgement', status: 'ready', releasedBy: 'postmottak' })]);
    // Nobody corrected the address: the journal says where postmottak found it.
    const released = view.journal.find((line) => line.event === 'LetterReleased')!;
    expect(released).toMatchObject({ actor: 'postmottak', details: { addressFrom: 'bundle_appeal' } });
    expect(journalWords(released, journalNames(configuredNames(loadConfig()))).title).toBe('Tilbakeholdt brev frigitt med adressen fra klagen i samme forsendelse');
    expect(view.deadlines.find((d) => d.kind === 'preliminary_reply')).toMatchObject({ status: 'met' });

    // The same bytes again (another upload, another name): every part says what it repeats, nothing is added.
    const again = SplitOutcome.parse(await handIn(bytes, 'klagesak-igjen.pdf'));
    expect(again.parts.map((p) => [p.documentId, p.duplicateOf, p.caseId, p.part])).toEqual(outcome.parts.map((p) => [p.documentId, p.documentId, p.caseId, p.part]));
    const after = await readCase(main!.caseId!);
    expect(after.documents).toHaveLength(3);
    expect(after.deadlines).toHaveLength(view.deadlines.length);
    bundleCase = main!.caseId!;
  });

  it('a listed attachment that comes later on its own clears «Mangler vedlegg»; an archivist marks the rest, with a journal line', async () => {
    // QA session 12: the flag stayed for good, whatever came after.
    expect(bundleCase).not.toBeNull();
    const declaration = ProcessResult.parse(await handIn(await renderTextPdf([liseDeclaration]), 'legeerklaering.pdf'));
    expect(declaration).toMatchObject({ documentType: 'medical_declaration', caseId: bundleCase });
    const view = await readCase(bundleCase!);
    expect(view.missingAttachments).toHaveLength(1);
    expect(view.missingAttachments[0]).toMatch(/vedtak/i);
    expect(view.clearedAttachments).toEqual([expect.objectContaining({ item: expect.stringMatching(/legeerkl/i), resolution: 'received', documentId: declaration.documentId, by: null })]);

    const mark = (item: string, token: string) =>
      service.app.inject({ method: 'POST', url: `/api/v1/cases/${bundleCase}/missing-attachments`, headers: { authorization: `Bearer ${token}` }, payload: { item, resolution: 'not_needed' } });
    const unknown = await mark('Diverse papirer', service.tokens.archivist);
    expect(unknown.statusCode).toBe(422);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect(unknown.json().detail).toContain('vedtak');
    expect((await mark(view.missingAttachments[0]!, service.tokens.caseworker)).statusCode).toBe(403);
    // Two archivists at once (or a double click through a retrying proxy): one is written, the other told (review s13 L2).
    const [first, second] = await Promise.all([mark(view.missingAttachments[0]!.toUpperCase(), service.tokens.archivist), mark(view.missingAttachments[0]!, service.tokens.archivist)]);
    expect([first.statusCode, second.statusCode].sort(), `${first.body} ${second.body}`).toEqual([200, 409]);
    const marked = first.statusCode === 200 ? first : second;
    expect(marked.json().missingAttachments).toEqual([]);
    expect((await mark(view.missingAttachments[0]!, service.tokens.archivist)).statusCode).toBe(409);

    const after = await readCase(bundleCase!);
    expect(after.missingAttachments).toEqual([]);
    expect(after.clearedAttachments.find((c) => c.documentId === null)).toMatchObject({ item: view.missingAttachments[0], resolution: 'not_needed', by: expect.any(String), at: expect.any(String) });
    expect(after.journal.filter((l) => l.event === 'AttachmentMarked')).toHaveLength(1);
    expect(after.journal.find((l) => l.event === 'AttachmentMarked')).toMatchObject({ actor: expect.any(String), details: { item: view.missingAttachments[0], resolution: 'not_needed' } });
  });

  it('a file that is one document keeps its one line without part keys', async () => {
    const line = ProcessResult.parse(await handIn(await renderTextPdf([perAppeal.map((l) => l.replace('17.03', '16.03'))]), 'en.pdf'));
    expect(line).not.toHaveProperty('part');
    expect(line).not.toHaveProperty('pageRange');
  });
});
