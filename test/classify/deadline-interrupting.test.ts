import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { classifyDocument } from '../../domain/classify/index.ts';
import { deadlineInterruptionSignal, deliversAnnouncedGrounds } from '../../domain/classify/deadline-interrupting.ts';
import { linkThreshold } from '../../domain/config.ts';

// Synthetic letters (ids with birth month + 80), written for this test in the ways people write.
const interrupting = [
  'Til Nav\n\nJeg klager på vedtaket datert 12.10.2026 om at AAP skal stanses. Jeg rekker ikke å skrive alt nå, flytter og har mye med barna. Sender mer så fort jeg kan.\n\nOla Nordmann\n25878035790',
  'Hei. Jeg klager på vedtak fra Nav 20.10.2026 om at sykepenger stoppes. Jeg har ikke fått hjelp av legen ennå. Begrunnelse kommer.\n\nfødselsnummer 238984 37787',
  'Eg klagar på vedtaket frå Helfo av 4. november 2026 om fysioterapi. Eg treng litt tid på å skaffa papira, så eg sender ei nærare grunngjeving seinare.',
  'Jag överklagar Navs beslut av den 14 oktober 2026 om sykepenger. Jag har inte hunnit få alla papper. Jag skickar en fullständig motivering så snart jag har dem.',
  'I am appealing the decision of 28.10.2026 from Nav that my back injury is not an occupational injury. I cannot write the full reasons now. Please treat this as my appeal so I do not miss the deadline, I will send the rest.',
  'Vi klager, men rekker ikke å skaffe legeattest før fristen går ut, så dette er en foreløpig klage. Mer kommer så snart fastlegen har skrevet attesten.',
  'jeg klager på vedtaket datert 27.10.26 om refusjon for psykolog. jeg er ikke i form til å skrive mye nå men jeg vil ikke at fristen skal gå ut. kommer med mer når jeg har snakket med psykologen min.',
];

const ordinary = [
  'Jeg klager på vedtaket datert 12.10.2026 om AAP. Jeg mener Nav har tatt feil fordi arbeidsevnen min ikke er avklart. Klagen er sendt innen klagefristen. Jeg ber om at vedtaket endres.',
  'Som varslet i min foreløpige klage 08.01.2026 sender jeg nå utfyllende begrunnelse. Jeg er uenig i vedtaket om uføretrygd fordi sykdommen er kronisk.',
  'As promised, here are my reasons for the appeal against the decision of 13.11.2026. I ask that the decision is changed.\n\n> We confirm receipt of your appeal. Please send your reasons as soon as possible.',
  'Vi oversender klagesak. Klagen ble sendt innen fristen, og klager trenger mer tid med behandling.',
];

describe('the deadline-interrupting appeal in the writer\'s own words', () => {
  it.each(interrupting)('is recognised: %s', (text) => {
    expect(deadlineInterruptionSignal(text)?.cues.length).toBeGreaterThan(0);
  });

  it.each(ordinary)('an ordinary appeal, or grounds delivered as promised, is not: %s', (text) => {
    expect(deadlineInterruptionSignal(text)).toBeNull();
  });

  it.each(interrupting)('is never read as an ordinary appeal with confidence: %s', (text) => {
    const config = loadConfig();
    const c = classifyDocument(text, config);
    const passesAsAppeal = c.documentType === 'appeal' && c.confidence >= linkThreshold(config, 'newCase');
    expect(passesAsAppeal).toBe(false);
    expect(['appeal_deadline_interrupting', 'appeal']).toContain(c.documentType);
  });

  it('most of them are read as deadline-interrupting outright', () => {
    const config = loadConfig();
    const read = interrupting.filter((text) => classifyDocument(text, config).documentType === 'appeal_deadline_interrupting');
    expect(read.length).toBeGreaterThanOrEqual(interrupting.length - 1);
  });
});

