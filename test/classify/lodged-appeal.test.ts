import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { linkThreshold, mustLink } from '../../domain/config.ts';
import { classifyDocument } from '../../domain/classify/index.ts';
import { readWritersAppeal } from '../../domain/classify/deadline-interrupting.ts';
import { applyLodgedAppeal, LODGED_APPEAL_MOVE, lodgedAppeal } from '../../domain/classify/lodged-appeal.ts';
import { writerAppeals, writerNearMisses } from '../../corpus/writer-appeals-dev.ts';
import { loadRecords } from '../../corpus/records.ts';
import { half, loadUnseenWriters } from '../../eval-sets/unseen-writers/records.ts';

// Session 21 (issue 13): a GP's, a lawyer's or a relative's letter that lodges the appeal was read as a medical
// declaration or a legal costs claim, found no case or joined the person's case as the wrong type. A letter
// that only supports an appeal another lodged, or claims the costs after the decision, keeps its type.
const config = loadConfig();

function routed(text: string) {
  const c = classifyDocument(text, config);
  const links = mustLink(config, c.documentType);
  const confidence = links ? c.typeConfidence : c.confidence;
  return { type: c.documentType, routed: c.hold === null && confidence >= linkThreshold(config, links ? 'mustLink' : 'newCase'), explanation: c.explanation };
}

describe('the writer lodges the appeal (lodged-appeal.ts)', () => {
  it.each([
    ['nb', 'Jeg klager på vegne av min pasient på vedtaket fra Nav av 3.10.2026 om arbeidsavklaringspenger.'],
    ['nb', 'Undertegnede er fastlege for Anne Strand og påklager på hennes vegne vedtaket av 14.09.2026.'],
    ['nb', 'Vedtaket fra Nav av 25.09.2026 om tilbakekreving av dagpenger påklages herved.'],
    ['nb', 'Vi anker ikke, men klager på vedtaket av 2.10.2026 om uføretrygd.'],
    ['nb', 'Herved påklager vi vedtaket om stans av sykepenger.'],
    ['nb', 'Jeg klager pa vegne av min pasient pa vedtaket fra Nav.'],
    ['nb', 'Vi paaklager vedtaket om uforetrygd.'],
    ['nn', 'Eg klagar på vegner av pasienten min på vedtaket frå Nav av 6.10.2026.'],
    ['sv', 'Jag överklagar på min patients vägnar beslutet från Nav den 7 oktober 2026.'],
    ['da', 'Vi påklager hermed Navs afgørelse af 30. september 2026 om afslag på uføretrygd.'],
    ['da', 'Jeg klager over afgørelsen fra Nav af 8. oktober 2026 på vegne af min patient.'],
    ['en', "I hereby appeal on behalf of my patient against Nav's decision of 5 October 2026."],
    ['en', 'We act for Ms Novak and appeal against the decision of 9 October 2026.'],
    ['en', 'The decision of 2 October 2026 is hereby appealed.'],
  ])('%s: %s', (_language, text) => {
    expect(lodgedAppeal(text)).not.toBeNull();
  });

  it.each([
    ['nb', 'Pasienten har klaget på vedtaket, og jeg støtter klagen.'],
    ['nb', 'Jeg er bedt om å uttale meg i klagesaken. Jeg klager på vedtaket sammen med pasienten.'],
    ['nb', 'Legeerklæring til bruk i klagesak. Pasienten har skrevet at hun klager på vedtaket.'],
    ['nb', 'Pasienten skriver i sin klage: «Jeg klager på vedtaket fordi jeg ikke klarer å jobbe.»'],
    ['nb', 'Jeg påklaget på vegne av min klient vedtaket om uføretrygd. Vedtaket er nå omgjort.'],
    ['nb', 'Vi påklager ikke vedtaket, men krever dekning av sakskostnader.'],
    ['nb', 'Vedtaket kan påklages innen seks uker.'],
    ['nb', 'Jeg er enig med klager i at vedtaket er feil.'],
    ['nn', 'Pasienten har klaga på vedtaket, og eg stør klaga hans.'],
    ['sv', 'Patienten har överklagat beslutet och jag stöder överklagandet.'],
    ['da', 'Patienten har klaget over afgørelsen, og jeg støtter klagen.'],
    ['en', 'My patient has appealed against the decision and I support his appeal.'],
    ['en', 'I have been asked to give a statement in the appeal case about the decision.'],
    ['en', 'We will appeal if the decision is not reversed.'],
  ])('not %s: %s', (_language, text) => {
    expect(lodgedAppeal(text)).toBeNull();
  });
});

