import { describe, expect, it } from 'vitest';
import type { Party } from '#schemas/parties';
import { defaultLettersConfig } from '../../config/letters.ts';
import { composeLetter } from '../../domain/letters/compose.ts';
import { acknowledgementFor, type RegisteredDocument } from '../../domain/letters/plan.ts';
import { renderLetterPdf } from '../../engines/pdf/letter-pdf.ts';
import { pdfText } from '../support/pdf-text.ts';

/** QA 18 (Q20, Q07, Q25, Q30): a letter to a representative at an organisation is addressed as post is, the organisation on it. */
const config = defaultLettersConfig();
const appellant: Party = { role: 'appellant', name: 'Gunnar Eide', address: ['Nygata 3', '8006 Bodø'] };
const doc = (representative: Party): RegisteredDocument => ({
  documentId: 'doc-7',
  documentType: 'appeal',
  createdCase: true,
  caseId: 'c7',
  caseNumber: '2026/00107',
  receivedDate: '2026-11-20',
  language: 'nb',
  parties: [appellant, representative],
  caseProcessingDue: '2027-02-20',
  letterDate: '2026-11-20',
});
/** The PDF's lines from the recipient's name to the first empty line or reference. */
async function windowLines(representative: Party): Promise<string[]> {
  const letter = acknowledgementFor(doc(representative), config);
  if (!letter) throw new Error('no acknowledgement planned');
  const pdf = await renderLetterPdf(composeLetter(letter.facts, config), { created: new Date('2026-11-20T08:00:00Z'), title: letter.publicTitle });
  const lines = (await pdfText(pdf)).split('\n').map((l) => l.trim());
  const from = lines.indexOf(representative.name);
  return lines.slice(from, from + 1 + representative.address.length + (representative.firm && representative.firm !== representative.name ? 1 : 0));
}

describe('the acknowledgement to a representative at an organisation', () => {
  it('a union’s adviser: her name, the union, then its address', async () => {
    const adviser: Party = { role: 'representative', name: 'Tonje Berg', firm: 'Fagforbundet Nordland', address: ['Postboks 1420', '8002 Bodø'] };
    expect(await windowLines(adviser)).toEqual(['Tonje Berg', 'Fagforbundet Nordland', 'Postboks 1420', '8002 Bodø']);
  });
  it('an ombud’s adviser at a post-office box', async () => {
    const adviser: Party = { role: 'representative', name: 'Jonas Lie', firm: 'Pasient- og brukerombudet i Nordland', address: ['Postboks 813', '8001 Bodø'] };
    expect(await windowLines(adviser)).toEqual(['Jonas Lie', 'Pasient- og brukerombudet i Nordland', 'Postboks 813', '8001 Bodø']);
  });
  it('a body that acts by its own name is not written twice', async () => {
    const body: Party = { role: 'representative', name: 'Delta', firm: 'Delta', address: ['Postboks 9007 Grønland', '0133 Oslo'] };
    const lines = (await windowLines(body)).join('\n');
    expect(lines).toBe('Delta\nPostboks 9007 Grønland\n0133 Oslo');
  });
  it('an appellant without an organisation keeps name and address only', async () => {
    const letter = acknowledgementFor({ ...doc(appellant), parties: [appellant] }, config);
    expect(letter?.facts.recipient).toEqual({ name: 'Gunnar Eide', address: ['Nygata 3', '8006 Bodø'] });
  });
});

describe('a firm read with a letterhead’s residue', () => {
  const recipient = (representative: Party) => acknowledgementFor(doc(representative), config)?.facts.recipient;
  it('a trailing dash, bar or comma is not printed', () => {
    for (const firm of ['Advokatfirmaet Berg & Dahl AS -', 'Advokatfirmaet Berg & Dahl AS –', 'Advokatfirmaet Berg & Dahl AS |', 'Advokatfirmaet Berg & Dahl AS,']) {
      const lawyer: Party = { role: 'representative', name: 'Sara Dahl', firm, address: ['Munkegata 2', '7011 Trondheim'] };
      expect(recipient(lawyer)).toEqual({ name: 'Sara Dahl', address: ['Advokatfirmaet Berg & Dahl AS', 'Munkegata 2', '7011 Trondheim'] });
    }
  });
  it('a firm that carries a post-office box or a postcode is not printed: the address says it already', () => {
    const box: Party = { role: 'representative', name: 'Jonas Lie', firm: 'Pasient- og brukerombudet i Agder, Postboks 44 -', address: ['Postboks 44', '4661 Kristiansand S'] };
    expect(recipient(box)).toEqual({ name: 'Jonas Lie', address: ['Postboks 44', '4661 Kristiansand S'] });
    const postcode: Party = { role: 'representative', name: 'Sara Dahl', firm: 'Berg & Dahl AS, Munkegata 2, 7011 Trondheim', address: ['Munkegata 2', '7011 Trondheim'] };
    expect(recipient(postcode)).toEqual({ name: 'Sara Dahl', address: ['Munkegata 2', '7011 Trondheim'] });
  });
  it('an address whose first line starts with the organisation, or is «c/o» it, does not get it twice', () => {
    const firm = 'Pasient- og brukerombudet i Agder';
    const starts: Party = { role: 'representative', name: 'Jonas Lie', firm, address: [`${firm}, Postboks 44`, '4661 Kristiansand S'] };
    expect(recipient(starts)?.address).toEqual([`${firm}, Postboks 44`, '4661 Kristiansand S']);
    const careOf: Party = { role: 'representative', name: 'Jonas Lie', firm, address: [`c/o ${firm}`, 'Postboks 44', '4661 Kristiansand S'] };
    expect(recipient(careOf)?.address).toEqual([`c/o ${firm}`, 'Postboks 44', '4661 Kristiansand S']);
  });
});
