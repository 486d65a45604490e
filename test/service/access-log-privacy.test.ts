import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osloDate } from '#domain/calendar';
import { kari, openTestService, type TestService } from './fixtures.ts';

/**
 * The access log holds identifiers, not personal data: a national id typed into a «why» is masked
 * before it is stored, and again on reading (entries stored before). The auditor's own reads are
 * logged with their filter; the person filter matches part of a name; the newest read comes first.
 */
let service: TestService;
beforeAll(async () => {
  service = await openTestService();
}, 120_000);
afterAll(async () => service?.close());

interface Record {
  at: string;
  person: string;
  action: string;
  caseId?: string;
  documentId?: string;
  documentType?: string;
  specialCategory?: boolean;
  why?: string;
  filter?: string;
}
const today = () => osloDate(new Date());
const readLog = async (query: string) => {
  const answer = await service.app.inject({ method: 'GET', url: `/api/v1/access-log?from=${today()}&to=${today()}${query}`, headers: service.as('auditor') });
  expect(answer.statusCode, answer.body).toBe(200);
  return (answer.json() as { records: Record[] }).records;
};
const masked = `${kari.slice(0, 6)}*****`;
const forms = [kari, `${kari.slice(0, 6)}-${kari.slice(6)}`, `${kari.slice(0, 6)} ${kari.slice(6)}`];

describe('the access log and national ids', () => {
  it('stores and shows a «why» with every written form of a national id masked', async () => {
    const caseId = service.seeded.transfer.caseId!;
    const erik = await service.person('Erik Handler', 'caseworker');
    for (const form of forms) {
      const read = await service.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}?why=${encodeURIComponent(`klage fra ${form}, ringt inn`)}`, headers: erik });
      expect(read.statusCode).toBe(200);
    }
    // What is stored, read past the service: no whole id.
    const stored = await service.runtime.context.accessLog.list!({ from: today(), to: today(), person: 'Erik Handler' });
    const whys = stored.map((r) => r.why);
    expect(whys).toEqual(forms.map(() => `klage fra ${masked}, ringt inn`));
    expect(JSON.stringify(stored)).not.toContain(kari.slice(6));
  });

  it('masks an entry stored whole before masking on writing, on reading', async () => {
    const caseId = service.seeded.transfer.caseId!;
    await service.runtime.context.accessLog.record({ at: new Date().toISOString(), person: 'Gammel Oppføring', role: 'caseworker', action: 'case:read', caseId, why: `fnr ${forms[1]}` });
    const records = await readLog('&person=gammel');
    expect(records.filter((r) => r.action === 'case:read').map((r) => r.why)).toEqual([`fnr ${masked}`]);
  });

  it('logs the auditor\'s read with its filter, matches part of a name in any case, newest first', async () => {
    const records = await readLog('&person=eRIK');
    expect(records.length).toBeGreaterThanOrEqual(3);
    expect(records.every((r) => r.person === 'Erik Handler')).toBe(true);
    const times = records.map((r) => r.at);
    expect(times).toEqual([...times].sort().reverse());

    const own = (await readLog('&person=starter-auditor')).filter((r) => r.action === 'access-log:read');
    expect(own.map((r) => r.filter)).toContain(`from=${today()}&to=${today()}&person=eRIK`);
  });

  it('takes a national id typed as the person as the national-id filter, and logs no filter value with an id in clear (QA s14 e H2)', async () => {
    const caseId = service.seeded.transfer.caseId!;
    const read = await service.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}`, headers: await service.person('Rita Leser', 'reader') });
    expect(read.statusCode).toBe(200);
    const byId = await readLog(`&nationalId=${kari}`);
    expect(byId.some((r) => r.person === 'Rita Leser' && r.caseId === caseId)).toBe(true);
    for (const form of forms) {
      const asPerson = await readLog(`&person=${encodeURIComponent(form)}`);
      expect(asPerson.filter((r) => r.action !== 'access-log:read')).toEqual(byId.filter((r) => r.action !== 'access-log:read'));
    }
    await readLog(`&document=${encodeURIComponent(forms[2]!)}`);
    const stored = await service.runtime.context.accessLog.list!({ from: today(), to: today(), person: 'starter-auditor' });
    const filters = stored.map((r) => r.filter ?? '');
    expect(filters.join('\n')).not.toContain(kari.slice(6));
    const byHash = filters.filter((f) => f.includes('nationalIdHash='));
    expect(byHash.length).toBeGreaterThanOrEqual(forms.length + 1);
    expect(byHash.filter((f) => f.includes('person='))).toEqual([]);
    expect(filters).toContain(`from=${today()}&to=${today()}&document=${masked}`);
  });

  it('marks each document read with the type and whether it is special-category, and filters on it (QA s14 e M4)', async () => {
    const archivist = await service.person('Siri Arkivar', 'archivist');
    for (const doc of [service.seeded.orphan, service.seeded.transfer]) {
      expect((await service.app.inject({ method: 'GET', url: `/api/v1/documents/${doc.documentId}`, headers: archivist })).statusCode).toBe(200);
    }
    const siris = (records: Record[]) => records.filter((r) => r.person === 'Siri Arkivar').map((r) => ({ documentId: r.documentId, documentType: r.documentType, specialCategory: r.specialCategory }));
    expect(siris(await readLog('&person=siri'))).toEqual([
      { documentId: service.seeded.transfer.documentId, documentType: 'case_transfer', specialCategory: false },
      { documentId: service.seeded.orphan.documentId, documentType: 'medical_declaration', specialCategory: true },
    ]);
    expect(siris(await readLog('&person=siri&specialCategory=true'))).toEqual([{ documentId: service.seeded.orphan.documentId, documentType: 'medical_declaration', specialCategory: true }]);
    expect(siris(await readLog('&person=siri&specialCategory=false')).map((r) => r.documentId)).toEqual([service.seeded.transfer.documentId]);
  });

  it('masks a filter stored whole before masking on writing, on reading', async () => {
    await service.runtime.context.accessLog.record({ at: new Date().toISOString(), person: 'Gammel Revisor', role: 'auditor', action: 'access-log:read', filter: `from=${today()}&person=${kari}` });
    const records = await readLog('&person=gammel revisor');
    expect(records.find((r) => r.person === 'Gammel Revisor')?.filter).toBe(`from=${today()}&person=${masked}`);
  });
});
