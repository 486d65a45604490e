import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../domain/classify/index.ts';
import { matchHardCues } from '../../domain/classify/rules.ts';
import { headedCommentsAndAppeal } from '../../domain/classify/heading-guard.ts';
import { classificationOf } from '../../domain/classify/stage.ts';
import { decideLink } from '../../domain/registry/linking.ts';
import { reasonNames, reasonText } from '../../domain/reasons/wording.ts';
import { loadConfig } from '../../config/load.ts';

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

  // Session 11, review of model11: a comments heading that goes on with the appeal is a GUARD, never a boost.
  const guarded = (heading: string) => headedCommentsAndAppeal(`Kari Nordmann\n\n${heading}\n\nJeg er uenig i vedtaket.`);

  it('holds a heading that reads as comments and as an appeal: the dash or colon right after the comments word', () => {
    for (const heading of ['Synpunkter – överklagande', 'Comments – appeal against Helfo’s refusal', 'Comments - appeal', 'Merknad: jeg klager på avgjørelsen', 'Merknader – klage', 'Remarks: appeal against refusal', 'Bemærkninger – klage over afgørelsen', 'Merknader: jeg vil klage på vedtaket', 'Re: Comments – I appeal', 'Merknad: klaga på vedtaket om sjukepengar']) {
      expect(guarded(heading), heading).toBe(true);
    }
  });

  it('does not hold a hyphenated word, "re:", the party label, a negation, comments on the transfer, a tribunal appeal or a reopening', () => {
    for (const heading of ['Merknader til NAV-klage', 'Comments re: appeal no. 26/4471', 'Merknader – klager: Kari Nordmann', 'Kommentar: jeg klager ikke på vedtaket', 'Merknad: eg klagar ikkje', 'Synpunkter: jag överklagar inte', 'Comments: I do not appeal', 'Merknader til Helfos oversendelse – klage', 'Comments on the transfer letter – appeal against the decision', 'Comments – appeal summary', 'Merknader – klage, oppsummering fra Nav', 'Kommentarer – anke til Trygderetten', 'Comments – appeal to the tribunal (Trygderetten)', 'Kommentar: søknad om gjenopptak', 'Klagen min – merknader', 'Merknader', 'Merknader til oversendelsesbrevet – psykolog Hanne Berg']) {
      expect(guarded(heading), heading).toBe(false);
    }
  });

  const config = loadConfig();
  const letter = (heading: string, body: string) =>
    `Kari Nordmann\nStorgata 12 B\n0155 Oslo\n\nKlageorganet for helse og trygd\nPostboks 6355 Etterstad\n0604 Oslo\n\nOslo, 3. mars 2026\n\n${heading}\n\n${body}\n\nMed vennlig hilsen\nKari Nordmann`;
  const transferCase = { caseId: '2026-00001', open: true, area: 'dental', createdBy: 'doc-transfer' };
  /** The Link stage's decision on the letter: with the transfer's case found by reference, and with none found. */
  const outcomes = (text: string) => {
    const classification = classificationOf([{ pageIndex: 0, source: 'text_layer', text }], config);
    return [[[transferCase]], []].map((referenceMatches) => decideLink({ documentId: 'doc-letter', classification, referenceMatches, nationalIdMatches: [] }, config));
  };

  it('routes none of the reviewer’s comments letters as an appeal, nor opens a new case for one', () => {
    const bodies = [
      'Thank you for the copy of Helfo’s transfer letter about the decision of 12 January 2026. My comments: Helfo writes that the dental treatment for periodontitis was not covered under folketrygdloven § 5-6. My dentist says it was necessary. The refusal of the decision should be reversed. I have no further comments.',
      'I have received a copy of Helfo’s letter forwarding my case about dental treatment (periodontitis) to you; the decision was dated 12 January 2026. My comments: Helfo writes that I did not send the dentist’s report. That is wrong, it was sent on 2 February. I have nothing else to add to what I wrote earlier.',
      'Jeg viser til brevet der Helfo har oversendt saken om vedtaket av 12. januar 2026 til klageinstansen. Mine merknader: Helfo skriver at tannbehandlingen for periodontitt ikke dekkes etter folketrygdloven § 5-6. Tannlegen min mener den var nødvendig. Jeg har ingen flere merknader.',
    ];
    for (const heading of ['Merknader til NAV-klage', 'Comments re: appeal no. 26/4471', 'Merknader – klager: Kari Nordmann', 'Kommentar: jeg klager ikke på vedtaket', 'Merknader til Helfos oversendelse – klage', 'Comments on the transfer letter – appeal against the decision', 'Synpunkter – överklagande, ärende 2026/1234', 'Re: Comments - appeal 26/4471', 'Comments – complaint (your ref. 26/77610)']) {
      for (const body of bodies) {
        for (const result of outcomes(letter(heading, body))) {
          const routed = !result.review;
          expect(routed && result.classification.documentType === 'appeal', `${heading} / ${body.slice(0, 30)}: routed as an appeal`).toBe(false);
          expect(routed && result.caseId === null, `${heading} / ${body.slice(0, 30)}: a new case`).toBe(false);
        }
      }
    }
  });

  it('an appeal headed as comments is not read as comments straight through; the archivist is told why in bokmål', () => {
    const appeals: [string, string][] = [
      ['Synpunkter – överklagande', 'Jag överklagar beslutet om sjukpenning. Jag är fortfarande sjuk och kan inte arbeta. Min läkare håller med.'],
      ['Comments – appeal against Helfo’s refusal', 'I appeal against the refusal of reimbursement for treatment abroad. The treatment was necessary and I could not wait.'],
      ['Comments - appeal', 'I appeal against the rejection of my sick pay. I am still ill and cannot work. My doctor agrees.'],
      ['Kommentarer til Navs oppsummering – klage', 'Jeg klager på vedtaket fra Nav av 12. februar 2026 om avslag på arbeidsavklaringspenger. Jeg mener vedtaket er feil fordi jeg fortsatt er syk og ikke kan arbeide. Jeg ber om at vedtaket blir omgjort.'],
    ];
    for (const [heading, body] of appeals) {
      expect(classifyDocument(letter(heading, body)).detail.hardCues, heading).not.toContain(LABEL);
      for (const result of outcomes(letter(heading, body))) {
        expect(!result.review && result.classification.documentType === 'comments', heading).toBe(false);
      }
    }
    const [held] = outcomes(letter('Comments - appeal', appeals[2]![1]));
    expect(held!.reasonCode?.code).toBe('comments_or_appeal');
    expect(reasonText(held!.reasonCode!, 'nb', reasonNames(config))).toMatch(/både som merknader og som klage/);
  });
});
