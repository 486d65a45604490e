import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { classifyDocument } from '../../domain/classify/index.ts';

// Review s16 fix16 H1: deadline-interrupting appeals that point back to earlier contact («som varslet»,
// «jeg viser til min tidligere henvendelse», «as promised») read as the grounds-delivering appeal and
// passed as ordinary appeals at 0.97–1.00, so no `grounds` deadline was opened (issue 13 item 6: never).
// Written for this test, after the reviewer's letters (nb, nn, sv, da, en), and a short
// grounds letter that sends the full ones later («Her er begrunnelsen i korte trekk … Utfyllende ettersendes»).
const pointsBack = [
  // nb
  'Jeg viser til min tidligere henvendelse om saken. Jeg klager på vedtaket datert 14.10.2026 om arbeidsavklaringspenger. Begrunnelsen kommer så snart jeg har fått uttalelse fra legen.',
  'Som varslet på telefon klager jeg på vedtaket av 20.10.2026 om uføretrygd. Begrunnelsen kommer.',
  'Som nevnt i min e-post klager jeg på vedtaket datert 03.11.2026 om sykepenger. Begrunnelse følger senere.',
  'Jeg viser til telefonsamtale med dere i går. Jeg klager på vedtaket om grunnstønad av 28.10.2026. Utfyllende begrunnelse ettersendes.',
  'Som lovet sender jeg klage på vedtaket datert 01.11.2026 om pleiepenger. Begrunnelsen følger når jeg har fått journalen fra sykehuset.',
  'Jeg viser til min tidligere klage. Jeg klager også på vedtaket av 28.10.2026 om tilleggsstønad. Begrunnelse kommer senere.',
  'Som annonsert klager jeg på vedtaket om hjelpestønad datert 22.10.2026. Jeg sender mer begrunnelse så fort jeg kan.',
  'Jeg viser til vedtaket av 30.10.2026 om AAP og klager på det. Begrunnelse kommer.',
  'Jeg klager på vedtaket datert 20.10.2026 om arbeidsavklaringspenger. Her er begrunnelsen i korte trekk: jeg er fortsatt syk. Utfyllende ettersendes.',
  // nn
  'Eg viser til mi tidlegare melding. Eg klagar på vedtaket av 14.10.2026 om arbeidsavklaringspengar. Grunngjevinga kjem når eg har snakka med legen.',
  'Som varsla på telefon klagar eg på vedtaket om uføretrygd. Eg rekk ikkje å skrive alt no.',
  'Som lova klagar eg på vedtaket datert 02.11.2026 om sjukepengar. Eg sender meir grunngjeving seinare.',
  'Eg viser til mitt tidlegare brev. Eg klagar på vedtaket om grunnstønad. Grunngjevinga kjem.',
  // sv
  'Som jag meddelat i telefon överklagar jag beslutet av den 20 oktober 2026 om sjukpenning. Motiveringen kommer senare.',
  'Som jag lovat överklagar jag beslutet om aktivitetsersättning. Motiveringen kommer när jag fått läkarintyget.',
  'Jag hänvisar till mitt tidigare mejl. Jag överklagar beslutet av den 1 november 2026. Jag skickar mer senare.',
  // da
  'Jeg henviser til min tidligere henvendelse. Jeg klager over afgørelsen af 28.10.2026 om sygedagpenge. Begrundelsen følger, når jeg har talt med min læge.',
  'Som lovet klager jeg over afgørelsen om førtidspension. Begrundelsen kommer senere.',
  'Jeg henviser til min tidligere klage. Jeg klager også over afgørelsen af 30.10.2026. Begrundelse eftersendes.',
  // en
  'As promised on the phone, I am appealing the decision of 20 October 2026 on work assessment allowance. Reasons will follow as soon as I have my medical records.',
  'I refer to my earlier appeal. I also appeal the decision of 28.10.2026 on disability benefit. Reasons to follow.',
  'As announced in my e-mail, I appeal the decision on sickness benefit. I will send the rest later.',
  'Further to my earlier letter, I appeal the decision of 1 November 2026. I cannot write it all now; details later.',
];

describe('a deadline-interrupting appeal that points back to earlier contact (nb, nn, sv, da, en)', () => {
  it.each(pointsBack)('is never read as an ordinary appeal with any weight: %s', (text) => {
    const c = classifyDocument(text, loadConfig());
    expect(c.documentType === 'appeal' && c.confidence > 0.5).toBe(false);
  });
});
