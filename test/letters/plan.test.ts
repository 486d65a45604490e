import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { defaultLettersConfig } from '../../config/letters.ts';
import { mergedCaseParties, partiesJoiningCase, withAppellantsActedFor } from '../../domain/letters/case-parties.ts';
import { acknowledgementFor, extendedNoticeFor, extendedNoticesFor, type RegisteredDocument } from '../../domain/letters/plan.ts';

const config = defaultLettersConfig();
const hashKey = 'test-id-hash-key-0123456789';
const appellant = { role: 'appellant' as const, name: 'Kari Nordmann', address: ['Storgata 12B', '0467 Oslo'] };
const doc: RegisteredDocument = {
  documentId: 'doc-1',
  documentType: 'appeal',
  createdCase: true,
  caseId: 'c1',
  caseNumber: '2025/00001',
  receivedDate: '2025-03-20',
  language: 'nb',
  parties: [appellant],
  caseProcessingDue: '2025-06-20',
  letterDate: '2025-03-20',
};

describe('which acknowledgement a registration calls for', () => {
  it('a new case opened by an appeal, a deadline-interrupting appeal or a transfer gets the acknowledgement, with the case_processing date as the expected date', () => {
    for (const documentType of ['appeal', 'appeal_deadline_interrupting', 'case_transfer'] as const) {
      const letter = acknowledgementFor({ ...doc, documentType }, config);
      expect(letter).toMatchObject({ kind: 'appeal_acknowledgement', letterId: 'ack.2025-00001.doc-1', status: 'ready', recipient: appellant, publicTitle: 'Bekreftelse på mottatt klage' });
      expect(letter?.facts.expectedDate).toBe('2025-06-20');
      expect(letter?.publicTitle).not.toContain('Kari');
    }
  });

  it('an appeal joining an open case and a medical declaration get none', () => {
    expect(acknowledgementFor({ ...doc, createdCase: false }, config)).toBeNull();
    expect(acknowledgementFor({ ...doc, documentType: 'medical_declaration' }, config)).toBeNull();
  });

  it('an anke on an existing case gets the anke acknowledgement, expected within the configured time (a working day)', () => {
    const letter = acknowledgementFor({ ...doc, documentType: 'tribunal_appeal', createdCase: false, caseProcessingDue: null, receivedDate: '2025-02-20' }, config);
    expect(letter).toMatchObject({ kind: 'tribunal_appeal_acknowledgement', letterId: 'anke.2025-00001.doc-1' });
    // Two months after 20 February is 20 April 2025, Easter Sunday, and 21 April is Easter Monday: due 22 April.
    expect(letter?.facts.expectedDate).toBe('2025-04-22');
  });

  it('follows a nynorsk writer, and writes bokmål to a Swedish one', () => {
    expect(acknowledgementFor({ ...doc, language: 'nn' }, config)?.language).toBe('nn');
    expect(acknowledgementFor({ ...doc, language: 'sv' }, config)?.language).toBe('nb');
  });

  it('holds a letter without a usable address, with the reason', () => {
    const letter = acknowledgementFor({ ...doc, parties: [{ ...appellant, address: [] }] }, config);
    expect(letter).toMatchObject({ status: 'held', heldReason: 'no postal address for the appellant in the letter' });
  });
});

