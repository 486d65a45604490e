import { describe, expect, it } from 'vitest';
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
    ]) {
      expect(fires(heading), heading).toBe(true);
    }
  });

  it('does not fire on comments on the decision itself (how an appeal may begin), nor on a sentence', () => {
    for (const heading of ['Kommentarer til vedtaket', 'Merknad – vedtak om arbeidsavklaringspenger', 'Comments on the decision of 3 March', 'Klage på vedtak', 'Vi har merknader til oversendelsen som følger nedenfor, og ber om at klageinstansen leser dem nøye før saken avgjøres']) {
      expect(fires(heading), heading).toBe(false);
    }
  });
});
