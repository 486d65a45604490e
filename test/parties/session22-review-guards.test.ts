import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';
import { chooseRecipient } from '../../domain/letters/recipient.ts';

/**
 * Session 22 review: seven letters, in the reviewer's wording, for which the branch's first round sent the acknowledgement to
 * the wrong person — a GP's practice when the GP does not appeal (someone else does, the GP denies it, or the power enclosed is
 * for the journal), a son at his own address when the power given to him is for the bank or errands (said in the next sentence).
 */
const postcodes = norwegianPostcodes();
const parties = (lines: string[]) => extractParties(lines.join('\n'), { postcodes });
const recipient = (lines: string[]) => chooseRecipient(parties(lines), postcodes);
const BODY = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', ''];
const practice = ['Gjøvik legesenter', 'Storgata 20', '2815 Gjøvik', '', ...BODY];
const gpClose = ['', 'Med vennlig hilsen', 'Håkon Brenna', 'fastlege'];
const mother = ['Randi Solberg', 'Fjellvegen 12', '2815 Gjøvik', '', ...BODY];
const closeM = ['', 'Med vennlig hilsen', 'Randi Solberg'];

/** The GP is no representative and nothing goes to the practice. */
function gpActsForNoOne(lines: string[]) {
  const ps = parties(lines);
  expect(ps.find((p) => p.role === 'representative' && p.name === 'Håkon Brenna')).toBeUndefined();
  expect(ps.find((p) => p.role === 'appellant')?.name).toMatch(/Eva Lunde/u);
  const r = recipient(lines);
  if (r.status === 'ready') expect(r.recipient.address).not.toContain('Storgata 20');
}

describe('a GP is no representative unless the GP is the one who appeals with the patient’s own power over the case', () => {
  it('the daughter appeals «på hennes vegne» with «Datterens fullmakt»', () => {
    gpActsForNoOne([...practice, 'Legeerklæring – Eva Lunde', '', 'Jeg er fastlege for Eva Lunde. Datteren hennes, Mona Lunde, klager på hennes vegne.', 'Datterens fullmakt følger vedlagt.', 'Pasienten har vært syk i to år.', ...gpClose]);
  });
  it('Norwegian «i» is no English «I»: «Pasienten er i dag for syk …, og sønnen klager på hennes vegne»', () => {
    gpActsForNoOne([...practice, 'Uttalelse – Eva Lunde', '', 'Pasienten er i dag for syk til å skrive selv, og sønnen klager på hennes vegne.', 'Sønnens fullmakt følger vedlagt.', ...gpClose]);
  });
  it('the GP denies it: «Jeg er ikke den som klager på hennes vegne; det gjør hun selv»', () => {
    gpActsForNoOne([...practice, 'Legeerklæring – Eva Lunde', '', 'Jeg er ikke den som klager på hennes vegne; det gjør hun selv.', 'Fullmakt følger vedlagt.', ...gpClose]);
  });
  it('the power enclosed is for the journal: «Vedlagt følger fullmakt til innsyn i journal»', () => {
    gpActsForNoOne([...practice, 'Legeerklæring – Eva Lunde', '', 'Jeg er fastlege for Eva Lunde, f. 03.91.1962, og klager på hennes vegne på vedtaket om arbeidsavklaringspenger.', 'Vedlagt følger fullmakt til innsyn i journal.', 'Hun har hatt store plager i lang tid.', ...gpClose]);
  });
  it('English: «I am the GP of Eva Lunde. Her husband will appeal on her behalf, and his power of attorney is enclosed.»', () => {
    const lines = ['Bryn legesenter', 'Kirkeveien 5', '0368 Oslo', '', ...BODY, 'Medical statement – Eva Lunde', '', 'I am the GP of Eva Lunde. Her husband will appeal on her behalf, and his power of attorney is enclosed.', '', 'Yours sincerely', 'Alan Hart', 'GP'];
    expect(parties(lines).find((p) => p.role === 'representative' && p.name === 'Alan Hart')).toBeUndefined();
    const r = recipient(lines);
    if (r.status === 'ready') expect(r.recipient.address).not.toContain('Kirkeveien 5');
  });
  it('positive controls: the GP who appeals, the clause ending «og», the patient’s power enclosed (nb, nn, en, «hans» for him)', () => {
    const nb = [...practice, 'Klage – Eva Lunde', '', 'Jeg er fastlege for Eva Lunde, f. 14.02.1968, og klager på hennes vegne på vedtaket.', 'Skriftlig fullmakt fra pasienten følger vedlagt.', ...gpClose];
    expect(parties(nb).find((p) => p.role === 'representative')).toMatchObject({ name: 'Håkon Brenna', address: ['Storgata 20', '2815 Gjøvik'] });
    const nn = ['Voss legekontor', 'Vangsgata 3', '5700 Voss', '', ...BODY, 'Klage – Eva Lunde', '', 'Eg er fastlegen til Eva Lunde og klagar på hennar vegner på vedtaket.', 'Skriftleg fullmakt ligg ved.', ...gpClose];
    expect(parties(nn).find((p) => p.role === 'representative')?.name).toBe('Håkon Brenna');
    const en = ['Bryn legesenter', 'Kirkeveien 5', '0368 Oslo', '', ...BODY, 'Appeal – Eva Lunde', '', 'I am the GP of Eva Lunde and appeal on her behalf against the decision.', 'Her signed power of attorney is enclosed.', '', 'Yours sincerely', 'Alan Hart', 'GP'];
    expect(parties(en).find((p) => p.role === 'representative')?.name).toBe('Alan Hart');
    const his = [...practice, 'Klage – Ola Lunde', '', 'Jeg er fastlege for Ola Lunde og klager på hans vegne på vedtaket.', 'Hans fullmakt følger vedlagt.', ...gpClose];
    expect(parties(his).find((p) => p.role === 'representative')?.name).toBe('Håkon Brenna');
    // «Hans fullmakt» where the GP appeals «på hennes vegne» is someone else's.
    const hers = [...practice, 'Klage – Eva Lunde', '', 'Jeg er fastlege for Eva Lunde og klager på hennes vegne på vedtaket.', 'Hans fullmakt følger vedlagt.', ...gpClose];
    expect(parties(hers).find((p) => p.role === 'representative' && p.name === 'Håkon Brenna')).toBeUndefined();
  });
});