describe('the notice of extended processing time', () => {
  const open = { caseId: 'c1', caseNumber: '2025/00001', caseProcessingDue: '2025-06-20', receivedDate: '2025-03-20', language: 'nn' as const, parties: [appellant] };

  it('is due once the case_processing deadline is within the lead time, and not before', () => {
    expect(extendedNoticeFor(open, '2025-06-05', config)).toBeNull();
    const notice = extendedNoticeFor(open, '2025-06-06', config);
    expect(notice).toMatchObject({ kind: 'extended_processing_time', letterId: 'ext.2025-00001', language: 'nn' });
    expect(notice?.facts).toMatchObject({ previousExpectedDate: '2025-06-20', expectedDate: '2025-08-20' });
  });

  it('has the same id however often the watcher runs', () => {
    expect(extendedNoticeFor(open, '2025-06-10', config)?.letterId).toBe(extendedNoticeFor(open, '2025-06-19', config)?.letterId);
  });

  describe('for a case a moved appeal joined (its writer one of the case\'s parties)', () => {
    const representative = { role: 'representative' as const, name: 'Advokat Lien', address: ['Rådhusgata 5', '0151 Oslo'] };
    const joined = { role: 'appellant' as const, name: 'Per Hansen', address: ['Kirkeveien 4', '5003 Bergen'], nationalIdHash: 'b'.repeat(64) };
    // The case's representative, recorded from the appeal that opened it, acts for its appellant.
    const both = { ...open, parties: [appellant, { ...representative, actsFor: ['Kari Nordmann'] }, joined] };

    it('writes one notice to each appellant: the first through the case\'s representative, with the case\'s id as before; a joined one to their own address', () => {
      const notices = extendedNoticesFor(both, '2025-06-10', config, hashKey);
      expect(notices.map((n) => n.recipient?.name)).toEqual(['Advokat Lien', 'Per Hansen']);
      expect(notices[0]!.letterId).toBe('ext.2025-00001');
      expect(notices[1]!.letterId).toMatch(/^ext\.2025-00001\.p[0-9a-f]{12}$/u);
      expect(notices[1]!.facts).toMatchObject({ appellantName: 'Per Hansen', recipient: { name: 'Per Hansen', address: ['Kirkeveien 4', '5003 Bergen'] } });
      // No name or id in the clear in a letter id (ids show in paths and events).
      expect(notices[1]!.letterId).not.toContain('Per');
    });

    it('gives each notice the same id whatever the day or the order of the parties, and the same appellant twice one notice', () => {
      const ids = extendedNoticesFor(both, '2025-06-10', config, hashKey).map((n) => n.letterId);
      expect(extendedNoticesFor(both, '2025-06-19', config, hashKey).map((n) => n.letterId)).toEqual(ids);
      expect(extendedNoticesFor({ ...both, parties: [appellant, joined, representative, { ...joined }] }, '2025-06-10', config, hashKey).map((n) => n.letterId)).toEqual(ids);
    });

    it('keeps a joined appellant without an address when the first appellant writes again (review 12, M2)', () => {
      const perNoAddress = { role: 'appellant' as const, name: 'Per Hansen', address: [] as string[] };
      const joinedCase = partiesJoiningCase([{ ...appellant, address: [] }], [perNoAddress]);
      const later = mergedCaseParties(joinedCase, [appellant]);
      expect(later).toEqual([appellant, perNoAddress]);
      expect(extendedNoticesFor({ ...open, parties: later }, '2025-06-10', config, hashKey).map((n) => n.facts.appellantName)).toEqual(['Kari Nordmann', 'Per Hansen']);
      // The case's only appellant is still filled by a later document's, as before.
      expect(mergedCaseParties([{ ...appellant, address: [] }], [appellant])).toEqual([appellant]);
    });

    it('keys a joined appellant in the id by the keyed hash, not a plain hash of the name anyone can recompute (review 12, M3)', () => {
      const { nationalIdHash: _hash, ...perByName } = joined;
      const [, notice] = extendedNoticesFor({ ...both, parties: [appellant, representative, perByName] }, '2025-06-10', config, hashKey);
      const plain = createHash('sha256').update('name:per hansen').digest('hex').slice(0, 12);
      expect(notice!.letterId).toMatch(/^ext\.2025-00001\.p[0-9a-f]{12}$/u);
      expect(notice!.letterId).not.toContain(plain);
      // Another key, another id: without the key a list of names undoes nothing.
      const [, other] = extendedNoticesFor({ ...both, parties: [appellant, representative, perByName] }, '2025-06-10', config, 'another-id-hash-key-9876543210');
      expect(other!.letterId).not.toBe(notice!.letterId);
    });

    it("sends the first appellant's notice to no lawyer of a moved appeal's appellant, and that appellant's to their own lawyer (review 12, H2)", () => {
      const kari = { role: 'appellant' as const, name: 'Kari Nordmann', address: ['Storgata 12B', '0467 Oslo'] };
      const per = { role: 'appellant' as const, name: 'Per Hansen', address: ['Kirkeveien 4', '5003 Bergen'] };
      const parties = partiesJoiningCase([kari], [per, representative]);
      expect(parties[2]).toEqual({ ...representative, actsFor: ['Per Hansen'] });
      const notices = extendedNoticesFor({ ...open, parties }, '2025-06-10', config, hashKey);
      expect(notices.map((n) => [n.facts.appellantName, n.recipient?.name])).toEqual([['Kari Nordmann', 'Kari Nordmann'], ['Per Hansen', 'Advokat Lien']]);
      // The case's own lawyer, recorded from the appeal that opened it, still gets the first appellant's notice.
      const [karisLawyer] = withAppellantsActedFor([kari, representative]).filter((p) => p.role === 'representative');
      const own = partiesJoiningCase([kari, karisLawyer!], [per]);
      expect(extendedNoticesFor({ ...open, parties: own }, '2025-06-10', config, hashKey).map((n) => n.recipient?.name)).toEqual(['Advokat Lien', 'Per Hansen']);
      // A representative recorded before it was said whom they act for is nobody's once the case has two appellants.
      expect(extendedNoticesFor({ ...open, parties: [kari, representative, per] }, '2025-06-10', config, hashKey).map((n) => n.recipient?.name)).toEqual(['Kari Nordmann', 'Per Hansen']);
      // The same lawyer writing the moved appeal too acts for both.
      const both = partiesJoiningCase([kari, karisLawyer!], [per, representative]);
      expect(extendedNoticesFor({ ...open, parties: both }, '2025-06-10', config, hashKey).map((n) => n.recipient?.name)).toEqual(['Advokat Lien', 'Advokat Lien']);
    });

    it('writes a single notice for a case of one appellant, and none before the lead time', () => {
      expect(extendedNoticesFor(open, '2025-06-10', config, null).map((n) => n.letterId)).toEqual(['ext.2025-00001']);
      expect(extendedNoticesFor(both, '2025-06-05', config, hashKey)).toEqual([]);
    });
  });
});