describe('what a lodged appeal moves (applyLodgedAppeal)', () => {
  const ordinary = readWritersAppeal('Jeg klager på vedtaket av 3.10.2026.');
  const promises = readWritersAppeal('Jeg klager på vedtaket av 3.10.2026. Begrunnelsen kommer senere.');
  const classes = ['appeal', 'appeal_deadline_interrupting', 'medical_declaration', 'legal_costs_claim', 'comments'];
  it('gives a declaration\'s or a costs claim\'s weight to the appeal, and nothing else', () => {
    const s = Float64Array.from([1, 0, 3, 0, 0]);
    expect(applyLodgedAppeal(s, classes, 'Jeg klager på vedtaket', ordinary)).toBe('medical_declaration');
    expect(s[0]).toBeCloseTo(Math.log(Math.exp(1) + Math.exp(3)));
    expect(s[2]).toBe(3 - LODGED_APPEAL_MOVE);
    const costs = Float64Array.from([0, 0, 0, 2, 0]);
    expect(applyLodgedAppeal(costs, classes, 'Vi påklager vedtaket', ordinary)).toBe('legal_costs_claim');
    expect(costs.indexOf(Math.max(...costs))).toBe(0);
  });

  it('moves it to the deadline-interrupting appeal when the grounds are promised later, not when late', () => {
    expect(promises.interruption).not.toBeNull();
    const s = Float64Array.from([0, 0, 3, 0, 0]);
    applyLodgedAppeal(s, classes, 'Jeg klager på vedtaket', promises);
    expect(s.indexOf(Math.max(...s))).toBe(1);
    const late = Float64Array.from([0, 0, 3, 0, 0]);
    applyLodgedAppeal(late, classes, 'Jeg klager på vedtaket', { ...promises, late: true });
    expect(late.indexOf(Math.max(...late))).toBe(0);
  });

  it('leaves comments, an appeal, and a letter that lodges nothing as they were', () => {
    for (const [scores, lodged] of [[[0, 0, 1, 0, 3], 'Vi klager på vedtaket'], [[3, 0, 1, 0, 0], 'Jeg klager på vedtaket'], [[0, 0, 3, 0, 0], null]] as const) {
      const s = Float64Array.from(scores);
      expect(applyLodgedAppeal(s, classes, lodged, ordinary)).toBeNull();
      expect([...s]).toEqual([...scores]);
    }
  });
});

describe('the session 21 development slice (corpus/writer-appeals-dev.ts)', () => {
  // Red before: a01, a19 were routed as a medical declaration and a costs claim (0.98, 0.97); a08, a10, a22 read so.
  // a17 lodges with the bare passive «… påklages» (no «herved»): the review took that form out, it reads as on main.
  // a19's «… påklages på vegne av min klient» is read but not firm: typed appeal, held (session 22, lodged-appeal-openers.test.ts).
  const barePassive = ['a17'];
  it.each(writerAppeals.filter((l) => !barePassive.includes(l.id)).map((l) => [l.id, l.language, l.writer, l.text] as const))('%s (%s, %s) is read as an appeal', (_id, _language, _writer, text) => {
    expect(routed(text).type).toBe('appeal');
  });

  it.each(barePassive)('%s: the bare passive lodges nothing for the rule', (id) => {
    expect(lodgedAppeal(writerAppeals.find((l) => l.id === id)!.text)).toBeNull();
  });

  it.each(writerNearMisses.map((l) => [l.id, l.language, l.documentType, l.text] as const))('%s (%s) is never routed as another type than %s', (_id, _language, type, text) => {
    const r = routed(text);
    expect(r.routed && r.type !== type).toBe(false);
    expect(r.explanation.some((e) => e.feature.includes('lodges the appeal itself'))).toBe(false);
  });

  it('names what it read in the explanation', () => {
    const r = routed(writerAppeals.find((l) => l.id === 'a01')!.text);
    expect(r.explanation.map((e) => e.feature)).toContain('rule:lodges the appeal itself («Jeg klager på vegne av min pasient på vedtaket»), not medical_declaration');
  });
});

describe('precision on the measured sets: no declaration or costs claim lodges an appeal', () => {
  const sets = [loadRecords('train-ocr'), loadRecords('eval-ocr'), loadRecords('unseen-ocr'), half(loadUnseenWriters(), 'calibration')];
  it.each(['medical_declaration', 'legal_costs_claim', 'expert_statement', 'comments'])('%s', (type) => {
    const letters = sets.flat().filter((d) => d.documentType === type);
    expect(letters.length).toBeGreaterThan(0);
    expect(letters.filter((d) => lodgedAppeal(d.text) !== null)).toEqual([]);
  });
});