// Review s14 of fixF, MEDIUM-3: the late-appeal rule (fvl. § 31) through classify. Each letter also
// promises more later, a deadline-interrupting cue: without the rule it is read as deadline-interrupting
// with confidence, and its case would wait for `grounds` of an appeal whose deadline has passed.
const late = [
  'Til Helfo\n\nJeg klager på vedtaket datert 02.07.2026 om stønad til fysioterapi. Jeg vet at klagen kommer for sent, fordi jeg var innlagt på sykehus i hele august. Jeg ber om at klagen blir behandlet likevel, jf. forvaltningsloven § 31. Begrunnelse kommer når jeg har fått papirene fra sykehuset.\n\nKari Nordmann',
  'Hei. Jeg klager på vedtak fra Nav 10.06.2026 om arbeidsavklaringspenger. Klagefristen er dessverre gått ut, men jeg har vært alvorlig syk og ber om at dere behandler klagen likevel. Jeg rekker ikke å skrive alt nå, mer kommer så fort jeg kan.\n\nOla Hansen',
  'Jeg klager på vedtaket datert 15.06.2026 om refusjon for psykolog. Jeg skjønner at fristen er ute, men jeg fikk ikke brevet før nå. Jeg ber om at klagen tas under behandling selv om den kommer sent. Mer begrunnelse ettersendes.',
];

describe('a late appeal asking to be heard (fvl. § 31), through classify', () => {
  it.each(late)('is never read as deadline-interrupting with confidence: %s', (text) => {
    const config = loadConfig();
    const c = classifyDocument(text, config);
    expect(c.documentType === 'appeal_deadline_interrupting' && c.confidence >= linkThreshold(config, 'newCase')).toBe(false);
    expect(c.explanation.map((e) => e.feature)).toContain('rule:appeal says it is late');
  });

  it('without a promise of more is an appeal', () => {
    const text = 'Til Helfo\n\nJeg klager på vedtaket datert 02.07.2026 om stønad til fysioterapi. Jeg vet at klagen kommer for sent, fordi jeg var innlagt på sykehus i hele august. Jeg ber om at klagen blir behandlet likevel. Behandlingen er nødvendig for at jeg skal komme tilbake i jobb.\n\nKari Nordmann';
    expect(classifyDocument(text, loadConfig()).documentType).toBe('appeal');
  });

  it('«så klagen ikke kommer for sent» is the deadline-interrupting writer\'s worry, not a late appeal', () => {
    const config = loadConfig();
    const c = classifyDocument('Jeg klager på vedtaket datert 27.10.2026 om refusjon for psykolog. Jeg sender klagen nå så klagen ikke kommer for sent. Begrunnelse kommer når jeg har snakket med psykologen min.', config);
    expect(c.documentType).toBe('appeal_deadline_interrupting');
    expect(c.confidence).toBeGreaterThanOrEqual(linkThreshold(config, 'newCase'));
  });
});