describe('a power whose sentence ends at its holder: the next sentence may say what it is for', () => {
  const sonAtHisAddress = (lines: string[]) => {
    const r = recipient(lines);
    expect(parties(lines).find((p) => p.role === 'representative' && p.name === 'Tore Solberg')).toBeUndefined();
    if (r.status === 'ready') expect(r.recipient.address).not.toContain('Kløvervegen 7');
  };
  it('«… Tore Solberg, Kløvervegen 7, 2816 Gjøvik. Fullmakten gjelder bankkontoen min.»: the son is no representative', () => {
    sonAtHisAddress([...mother, 'Klage', '', 'Jeg klager på vedtaket om hjelpestønad.', 'Jeg gir fullmakt til min sønn Tore Solberg, Kløvervegen 7, 2816 Gjøvik. Fullmakten gjelder bankkontoen min.', ...closeM]);
  });
  it('«… 2816 Gjøvik. Han kan hente posten og medisinene mine.»: the son is no representative', () => {
    sonAtHisAddress([...mother, 'Klage', '', 'Jeg klager på vedtaket om hjelpestønad.', 'Jeg gir fullmakt til min sønn Tore Solberg, Kløvervegen 7, 2816 Gjøvik. Han kan hente posten og medisinene mine.', ...closeM]);
  });
  it('a bare power with the holder’s address: the son represents, held (the power never says it is the case’s)', () => {
    const lines = [...mother, 'Klage', '', 'Jeg klager på vedtaket om hjelpestønad.', 'Jeg gir fullmakt til min sønn Tore Solberg, Kløvervegen 7, 2816 Gjøvik.', ...closeM];
    expect(parties(lines).find((p) => p.role === 'representative')).toMatchObject({ name: 'Tore Solberg', address: [] });
    expect(parties(lines).find((p) => p.role === 'appellant')).toMatchObject({ name: 'Randi Solberg', address: ['Fjellvegen 12', '2815 Gjøvik'] });
    expect(recipient(lines)).toMatchObject({ status: 'held' });
  });
});
