import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Classification } from '#schemas/pipeline';
import type { Party } from '#schemas/parties';
import { defaultLettersConfig } from '../../config/letters.ts';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';
import { chooseRecipient } from '../../domain/letters/recipient.ts';
import { heldReasonText } from '../../domain/letters/held-reasons.ts';
import { pdfLetterRenderer } from '../../engines/pdf/letter-renderer.ts';
import { dynamoLetterRepository } from '../../functions/commons/store/letters.ts';
import { releaseHeldLetter } from '../../stages/outbox-work.ts';
import { writeLetters, type LetterStagePorts } from '../../stages/write-letters.ts';
import { withFreshTable } from '../support/fresh-table.ts';
import { idFor } from '../support/national-ids.ts';
import { ensureSystemPackages, preflightA1b } from '../support/preflight.ts';

/**
 * QA session 11, HIGH 4: an appellant abroad was never sent the acknowledgement. The address the party
 * reader read with its country was held as «mangler postnummer og poststed», and the release refused
 * any postcode but four digits. Here a letter from each country is read by the party reader, written by
 * the letter stage and read back from the PDF with pdftotext: ready, the country last in capitals.
 */

const postcodes = norwegianPostcodes();
const blobs = new Map<string, Uint8Array>();
let ports: LetterStagePorts & { audit: { record: () => Promise<void> }; cases: { get: () => Promise<null> } };

withFreshTable((db) => {
  blobs.clear();
  ports = {
    lettersConfig: defaultLettersConfig(),
    letters: dynamoLetterRepository(db),
    renderer: pdfLetterRenderer,
    blobs: { put: async (key, body) => void blobs.set(key, typeof body === 'string' ? new TextEncoder().encode(body) : body) },
    meetDeadline: async () => true,
    extendDeadline: async () => ({ opened: [], closed: [] }),
    publish: async () => {},
    now: () => new Date('2025-03-21T09:00:00Z'),
    idHashKey: () => Promise.reject(new Error('no notice here keys an appellant')),
    audit: { record: async () => {} },
    // Releasing reads no case: the letters here are of no case kept in a table.
    cases: { get: async () => null },
  };
}, { per: 'test' });

let dir: string;
beforeAll(() => {
  ensureSystemPackages('preflight');
  dir = mkdtempSync(path.join(tmpdir(), 'abroad-'));
});
afterAll(() => (process.env.KEEP_ABROAD ? undefined : rmSync(dir, { recursive: true, force: true })));

function classification(parties: Party[]): Classification {
  return {
    documentType: 'appeal', area: 'sick_pay', language: 'sv', keywords: [], confidence: 0.97, reviewReason: null, textSource: 'text_layer', pages: 1, explanation: [], modelVersion: 'test',
    fields: { nationalIds: [], caseReferences: [], decisionDate: '2025-03-05', decisionReceivedDate: null, parties },
  };
}

const registered = (parties: Party[]) => ({
  documentId: 'doc-abroad',
  receivedDate: '2025-03-20',
  classification: classification(parties),
  registration: { caseId: 'case-abroad', caseNumber: '2025/00005', created: true, area: 'sick_pay' },
  opened: [{ kind: 'preliminary_reply' as const, due: '2025-04-22' }],
});

/** The PDF's text as pdftotext lays it out, the left column (the window's address block) of each line. */
function pdftotextLines(pdf: Uint8Array, name: string): { lines: string[]; file: string } {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return { lines: text.split('\n').map((l) => l.trim().split(/\s{3,}/u)[0]!).filter(Boolean), file };
}

const appeal = (head: string[], id: string, body: string, closing: string, name: string) => [...head, '', 'Göteborg, 12.03.2025', '', `Personnummer (norskt fødselsnummer): ${id}`, '', body, '', closing, name].join('\n');

const letters = [
  {
    country: 'Sweden',
    name: 'Sven Lindqvist',
    text: appeal(['Sven Lindqvist', 'Storgatan 4', 'SE-411 38 Göteborg', 'Sverige'], idFor(9, 9, 60, 300), 'Jag överklagar beslutet från NAV daterat 05.03.2025 om avslag på sjukpenning.', 'Med vänliga hälsningar', 'Sven Lindqvist'),
    envelope: ['Storgatan 4', 'SE-411 38 Göteborg', 'SVERIGE'],
  },
  {
    country: 'Denmark',
    name: 'Mette Poulsen',
    text: appeal(['Mette Poulsen', 'Vestergade 12, 2. tv.', '8000 Aarhus C', 'Danmark'], idFor(14, 4, 71, 200), 'Jeg klager over afgørelsen fra NAV af 05.03.2025 om sygedagpenge.', 'Med venlig hilsen', 'Mette Poulsen'),
    envelope: ['Vestergade 12, 2. tv.', '8000 Aarhus C', 'DANMARK'],
  },
  {
    country: 'the United Kingdom',
    name: 'John Smith',
    text: appeal(['John Smith', '12 High Street', 'Manchester M1 1AA', 'United Kingdom'], idFor(21, 1, 55, 400), 'I hereby appeal against the decision from NAV dated 04.03.2025 refusing my sick pay.', 'Yours sincerely', 'John Smith'),
    envelope: ['12 High Street', 'Manchester M1 1AA', 'UNITED KINGDOM'],
  },
  {
    country: 'Germany',
    name: 'Anna Becker',
    text: appeal(['Anna Becker', 'Lindenstraße 8', '10115 Berlin', 'Deutschland'], idFor(3, 6, 66, 250), 'Hiermit lege ich Widerspruch gegen den Bescheid von NAV vom 05.03.2025 ein.', 'Mit freundlichen Grüßen', 'Anna Becker'),
    envelope: ['Lindenstraße 8', '10115 Berlin', 'DEUTSCHLAND'],
  },
];