// Fix s16 item 1: grounds that name the deadline-interrupting appeal they follow were read as a new
// deadline-interrupting appeal (the model reads «fristavbrytende», «utfyllende begrunnelse»), so the
// case's `grounds` stayed open until an archivist decided. One letter per language, written for this test.
const groundsDelivered = [
  'Til Nav\n\nJeg viser til min fristavbrytende klage av 3. mars 2026 på vedtaket om arbeidsavklaringspenger. Her er begrunnelsen. Jeg er uenig i vedtaket fordi arbeidsevnen min ikke er avklart, og fastlegen mener jeg fortsatt er for syk.\n\nOla Nordmann',
  'Som varslet sender jeg nå utfyllende begrunnelse for klagen på vedtaket om uføretrygd av 12.02.2026. Jeg er uenig fordi sykdommen er kronisk og legen min mener jeg ikke kan arbeide.',
  'Eg viser til den fristavbrytande klaga mi av 3. mars 2026 om arbeidsavklaringspengar. Her kjem grunngjevinga. Eg er usamd i vedtaket fordi helsa mi ikkje er betre.',
  'Jag hänvisar till mitt fristavbrytande överklagande av den 3 mars 2026 om sjukpenning. Här kommer motiveringen. Jag anser att beslutet är fel eftersom läkaren skriver att jag inte kan arbeta.',
  'Jeg henviser til min fristafbrydende klage af 3. marts 2026 over afgørelsen om sygedagpenge. Hermed følger begrundelsen. Jeg er uenig i afgørelsen, fordi min læge vurderer at jeg ikke kan arbejde.',
  'Further to my deadline-interrupting appeal of 3 March 2026 against the decision on work assessment allowance, here are my reasons. I disagree with the decision because my doctor says I cannot work.',
  // QA s16 L33: a lawyer names the appeal without «min/den» and «gir her begrunnelsen».
  'ADVOKATFIRMAET VIK & CO AS\nPostboks 220, 1601 Fredrikstad\n\nKLAGE – BEGRUNNELSE\n\nJeg viser til fristavbrytende klage av 5. november 2026 over vedtak datert 25.09.2026 om tilbakekreving av sykepenger, og gir her begrunnelsen for klagen.\n\nForetaket var uten aktivitet, og det er ikke utført arbeid. Vedtaket må oppheves.\n\nHanne Vik\nadvokat',
];

describe('grounds that name the deadline-interrupting appeal they deliver (nb, nn, sv, da, en)', () => {
  it.each(groundsDelivered)('is the appeal that brings the grounds, not a new deadline-interrupting one: %s', (text) => {
    expect(deadlineInterruptionSignal(text)).toBeNull();
    expect(deliversAnnouncedGrounds(text)).toBe(true);
    const c = classifyDocument(text, loadConfig());
    expect(c.documentType).toBe('appeal');
    expect(c.explanation.map((e) => e.feature)).toContain('rule:delivers the grounds announced earlier');
  });

  it.each(interrupting)('a deadline-interrupting appeal does not deliver grounds: %s', (text) => {
    expect(deliversAnnouncedGrounds(text)).toBe(false);
  });

  it('a letter that points back but still owes its grounds is not pushed to an ordinary appeal', () => {
    const text = 'Som varslet på telefon klager jeg på vedtaket datert 12.10.2026 om AAP. Jeg rekker ikke å skrive alt nå, mer kommer så fort jeg kan.';
    expect(deliversAnnouncedGrounds(text)).toBe(false);
    const c = classifyDocument(text, loadConfig());
    expect(c.documentType === 'appeal' && c.confidence >= linkThreshold(loadConfig(), 'newCase')).toBe(false);
  });
});

// QA s18 Q40: grounds handed over in the present tense («sender her begrunnelsen») read as a promise of
// later grounds («sends more later»), so the letter was typed deadline-interrupting and opened a second
// `grounds` deadline. Letters written for this test, in each language.
const groundsHandedOver = [
  'Til Nav\n\nJeg viser til min foreløpige klage av 2. oktober 2026 på vedtaket om sykepenger, og sender her begrunnelsen. Legen min skriver at jeg fortsatt ikke kan arbeide, og Nav har ikke lest erklæringen.\n\nTrine Aas',
  'Jeg viser til min fristavbrytende klage av 14.09.2026 om tilbakekreving av barnetrygd. Jeg sender nå begrunnelsen: pengene ble utbetalt uten at jeg visste at de var feil, og jeg har brukt dem i god tro.',
  'Som avtalt på telefon sender jeg med dette den varslede begrunnelsen for klagen på vedtaket av 01.10.2026 om stønad til tannbehandling. Tannlegen bekrefter at skaden skyldes sykdommen.',
  'Eg viser til den førebelse klaga mi av 8. oktober 2026 om arbeidsavklaringspengar, og sender her grunngjevinga. Fastlegen meiner eg ikkje er klar for arbeid, og vedtaket byggjer på feil opplysningar.',
  'Jag hänvisar till mitt preliminära överklagande av den 9 oktober 2026 om sjukpenning och skickar härmed min motivering. Min läkare intygar att jag inte klarar mitt arbete.',
  'Jeg henviser til min foreløbige klage af 7. oktober 2026 over afgørelsen om arbejdsavklaringspenge, og sender hermed min begrundelse. Min læge vurderer, at jeg ikke kan arbejde.',
  'I refer to my preliminary appeal of 6 October 2026 against the decision on sickness benefit. I hereby send my reasons: my doctor confirms that I cannot work, and the decision overlooks her statement.',
  // «fortsatt» after the handing over is not «fort» (soon)
  'Jeg viser til min tidligere klage av 3. oktober 2026 om AAP, og sender her begrunnelsen, som er at jeg fortsatt har smerter hver dag.',
];

