import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';
import { chooseRecipient } from '../../domain/letters/recipient.ts';

/**
 * Session 22: who wrote it and who answers (issue #16). Letters of the test's own (never the slice's). Each case but the
 * guards made the holder of a power the appellant and the giver the representative at the giver's own head, or named no
 * representative for a GP who appeals with the patient's power, on main before this session.
 */
const postcodes = norwegianPostcodes();
const parties = (lines: string[]) => extractParties(lines.join('\n'), { postcodes });
const role = (lines: string[], r: string) => parties(lines).find((p) => p.role === r);
const HEAD = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', ''];
const giver = ['Tove Rønning', 'Moveien 3', '7600 Levanger', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om hjelpestønad.'];
const close = ['', 'Med vennlig hilsen', 'Tove Rønning'];

describe('one power to two holders: the giver appeals, both holders represent', () => {
  it('«fullmakt til min sønn … og min datter … til å …»: the first holder represents without an address, the second too', () => {
    const text = [...giver, 'Jeg gir fullmakt til min sønn Arild Rønning og min datter Guri Rønning til å føre klagesaken for meg.', ...close];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Tove Rønning', address: ['Moveien 3', '7600 Levanger'] });
    expect(parties(text).filter((p) => p.role === 'representative').map((p) => [p.name, p.address])).toEqual([['Arild Rønning', []], ['Guri Rønning', []]]);
    // The acknowledgement is held for the first holder: never sent to the giver's head as the representative's.
    expect(chooseRecipient(parties(text), postcodes)).toMatchObject({ status: 'held' });
  });
  it('a «FULLMAKT» block with two holders and no kin words; English «authorise my son … and my daughter …»', () => {
    const nb = [...giver, ...close, '', 'FULLMAKT', 'Undertegnede, Tove Rønning, gir fullmakt til Siv Lorentzen og Pål Eide til å føre klagesaken for meg.'];
    expect(role(nb, 'appellant')?.name).toBe('Tove Rønning');
    expect(role(nb, 'representative')).toMatchObject({ name: 'Siv Lorentzen', address: [] });
    const en = ['Alan Price', 'Bryggen 4', '5003 Bergen', '', ...HEAD, 'Appeal', '', 'I appeal against the decision on my pension.', 'I hereby authorise my son Tom Price and my daughter Jane Price to act for me in this appeal.', '', 'Yours faithfully', 'Alan Price'];
    expect(role(en, 'appellant')).toMatchObject({ name: 'Alan Price', address: ['Bryggen 4', '5003 Bergen'] });
    expect(role(en, 'representative')).toMatchObject({ name: 'Tom Price', address: [] });
  });
});

describe('«Jeg gir fullmakt(en) til min sønn …» without «til å» after the name', () => {
  it('«… i denne klagesaken», «…, slik at han kan føre saken», and the sentence ending at the name', () => {
    for (const sentence of ['Jeg gir fullmakt til min sønn Arild Rønning i denne klagesaken.', 'Jeg gir fullmakten til min sønn Arild Rønning, slik at han kan føre klagesaken for meg.', 'Jeg gir fullmakten til min sønn Arild Rønning.']) {
      const text = [...giver, sentence, ...close];
      expect(role(text, 'appellant'), sentence).toMatchObject({ name: 'Tove Rønning', address: ['Moveien 3', '7600 Levanger'] });
      expect(role(text, 'representative'), sentence).toMatchObject({ name: 'Arild Rønning', address: [] });
    }
  });
  it('Danish «Jeg giver fuldmagt til min søn … i klagesagen» and English «I give power of attorney to my son … in this appeal»', () => {
    const da = ['Poul Dam', 'Algade 2', '4000 Roskilde', 'Danmark', '', ...HEAD, 'Klage', '', 'Jeg klager over afgørelsen om pension.', 'Jeg giver fuldmagt til min søn Jens Dam i klagesagen.', '', 'Med venlig hilsen', 'Poul Dam'];
    expect(role(da, 'appellant')?.name).toBe('Poul Dam');
    expect(role(da, 'representative')).toMatchObject({ name: 'Jens Dam', address: [] });
    const en = ['Alan Price', 'Bryggen 4', '5003 Bergen', '', ...HEAD, 'Appeal', '', 'I appeal against the decision on my pension.', 'I give power of attorney to my son Tom Price in this appeal.', '', 'Kind regards', 'Alan Price'];
    expect(role(en, 'appellant')).toMatchObject({ name: 'Alan Price', address: ['Bryggen 4', '5003 Bergen'] });
    expect(role(en, 'representative')).toMatchObject({ name: 'Tom Price', address: [] });
  });
  it('guards: a power given «til» a bank, or to a son for the account, makes no representative', () => {
    const bank = [...giver, 'Jeg gir fullmakt til DNB Bank ASA i denne saken om kontoen min.', ...close];
    expect(role(bank, 'representative')).toBeUndefined();
    expect(role(bank, 'appellant')).toMatchObject({ name: 'Tove Rønning', address: ['Moveien 3', '7600 Levanger'] });
    const account = [...giver, 'Jeg gir fullmakten til min sønn Arild Rønning, slik at han kan betale regningene fra kontoen min.', ...close];
    expect(role(account, 'representative')?.name).not.toBe('Arild Rønning');
  });
});

describe('a bank’s power beside the case’s: the bank is no party', () => {
  it('an attachment list or a line of its own: «Fullmakt til DNB Bank ASA» over «Fullmakt til min sønn …»', () => {
    const list = [...giver, ...close, '', 'Vedlegg:', 'Fullmakt til DNB Bank ASA', 'Fullmakt til min sønn Arild Rønning'];
    expect(role(list, 'appellant')).toMatchObject({ name: 'Tove Rønning', address: ['Moveien 3', '7600 Levanger'] });
    expect(role(list, 'representative')).toMatchObject({ name: 'Arild Rønning', address: [] });
    const line = [...giver, 'Fullmakt til DNB Bank ASA og fullmakt til min sønn Arild Rønning følger vedlagt.', ...close];
    expect(role(line, 'appellant')).toMatchObject({ name: 'Tove Rønning', address: ['Moveien 3', '7600 Levanger'] });
    expect(role(line, 'representative')).toMatchObject({ name: 'Arild Rønning', address: [] });
  });
  it('guards: «Fullmakt til min sønn … for kontoen min» makes the son no holder; a bank’s power alone makes no representative', () => {
    const account = [...giver, 'Fullmakt til min sønn Arild Rønning, for kontoen min i banken, følger vedlagt.', ...close];
    // The son is not read as the holder of a power over the case (what main then does with the kin word is left as it was).
    expect(role(account, 'representative')?.name).not.toBe('Arild Rønning');
    const bank = [...giver, ...close, '', 'Vedlegg:', 'Fullmakt til DNB Bank ASA'];
    expect(role(bank, 'representative')).toBeUndefined();
    expect(role(bank, 'appellant')).toMatchObject({ name: 'Tove Rønning', address: ['Moveien 3', '7600 Levanger'] });
  });
});

describe('a daughter who writes for her mother (no rule changed: guards of the reading every slice makes)', () => {
  it('«Jeg skriver på vegne av min mor, NN, f. …» under the daughter’s head: the mother appeals, the daughter represents', () => {
    const text = ['Hanne Lie', 'Elveveien 14', '1337 Sandvika', '', ...HEAD, 'Klage', '', 'Jeg skriver på vegne av min mor, Gerd Lie, f. 12.03.1941, som ikke klarer å skrive selv.', 'Hun klager på vedtaket om hjelpestønad.', '', 'Med vennlig hilsen', 'Hanne Lie'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Gerd Lie', address: [] });
    expect(role(text, 'representative')).toMatchObject({ name: 'Hanne Lie', address: ['Elveveien 14', '1337 Sandvika'] });
  });
});

describe('a power over errands and the holder of the writer’s own power', () => {
  it('«Jeg gir fullmakt til min sønn … til å hente medisinene mine» names no party: the writer appeals at the head', () => {
    const text = [...giver, 'Jeg gir fullmakt til min sønn Arild Rønning til å hente medisinene mine på apoteket.', ...close];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Tove Rønning', address: ['Moveien 3', '7600 Levanger'] });
    expect(role(text, 'representative')).toBeUndefined();
  });
  it('the power is the whole appeal («… til å klage på vedtaket på mine vegne»): the giver keeps the head’s address', () => {
    const text = ['Tove Rønning', 'Moveien 3', '7600 Levanger', '', ...HEAD, 'Klage', '', 'Jeg gir fullmakt til min sønn Arild Rønning til å klage på vedtaket om omsorgsstønad på mine vegne.', ...close];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Tove Rønning', address: ['Moveien 3', '7600 Levanger'] });
    expect(role(text, 'representative')).toMatchObject({ name: 'Arild Rønning', address: [] });
  });
  it('a guard: a letter about the son’s own case that names him otherwise still withholds the head', () => {
    const text = ['Tove Rønning', 'Moveien 3', '7600 Levanger', '', ...HEAD, 'Klage', '', 'Min sønn Arild Rønning har fått avslag på arbeidsavklaringspenger, og vedtaket er feil.', ...close];
    expect(role(text, 'appellant')?.address ?? []).toEqual([]);
  });
});

describe('a GP who appeals «på hennes vegne»', () => {
  const gp = (powerLine: string[]) => ['Levanger legesenter', 'Kirkegata 10', '7600 Levanger', '', ...HEAD, 'Klage – Åse Fløan', '', 'Jeg er fastlege for Åse Fløan, f. 2.06.1959, og klager på hennes vegne på vedtaket om arbeidsavklaringspenger.', ...powerLine, 'Hun har vært syk i to år.', '', 'Med vennlig hilsen', 'Erlend Hoff', 'fastlege'];
  it('with the patient’s written power enclosed: the GP represents her at the practice', () => {
    expect(role(gp(['Skriftlig fullmakt fra pasienten følger vedlagt.']), 'representative')).toMatchObject({ name: 'Erlend Hoff', address: ['Kirkegata 10', '7600 Levanger'] });
    expect(role(gp(['Skriftlig fullmakt fra pasienten følger vedlagt.']), 'appellant')?.name).toBe('Åse Fløan');
  });
  it('guards: without the power, or with «fullmakt følger ikke vedlagt», the GP is no representative', () => {
    expect(role(gp([]), 'representative')).toBeUndefined();
    expect(role(gp(['Fullmakt følger ikke vedlagt.']), 'representative')).toBeUndefined();
    expect(role(gp([]), 'appellant')?.name).toBe('Åse Fløan');
  });
});
