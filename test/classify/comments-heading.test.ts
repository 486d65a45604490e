import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../domain/classify/index.ts';
import { matchHardCues } from '../../domain/classify/rules.ts';

const LABEL = 'heading "merknader til oversendelsen" (any language)';
const fires = (heading: string) => matchHardCues(`Advokatfirmaet Berg AS\n\n${heading}\n\nVi viser til vedtaket og har disse merknadene.`).some((c) => c.label === LABEL);

describe('comments named by their role in the heading (issue 13 item 2)', () => {
  it('fires on comments on what the first instance sent on, in the five languages, with a name or reference after a dash', () => {
    for (const heading of [
      'Merknader til oversendelsesbrevet – psykolog Hanne Berg',
      'Kommentar til oversendinga frå Helfo',
      'Synpunkter på NAV:s översändelse',
      'Synpunkter pa NAV:s oversandelse',
      'Bemærkninger til Helfos oversendelse',
      'Comments on Nav’s transfer letter',
      'Subject: Comments - PR-2026-118734',
      'Emne: Merknader – sak 26/4471',
      'Kommentarer til Navs redegjørelse',
      'Merknader til Helfos oversendelse av klagesak',
      'Emne: Merknader - Ola Haugen - Helfo ref 26/31245',
      'Emne: Merknader - oversendingsbrev, ref. 26/31245',
      'Bemærkninger – Karin Smith',
      'Kommentar – saksnr. 2026/01234',
      'bemærkninger:',
    ]) {
      expect(fires(heading), heading).toBe(true);
    }
  });

  it('does not fire on comments on the decision itself (how an appeal may begin), nor on a sentence', () => {
    for (const heading of ['Kommentarer til vedtaket', 'Merknad – vedtak om arbeidsavklaringspenger', 'Comments on the decision of 3 March', 'Klage på vedtak', 'Vi har merknader til oversendelsen som følger nedenfor, og ber om at klageinstansen leser dem nøye før saken avgjøres']) {
      expect(fires(heading), heading).toBe(false);
    }
  });

  // Review of issue 13: after a dash or a colon, anything but a reference or a name turned appeals into comments.
  const reviewersLines = [
    'Synpunkter – överklagande',
    'Comments – appeal against Helfo’s refusal',
    'Comments - appeal',
    'Kommentarer til Navs oppsummering – klage',
    'Kommentarer – klage på Navs avgjørelse om AAP',
    'Merknad: jeg klager på avgjørelsen',
    'Kommentar – avgjørelse om pasientreiser',
    'Kommentarer til oversendelsen – jeg vil klage på nytt vedtak',
    'Merknader – klage',
    'Remarks: appeal against refusal',
    'Kommentar: søknad om gjenopptak',
    'Re: Kommentar – saksbehandlingstid',
    'Sv: Merknader – spørsmål om når saken blir behandlet',
    'Emne: Kommentarer – ny adresse',
    'Bemærkninger – klage over afgørelsen',
  ];

  it('does not fire when an appeal, a reopening or a decision is named, nor on words that are neither a reference nor a name', () => {
    for (const heading of [...reviewersLines, 'Kommentarer – anke til Trygderetten', 'Merknader – Avslag Helfo', 'Kommentar – påklaget vedtak', 'Merknader – tilbakekreving', 'Comments: Unable to stand or walk for long periods']) {
      expect(fires(heading), heading).toBe(false);
    }
  });

  // Session 11: session 10's candidate 970502ff read "Comments - appeal" as comments; such a line names an appeal.
  const APPEAL_LABEL = 'heading "merknader – klage" (an appeal headed as comments)';
  const appealCue = (heading: string) => matchHardCues(`Kari Nordmann\n\n${heading}\n\nJeg er uenig i vedtaket.`).some((c) => c.label === APPEAL_LABEL);

  it('reads a comments heading that goes on with the appeal itself as an appeal heading', () => {
    for (const heading of [...reviewersLines.filter((l) => /klag|appeal/i.test(l) && !/gjenopptak|ank/i.test(l)), 'Merknader: jeg vil klage på vedtaket', 'Re: Comments – I appeal']) {
      expect(appealCue(heading), heading).toBe(true);
    }
  });

  it('does not read comments on the transfer, a tribunal appeal, a reopening or a question as an appeal heading', () => {
    for (const heading of ['Merknader til oversendelsesbrevet – psykolog Hanne Berg', 'Kommentarer – anke til Trygderetten', 'Comments – appeal to the tribunal (Trygderetten)', 'Kommentar: søknad om gjenopptak', 'Merknader til Helfos oversendelse av klagesak', 'Sv: Merknader – spørsmål om når saken blir behandlet', 'Klagen min – merknader', 'Merknader']) {
      expect(appealCue(heading), heading).toBe(false);
    }
    // Grounds to follow: the deadline-interrupting reader names it instead.
    expect(matchHardCues('Kari Nordmann\n\nComments - appeal\n\nI appeal against the decision. I cannot write it all now and will send more later.').some((c) => c.label === APPEAL_LABEL)).toBe(false);
  });

  it('an appeal headed as comments is not read as comments', () => {
    const letter = (heading: string, body: string) =>
      `Kari Nordmann\nStorgata 12 B\n0155 Oslo\n\nKlageorganet for helse og trygd\nPostboks 6355 Etterstad\n0604 Oslo\n\nOslo, 3. mars 2026\n\n${heading}\n\n${body}\n\nMed vennlig hilsen\nKari Nordmann`;
    const appeals: [string, string][] = [
      ['Synpunkter – överklagande', 'Jag överklagar beslutet om sjukpenning. Jag är fortfarande sjuk och kan inte arbeta. Min läkare håller med.'],
      ['Comments – appeal against Helfo’s refusal', 'I appeal against the refusal of reimbursement for treatment abroad. The treatment was necessary and I could not wait.'],
      ['Comments - appeal', 'I appeal against the rejection of my sick pay. I am still ill and cannot work. My doctor agrees.'],
      ['Kommentarer til Navs oppsummering – klage', 'Jeg klager på vedtaket fra Nav av 12. februar 2026 om avslag på arbeidsavklaringspenger. Jeg mener vedtaket er feil fordi jeg fortsatt er syk og ikke kan arbeide. Jeg ber om at vedtaket blir omgjort.'],
    ];
    for (const [heading, body] of appeals) {
      const c = classifyDocument(letter(heading, body));
      expect(c.documentType, heading).not.toBe('comments');
      expect(c.detail.hardCues, heading).not.toContain(LABEL);
    }
  });
});