// A first letter that hands over its grounds in these words gets no benefit from them (as before session 18):
// a first appeal says them too before promising more («… sender her begrunnelsen, legeerklæring ettersendes»).
const firstLetterWithGrounds = [
  'Jeg klager på vedtaket datert 05.10.2026 om grunnstønad, og sender her begrunnelsen. Utgiftene til diett er høyere enn Nav har lagt til grunn, kvitteringene ligger ved.',
  'I am appealing the decision of 5 October 2026 on basic benefit. I hereby send my reasons: the costs of my diet are higher than Nav assumed.',
];

// Some grounds handed over, more promised: still deadline-interrupting.
const handsOverAndPromisesMore = [
  'Jeg klager på vedtaket datert 05.10.2026 om AAP og sender her begrunnelsen så langt. Legeerklæring og utfyllende begrunnelse ettersendes når jeg har snakket med fastlegen.',
  'Eg klagar på vedtaket av 5. oktober 2026 og sender her grunngjevinga eg har no. Meir kjem når eg har fått papira frå sjukehuset.',
  'Jag överklagar beslutet av den 5 oktober 2026 och skickar härmed min motivering så långt. Jag skickar mer när läkaren har skrivit sitt intyg.',
  'I am appealing the decision of 5 October 2026. Please find my reasons so far below; more will follow when my doctor has written her statement.',
  // present tense, but a promise: «så snart» follows in the sentence
  'Jeg klager på vedtaket datert 05.10.2026 om AAP. Jeg sender nå begrunnelsen så snart fastlegen har skrevet erklæringen.',
  // review s18: first appeals that hand some grounds over and promise more
  'Jeg klager på vedtaket datert 05.10.2026 om AAP og sender her begrunnelsen i korte trekk. Jeg vil ettersende mer når jeg har fått journalen.',
  'Jeg klager på vedtaket om AAP, og sender her begrunnelsen min for at jeg er uenig i vurderingen av arbeidsevnen, men kommer senere med mer.',
  'Jeg klager på vedtaket om sykepenger. Jeg sender nå begrunnelsen for klagen min på vedtaket om sykepenger fra oktober så snart legen har skrevet.',
  'Jeg klager på vedtaket om AAP og sender her begrunnelsen. Det kommer mer fra legen min.',
  'Jeg klager på vedtaket om AAP og sender her begrunnelsen, legeerklæring ettersendes.',
  'Jag överklagar beslutet om sjukpenning och skickar härmed min motivering i korthet. Jag återkommer med en utförligare motivering efter läkarbesöket.',
  'I am appealing the decision on sickness benefit. I hereby send my reasons in brief. I will provide further reasons once my doctor has written her statement.',
  'Jeg klager på vedtaket om AAP. Jeg sender her begrunnelsen når legen har skrevet erklæringen.',
  'Jeg klager på vedtaket om AAP. Vedlagt er begrunnelsen; resten av dokumentasjonen kommer etter hvert.',
  'Eg klagar på vedtaket om AAP og sender her grunngjevinga. Eg vil ettersende legeerklæring og meir grunngjeving når eg har fått journalen.',
  'Jeg klager på vedtaket om AAP og sender her begrunnelsen kort, men dette er en foreløpig klage.',
  'Jeg klager på vedtaket om AAP. Vedlagt er begrunnelsen. Jeg ber om at klagen regnes som fristavbrytende.',
];

