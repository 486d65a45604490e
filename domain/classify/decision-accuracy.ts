/**
 * How the model did on the archivists' recent decisions: the share of its guesses they accepted
 * unchanged (same type and same area), overall and per type and per area of the machine's guess.
 */
export interface DecisionPair {
  machine: { documentType: string | null; area: string | null };
  archivist: { documentType: string | null; area: string | null };
}

export interface Share {
  code: string;
  decisions: number;
  acceptedUnchanged: number;
  share: number;
}

export interface DecisionAccuracy {
  decisions: number;
  acceptedUnchanged: number;
  share: number | null;
  byType: Share[];
  byArea: Share[];
}

export function acceptedUnchanged(pair: DecisionPair): boolean {
  return pair.machine.documentType === pair.archivist.documentType && pair.machine.area === pair.archivist.area;
}

function shares(pairs: readonly DecisionPair[], key: (p: DecisionPair) => string | null): Share[] {
  const groups = new Map<string, { decisions: number; acceptedUnchanged: number }>();
  for (const pair of pairs) {
    const code = key(pair) ?? 'ukjent';
    const group = groups.get(code) ?? { decisions: 0, acceptedUnchanged: 0 };
    group.decisions += 1;
    if (acceptedUnchanged(pair)) group.acceptedUnchanged += 1;
    groups.set(code, group);
  }
  return [...groups.entries()]
    .map(([code, g]) => ({ code, ...g, share: g.acceptedUnchanged / g.decisions }))
    .sort((a, b) => b.decisions - a.decisions || a.code.localeCompare(b.code));
}

export function decisionAccuracy(pairs: readonly DecisionPair[]): DecisionAccuracy {
  const accepted = pairs.filter(acceptedUnchanged).length;
  return {
    decisions: pairs.length,
    acceptedUnchanged: accepted,
    share: pairs.length ? accepted / pairs.length : null,
    byType: shares(pairs, (p) => p.machine.documentType),
    byArea: shares(pairs, (p) => p.machine.area),
  };
}
