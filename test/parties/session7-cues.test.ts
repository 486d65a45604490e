import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { DAMAGED_LINE, GLUED_WORDS, HOUSEHOLD_DOUBT } from '../../domain/parties/address-doubts.ts';
import { extractParties } from '../../domain/parties/index.ts';

/**
 * Cues from the third development slice (issue #16, session 7: corpus/parties/strangers.ts), each a
 * kind of letter the reader got wrong before this session: a relative who typed the letter under the
 * appellant's own head, a name broken over two lines, a rural address with no street number, spouses
 * over one address, two signers side by side, a footer under a rule, an address a sentence names as a
 * person's, Nordic postcodes with a spaced prefix, a regarding label on a one-line party, an apartment
 * after the street, a labelled appellant's address with no street number (a kind the calibration half
 * showed), a municipality that "bistår" someone, and the scan's glued words. The names and
 * streets here are not the slice's.
 */
const postcodes = norwegianPostcodes();
const parties = (text: string) => extractParties(text, { hashNationalId: () => 'a'.repeat(64), postcodes });
const role = (text: string, r: string) => parties(text).find((p) => p.role === r);
const own = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo'];
const appeal = 'Vedtaket om stønad til tannbehandling påklages.';

describe('a head the letter says it is written for', () => {
  it('is the appellant’s, and the relative who signs is the representative', () => {
    const text = ['Aslaug Tveit', 'Skolebakken 14', '3825 Lunde', '', ...own, '', 'Dette brevet er skrevet av meg, Hilde Tveit, på vegne av min mor Aslaug Tveit, som ikke ser godt nok til å skrive.', appeal, '', 'Vennlig hilsen', '', 'Hilde Tveit'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Aslaug Tveit', address: ['Skolebakken 14', '3825 Lunde'] });
    expect(role(text, 'representative')).toMatchObject({ name: 'Hilde Tveit' });
  });

  it('still withholds a head when the letter is written for someone the head does not name', () => {
    const text = ['Hilde Tveit', 'Skolebakken 14', '3825 Lunde', '', ...own, '', 'Jeg skriver på vegne av min mor Aslaug Tveit.', appeal, '', 'Vennlig hilsen', '', 'Hilde Tveit'].join('\n');
    expect(role(text, 'appellant')?.address).toEqual([]);
  });
});

describe('the signer’s name reads a head the head alone cannot', () => {
  it('joins a name a narrow head broke over two lines', () => {
    const text = ['Gro Elisabeth', 'Sandnes-Myklebust', 'Fjordvegen 8', '6856 Sogndal', '', ...own, '', appeal, '', 'Med helsing', '', 'Gro Elisabeth Sandnes-Myklebust'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Gro Elisabeth Sandnes-Myklebust', address: ['Fjordvegen 8', '6856 Sogndal'] });
  });

  it('reads a head whose name the scan broke with a space or a speck as the signer’s', () => {
    for (const damaged of ['Øystein Sol.berg', 'ØysteinSolberg', 'Øystein Solberg:']) {
      const text = [damaged, 'Postboks 368', '3916 Porsgrunn', '', ...own, '', appeal, '', 'Med vennlig hilsen', '', 'Øystein Solberg'].join('\n');
      expect(role(text, 'appellant'), damaged).toMatchObject({ name: 'Øystein Solberg', address: ['Postboks 368', '3916 Porsgrunn'] });
    }
    const text = ['Øystein Sol.berg', 'Postboks 368', '3916 Porsgrunn', '', ...own, '', appeal, '', 'Med vennlig hilsen', '', 'Øystein Solberg'].join('\n');
    // A head that lost a space the signature has; and the other way round, the head's name stays.
    const lost = ['Jens Pettervon Krogh', 'Postboks 368', '3916 Porsgrunn', '', ...own, '', appeal, '', 'Med vennlig hilsen', '', 'Jens Petter von Krogh'].join('\n');
    expect(role(lost, 'appellant')).toMatchObject({ name: 'Jens Petter von Krogh', address: ['Postboks 368', '3916 Porsgrunn'] });
    const signedGlued = ['Kari Marie Lunde', 'Postboks 368', '3916 Porsgrunn', '', ...own, '', 'Jeg skriver på vegne av min mor Rune Nilsen.', '', 'Mvh', '', 'Kari MarieLunde'].join('\n');
    expect(role(signedGlued, 'representative')).toMatchObject({ name: 'Kari Marie Lunde', address: ['Postboks 368', '3916 Porsgrunn'] });
    const other = text.replace('Øystein Solberg\n', '').replace(/Øystein Solberg$/u, 'Øystein Solheim');
    expect(role(other, 'appellant')?.address ?? []).toEqual([]);
  });

  it('takes a farm and a village with no street number as the address', () => {
    const text = ['Ivar Rustebakke', 'Nordre Rustebakke', 'Heidal', '2676 Heidal', '', ...own, '', appeal, '', 'Med hilsen', '', 'Ivar Rustebakke'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Ivar Rustebakke', address: ['Nordre Rustebakke', 'Heidal', '2676 Heidal'] });
    const oneLine = ['Ivar Rustebakke, Rustebakke gard, 2676 Heidal', '', ...own, '', appeal, '', 'Med hilsen', '', 'Ivar Rustebakke'].join('\n');
    expect(role(oneLine, 'appellant')).toMatchObject({ name: 'Ivar Rustebakke', address: ['Rustebakke gard', '2676 Heidal'] });
  });

  it('leaves a place with no number withheld when no signature confirms whose it is', () => {
    const text = ['Ivar Rustebakke', 'Nordre Rustebakke', '2676 Heidal', '', ...own, '', appeal].join('\n');
    expect(role(text, 'appellant')?.address ?? []).toEqual([]);
  });
});

describe('spouses over one address', () => {
  it('gives the address to the one the letter says the decision concerns', () => {
    const text = ['Eva og Tor Hjelmeland', 'Kvernhaugen 3', '4070 Randaberg', '', ...own, '', 'Vedtaket gjelder Tor Hjelmeland, og vi klager på det sammen.', appeal, '', 'Med vennlig hilsen', '', 'Eva Hjelmeland        Tor Hjelmeland'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Tor Hjelmeland', address: ['Kvernhaugen 3', '4070 Randaberg'] });
    const danish = ['Eva Hjelmeland', 'Tor Hjelmeland', 'Kvernhaugen 3', '4070 Randaberg', '', ...own, '', 'Afgørelsen vedrører Eva Hjelmeland.', appeal, '', 'Med venlig hilsen', '', 'Eva Hjelmeland        Tor Hjelmeland'].join('\n');
    expect(role(danish, 'appellant')).toMatchObject({ name: 'Eva Hjelmeland', address: ['Kvernhaugen 3', '4070 Randaberg'] });
  });

  it('withholds the address when nothing says which of the two appeals', () => {
    const text = ['Eva Hjelmeland', 'Tor Hjelmeland', 'Kvernhaugen 3', '4070 Randaberg', '', ...own, '', 'Vi klager på vedtaket.', '', 'Med vennlig hilsen', '', 'Eva Hjelmeland        Tor Hjelmeland'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ address: [], addressWithheld: HOUSEHOLD_DOUBT });
  });
});

describe('addresses written where the earlier slices never put them', () => {
  it('reads the signer’s footer under a rule, its parts apart by bars, dots or dashes', () => {
    for (const sep of [' | ', ' · ', ' – ']) {
      const text = [...own, '', '12.05.2025', '', appeal, '', 'Vennlig hilsen', '', 'Nils Aarvik', '', '________________________________________', ['Nils Aarvik', 'Brattbakken 7', '7600 Levanger', 'Tlf. 915 55 123'].join(sep)].join('\n');
      expect(role(text, 'appellant')).toMatchObject({ name: 'Nils Aarvik', address: ['Brattbakken 7', '7600 Levanger'] });
    }
  });

  it('takes an address a sentence names as the appellant’s, by the whole name or the given name', () => {
    const text = ['Marte Lien', 'Gravdalsveien 3', '5165 Laksevåg', '', ...own, '', 'Jeg er oppnevnt som verge for Johannes Brun og klager på vegne av ham.', 'Adressen til Johannes er Lyngbøveien 21, 5164 Laksevåg.', appeal, '', 'Med hilsen', '', 'Marte Lien', 'verge'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Johannes Brun', address: ['Lyngbøveien 21', '5164 Laksevåg'] });
    const whole = text.replace('Adressen til Johannes er', 'Johannes Brun har adresse');
    expect(role(whole, 'appellant')).toMatchObject({ name: 'Johannes Brun', address: ['Lyngbøveien 21', '5164 Laksevåg'] });
  });

  it('reads Swedish and Danish postcodes with a spaced country prefix', () => {
    const sv = ['Elin Sundqvist', 'Rådhusgatan 4', 'SE 831 30 Östersund', '', ...own, '', appeal, '', 'Hälsningar', '', 'Elin Sundqvist'].join('\n');
    expect(role(sv, 'appellant')).toMatchObject({ name: 'Elin Sundqvist', address: ['Rådhusgatan 4', 'SE 831 30 Östersund'] });
    const da = ['Jesper Bak', 'Torvet 9', 'DK 6700 Esbjerg', '', ...own, '', appeal, '', 'Hilsen', '', 'Jesper Bak'].join('\n');
    expect(role(da, 'appellant')).toMatchObject({ name: 'Jesper Bak', address: ['Torvet 9', 'DK 6700 Esbjerg'] });
  });

  it('gives a one-line party under a regarding label its address, whoever signs', () => {
    const text = [...own, '', 'Angår: Olga Fossheim, Elvegata 12, 8622 Mo i Rana', '', 'Olga har bedt meg sende denne klagen.', appeal, '', 'Med hilsen', '', 'Turid Bakke', 'primærkontakt, Fossheim omsorgssenter'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Olga Fossheim', address: ['Elvegata 12', '8622 Mo i Rana'] });
  });

  it('takes a labelled appellant’s one-line address whose place has no street number', () => {
    const text = ['TRYGDERETTEN', '', 'KJENNELSE', '', 'Ankende part: Dr. Knut Solhaug, Vestby helsesenter, 1540 Vestby', 'Ankemotpart: Klageorganet for helse og trygd', '', 'Saken gjelder tilbakekreving av refusjon.'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Knut Solhaug', address: ['Vestby helsesenter', '1540 Vestby'] });
  });

  it('keeps an apartment written after the street', () => {
    const text = ['Sunniva Dal', 'Kanalveien 40, leilighet 312', '5068 Bergen', '', ...own, '', appeal, '', 'Hilsen', '', 'Sunniva Dal'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Sunniva Dal', address: ['Kanalveien 40, leilighet 312', '5068 Bergen'] });
  });

  it('names the person a municipality helps as the appellant', () => {
    const text = ['STEINKJER KOMMUNE', 'Tjenestekontoret', 'Postboks 2530', '7729 Steinkjer', '', ...own, '', 'Vi bistår Arne Moum med denne klagen.', appeal, '', 'Med hilsen', '', 'Line Vang', 'sosionom'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Arne Moum', address: [] });
  });
});

describe('seen on another sample of the styles slice (seed 17)', () => {
  it('keeps a c/o line written before the id with the address, and its name is not the id’s holder', () => {
    const text = ['Advokatfirmaet Lund', 'Markvegen 2', '3793 Sannidal', '', ...own, '', 'Jeg representerer min klient Odd Sæbø, c/o Lise Hovde, Bakkane 12, 3626 Rollag, fnr. 23896027956.', '', 'Mvh', 'Advokatfirmaet Lund', '', 'Kari Lund', 'advokat'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Odd Sæbø', address: ['c/o Lise Hovde', 'Bakkane 12', '3626 Rollag'] });
  });

  it('withholds the writer’s own address when they write for a relative the scan made unreadable', () => {
    const text = ['Fra: Kjersti Gran <kjersti@example.no>', 'Emne: Klage', '', 'Jeg klager på vedtaket.', 'Jeg skriver for min mor 1ngvild Tran, som ikke bruker e-post.', '', 'Vennlig hilsen', 'Kjersti Gran', 'Postboks 425', '0768 Oslo'].join('\n');
    expect(role(text, 'appellant')?.address ?? []).toEqual([]);
  });

  it('withholds a Swedish street whose "-gatan" or "-vägen" the scan misread', () => {
    for (const street of ['Vasagåtan 24', 'Ringvågén 3']) {
      const text = ['Nils Nyström', street, 'SE-903 25 Umeå', 'Sverige', '', ...own, '', appeal, '', 'Hälsningar', '', 'Nils Nyström'].join('\n');
      expect(role(text, 'appellant'), street).toMatchObject({ address: [] });
    }
  });
});

describe('the fourth slice’s kinds (corpus/parties/late-kinds.ts)', () => {
  it('keeps a care home and the resident’s room as a line of the address', () => {
    const text = ['Gudrun Hovda', 'Solsiden sykehjem, rom 214', 'Kirkevegen 3', '6856 Sogndal', '', ...own, '', appeal, '', 'Helsing', '', 'Gudrun Hovda'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Gudrun Hovda', address: ['Solsiden sykehjem, rom 214', 'Kirkevegen 3', '6856 Sogndal'] });
  });

  it('reads a signer’s name with a role in brackets, and the address under it', () => {
    const text = [...own, '', appeal, '', 'Vennlig hilsen', 'Arvid Lunde (pensjonist)', 'Myrveien 4', '3512 Hønefoss'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Arvid Lunde', address: ['Myrveien 4', '3512 Hønefoss'] });
  });

  it('reads a forwarding table’s role column: the appellant’s row, and a fullmektig’s row as the representative', () => {
    const text = ['NAV Klageinstans', 'Postboks 6600 Etterstad', '0607 Oslo', '', ...own, '', 'Oversendelse av klagesak', '', 'Rolle      | Navn              | Adresse', 'Klager     | Siri Holm         | Furulia 38, 3890 Vinje', 'Fullmektig | Per Dahl          | Torget 2, 3890 Vinje', '', 'Vi oversender saken.'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Siri Holm', address: ['Furulia 38', '3890 Vinje'] });
    expect(role(text, 'representative')).toMatchObject({ name: 'Per Dahl' });
  });
});

describe('glued words', () => {
  it('withholds an address whose name or street has two words run together', () => {
    const street = ['Rolf Hagen', 'KongOscars gate 12', '5017 Bergen', '', ...own, '', appeal, '', 'Hilsen', '', 'Rolf Hagen'].join('\n');
    expect(role(street, 'appellant')).toMatchObject({ address: [], addressWithheld: GLUED_WORDS });
  });

  it('withholds an address with a dot between two lower-case letters or an apostrophe inside a word in capitals', () => {
    const dot = ['Rolf Hagen', 'Strandpro.menaden 12', '5017 Bergen', '', ...own, '', appeal, '', 'Hilsen', '', 'Rolf Hagen'].join('\n');
    expect(role(dot, 'appellant')).toMatchObject({ address: [], addressWithheld: DAMAGED_LINE });
    const caps = ['ROLF HAGEN', "STRANDPROMENADE'N 12", '5017 BERGEN', '', ...own, '', appeal, '', 'Hilsen', '', 'Rolf Hagen'].join('\n');
    expect(role(caps, 'appellant')).toMatchObject({ address: [], addressWithheld: DAMAGED_LINE });
    const abbreviated = ['Rolf Hagen', 'St.Olavs gate 12', '0165 Oslo', '', ...own, '', appeal, '', 'Hilsen', '', 'Rolf Hagen'].join('\n');
    expect(role(abbreviated, 'appellant')).toMatchObject({ address: ['St.Olavs gate 12', '0165 Oslo'] });
  });

  it('keeps a name that writes a capital inside itself', () => {
    const text = ['Fiona McDonald', 'Kong Oscars gate 12', '5017 Bergen', '', ...own, '', appeal, '', 'Hilsen', '', 'Fiona McDonald'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Fiona McDonald', address: ['Kong Oscars gate 12', '5017 Bergen'] });
  });
});