// The same promises in a letter that points back to the earlier appeal: the handing-over words are taken
// out, and what is left still promises more (review s18).
const pointsBackAndPromisesMore = [
  'Jeg viser til min foreløpige klage av 2. oktober 2026 om AAP og sender her begrunnelsen. Det kommer mer fra legen min.',
  'Jeg viser til min foreløpige klage av 2. oktober 2026 om AAP og sender her begrunnelsen, legeerklæring ettersendes.',
  'Eg viser til den førebelse klaga mi om AAP og sender her grunngjevinga. Fastlegen kjem tilbake med ei erklæring.',
  'Jag hänvisar till mitt preliminära överklagande om sjukpenning och skickar härmed min motivering i korthet. Jag återkommer med en utförligare motivering efter läkarbesöket.',
  'I refer to my preliminary appeal on sickness benefit. I hereby send my reasons in brief. I will provide further reasons once my doctor has written her statement.',
  'Jeg viser til min tidligere klage om AAP. Vedlagt er begrunnelsen. Jeg ber om at klagen regnes som fristavbrytende.',
  'Jeg viser til min tidligere klage om AAP og sender her begrunnelsen kort, men dette er en foreløpig klage.',
];

describe('grounds handed over in the present tense are not a promise of later grounds (QA s18 Q40)', () => {
  it.each(groundsHandedOver)('is the appeal that brings the grounds: %s', (text) => {
    expect(deadlineInterruptionSignal(text)).toBeNull();
    expect(deliversAnnouncedGrounds(text)).toBe(true);
    expect(classifyDocument(text, loadConfig()).documentType).toBe('appeal');
  });

  it.each(firstLetterWithGrounds)('a first appeal does not deliver grounds by handing them over: %s', (text) => {
    expect(deliversAnnouncedGrounds(text)).toBe(false);
    const config = loadConfig();
    const c = classifyDocument(text, config);
    expect(c.documentType === 'appeal' && c.confidence >= linkThreshold(config, 'newCase')).toBe(false);
  });

  it.each(handsOverAndPromisesMore)('a letter that hands some over and promises more is still deadline-interrupting: %s', (text) => {
    expect(deliversAnnouncedGrounds(text)).toBe(false);
    expect(deadlineInterruptionSignal(text)?.cues.length).toBeGreaterThan(0);
    const config = loadConfig();
    const c = classifyDocument(text, config);
    expect(c.documentType === 'appeal' && c.confidence >= linkThreshold(config, 'newCase')).toBe(false);
  });

  it.each(pointsBackAndPromisesMore)('a letter that points back, hands some over and promises more owes the rest: %s', (text) => {
    expect(deliversAnnouncedGrounds(text)).toBe(false);
    const config = loadConfig();
    const c = classifyDocument(text, config);
    expect(c.documentType === 'appeal' && c.confidence >= linkThreshold(config, 'newCase')).toBe(false);
  });

  // naming the earlier deadline-interrupting appeal is not asking that this one interrupt the deadline (eval-00222's shape)
  it('«som varslet i den fristavbrytende klagen» is no promise left in the letter', () => {
    const text =
      'Som varslet i den fristavbrytende klagen min av 4. oktober 2026 om AAP, sender jeg nå utfyllende begrunnelse. Arbeidsevnen min er vurdert uten uttalelse fra psykologen.';
    expect(deliversAnnouncedGrounds(text)).toBe(true);
    expect(deadlineInterruptionSignal(text)).toBeNull();
  });
});
