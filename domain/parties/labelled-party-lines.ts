import { isPersonName } from './lines.ts';
import { parseOneLineAddress } from './one-line-address.ts';
import { APPELLANT_LABEL, APPELLANTS_REPRESENTATIVE, representativeOn, sameKey, SIDELESS } from './representative-line.ts';
import { withoutTitle } from './titled-name.ts';

/**
 * The case's people on labelled lines, each perhaps with a labelled address on the line right under it (session 23):
 *
 *     Klager: Kari Moe
 *     Adresse: Storgata 11, 0155 Oslo
 *     Fullmektig: advokat Per Lie
 *     Adresse: Rådhusgata 5, 0151 Oslo
 *
 * A labelled address belongs to the nearest labelled party above it, never to one further up: the second «Adresse:» is the
 * lawyer's, not Kari Moe's (main gave it to her). Only a run of such lines counts — the representative's line follows the
 * appellant's (or their address) with nothing else between — so a first instance's «Saksbehandler:» or a line elsewhere in
 * the letter is no party here; a label that says no side («Ombud:», «Representant:») counts only right under the appellant's.
 */
export interface LabelledPartyLine {
  role: 'appellant' | 'representative';
  name: string;
  /** The address on the party's own line or the «Adresse:» line right under it; empty when neither gives one. */
  address: string[];
  line: number;
}

const ADDRESS_LABEL = /^(?:adresse|adressa|adress|address|postadresse|postadressa|postadress|postal\s+address)\s*:\s*(?<value>\S.*)$/iu;

export function labelledPartyLines(text: string): LabelledPartyLine[] {
  const lines = text.split('\n').map((l) => l.trim());
  // Runs of labelled lines: a party's line, the address line under it, the next party's line, with nothing between.
  const runs: (LabelledPartyLine & { sideless: boolean })[][] = [];
  let run: (LabelledPartyLine & { sideless: boolean })[] = [];
  let previousInRun = false;
  lines.forEach((line, i) => {
    // A blank line ends a run: what follows is another block of the letter.
    if (line === '') {
      previousInRun = false;
      return;
    }
    const owner = run.at(-1);
    const address = ADDRESS_LABEL.exec(line);
    if (address && owner && previousInRun && owner.address.length === 0 && owner.line === lastParty(lines, i)) {
      owner.address = parseOneLineAddress(address.groups!.value!.replace(/[\s.;]+$/u, '')) ?? [];
      return;
    }
    const party = partyOn(line, i);
    if (!party) {
      if (run.length > 0) runs.push(run);
      run = [];
      previousInRun = false;
      return;
    }
    if (!previousInRun && run.length > 0) {
      runs.push(run);
      run = [];
    }
    run.push(party);
    previousInRun = true;
  });
  if (run.length > 0) runs.push(run);
  // A representative counts only in a run with the appellant's line; a sideless label only right beside it. «Klager: Hanne Dahl» over
  // «Fullmektig: Hanne Dahl» is the appellant acting for herself (session 23's review, X05): no representative.
  const appellantOf = (r: typeof run, p: (typeof run)[number]) => r.some((q) => q.role === 'appellant' && sameKey(q.name, p.name));
  return runs.flatMap((r) =>
    r.some((p) => p.role === 'appellant')
      ? r
          .filter((p, k) => p.role === 'appellant' || ((!p.sideless || r[k - 1]?.role === 'appellant' || r[k + 1]?.role === 'appellant') && !appellantOf(r, p)))
          .map(({ sideless: _, ...p }) => p)
      : [],
  );
}

/** The line of the last non-empty line before `at`. */
function lastParty(lines: string[], at: number): number {
  for (let j = at - 1; j >= 0; j--) if (lines[j] !== '') return j;
  return -1;
}

function partyOn(line: string, i: number): (LabelledPartyLine & { sideless: boolean }) | null {
  const appellant = APPELLANT_LABEL.exec(line)?.groups?.name;
  if (appellant) {
    const name = withoutTitle(appellant.trim());
    if (!isPersonName(name)) return null;
    const rest = line.slice(line.indexOf(appellant) + appellant.length).replace(/^\s*,\s*/u, '');
    return { role: 'appellant', name, address: rest ? (parseOneLineAddress(rest) ?? []) : [], line: i, sideless: false };
  }
  const representative = APPELLANTS_REPRESENTATIVE.exec(line)?.groups;
  const found = representative ? representativeOn(representative.rest ?? '') : null;
  if (!representative || !found) return null;
  return { role: 'representative', name: found.name, address: found.address, line: i, sideless: !representative.whose && SIDELESS.test(representative.label!.replace(/\s+/gu, ' ')) };
}
