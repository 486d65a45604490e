/**
 * Slice A of the unseen-writer set, written from SPEC.md's taxonomy and a situation invented for
 * each letter, never from the training templates. The national ids are computed (synthetic, month
 * + 80) so the truth and the text cannot disagree; everything else is written by hand.
 *
 *   npx tsx eval-sets/unseen-writers/src/letters-a.ts > eval-sets/unseen-writers/letters-a.jsonl
 */
import { idFor, spaced } from '../../../test/support/national-ids.ts';

type Party = { name: string; address: string[] | null };
interface Spec {
  b: string; sit: string; st: string; t: string; a: string; lg: string;
  ids?: string[]; refs?: string[]; dd?: string | null; rd?: string | null;
  app?: [string, ...string[]] | null; rep?: [string, string | null, ...string[]] | null; fi?: string | null;
  link?: string | null; text: string;
}
const records: object[] = [];

/** Adds one letter and returns its id, for the follow-ups' linksTo. */
function L(s: Spec): string {
  const id = `ua-${String(records.length + 1).padStart(3, '0')}`;
  const appellant: Party | null = s.app ? { name: s.app[0], address: s.app.length > 1 ? s.app.slice(1) : null } : null;
  const representative = s.rep
    ? { name: s.rep[0], firm: s.rep[1], address: s.rep.length > 2 ? (s.rep.slice(2) as string[]) : null }
    : null;
  records.push({
    id, batch: s.b, situation: s.sit, style: s.st, documentType: s.t, area: s.a, language: s.lg,
    text: s.text.replace(/^\n/, ''),
    truth: {
      nationalIds: s.ids ?? [], caseReferences: s.refs ?? [], decisionDate: s.dd ?? null,
      decisionReceivedDate: s.rd ?? null,
      parties: { appellant, representative, firstInstance: s.fi ?? null },
    },
    linksTo: s.link ?? null,
  });
  return id;
}
const sp = (id: string) => spaced(id, [6, 5]);
const sp3 = (id: string) => spaced(id, [2, 2, 2, 5]);