describe('an appellant abroad gets the acknowledgement', () => {
  it.each(letters)('from $country: read by the party reader, written ready, the address block as read with the country last in capitals, PDF/A', async ({ name, text, envelope }) => {
    const parties = extractParties(text, { hashNationalId: () => 'a'.repeat(64), postcodes });
    const appellant = parties.find((p) => p.role === 'appellant');
    // The reader keeps the country (domain/parties); were it lost, this letter could not go abroad.
    expect(appellant).toMatchObject({ name, address: expect.arrayContaining([envelope[0]]) });
    const [written] = await writeLetters(registered(parties), ports);
    expect(written).toMatchObject({ kind: 'appeal_acknowledgement', status: 'ready' });
    const record = await ports.letters.get(written!.letterId);
    expect(record).toMatchObject({ status: 'ready', heldReason: null, recipient: { name, address: envelope } });

    const { lines, file } = pdftotextLines(blobs.get(record!.path)!, name.replace(/\s/g, '-'));
    const at = lines.indexOf(name);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines.slice(at + 1, at + 1 + envelope.length)).toEqual(envelope);
    const check = preflightA1b(file);
    expect(check.valid, check.report).toBe(true);
  });

  it('writes an address in Norway as before: no country, Posten’s postcode line', async () => {
    const text = ['Kari Nordmann', 'Storgata 12', '3612 Kongsberg', 'Norge', '', 'Jeg klager på vedtaket fra NAV datert 05.03.2025.', '', 'Med hilsen', 'Kari Nordmann'].join('\n');
    const parties = extractParties(text, { hashNationalId: () => 'a'.repeat(64), postcodes });
    const [written] = await writeLetters(registered(parties), ports);
    const record = await ports.letters.get(written!.letterId);
    expect(record).toMatchObject({ status: 'ready', recipient: { address: ['Storgata 12', '3612 Kongsberg'] } });
    const { lines } = pdftotextLines(blobs.get(record!.path)!, 'kari');
    expect(lines.slice(lines.indexOf('Kari Nordmann') + 1, lines.indexOf('Kari Nordmann') + 3)).toEqual(['Storgata 12', '3612 Kongsberg']);
    expect(lines).not.toContain('NORGE');
  });
});

describe('a letter abroad held, and why', () => {
  const to = (address: string[]) => chooseRecipient([{ role: 'appellant', name: 'Sven Lindqvist', address }]);

  it('is held only for what the address truly lacks, said so', () => {
    const noPlace = to(['Storgatan 4', 'Sverige']);
    expect(noPlace).toMatchObject({ status: 'held', reasonCode: { code: 'no_place' } });
    expect(noPlace.status === 'held' && heldReasonText(noPlace.reasonCode, 'nb')).toBe('adressen til klageren i utlandet mangler sted');
    const noStreet = to(['SE-411 38 Göteborg', 'Sverige']);
    expect(noStreet).toMatchObject({ status: 'held', reasonCode: { code: 'no_street' } });
    expect(noStreet.status === 'held' && heldReasonText(noStreet.reasonCode, 'nb')).toBe('adressen til klageren mangler gate eller postboks');
    // In Norway, the postcode line is what Posten needs.
    expect(to(['Storgata 12', 'Kongsberg'])).toMatchObject({ status: 'held', reasonCode: { code: 'no_postcode' } });
  });

  it('is released by an archivist with the country, the postcode in the country’s form, printed as the post reads it', async () => {
    const [written] = await writeLetters(registered([{ role: 'appellant', name: 'Sven Lindqvist', address: ['Storgatan 4', 'Sverige'] }]), ports);
    expect(written).toMatchObject({ status: 'held' });
    const outcome = await releaseHeldLetter({ letterId: written!.letterId, address: { name: 'Sven Lindqvist', street: 'Storgatan 4', postcode: '41138', place: 'Göteborg', country: 'SE' }, by: 'Anne Arkivar' }, ports);
    expect(outcome).toMatchObject({ outcome: 'released', letter: { status: 'ready', recipient: { address: ['Storgatan 4', '411 38 Göteborg', 'SVERIGE'] } } });
    const record = await ports.letters.get(written!.letterId);
    const { lines } = pdftotextLines(blobs.get(record!.path)!, 'released');
    expect(lines.slice(lines.indexOf('Sven Lindqvist') + 1, lines.indexOf('Sven Lindqvist') + 4)).toEqual(['Storgatan 4', '411 38 Göteborg', 'SVERIGE']);
  });
});
