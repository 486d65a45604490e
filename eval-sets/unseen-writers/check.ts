/**
 * Validates an unseen-writer letter file (JSON Lines): every record parses, national ids are
 * synthetic with both mod-11 check digits right, record ids are unique, and linksTo points to an
 * earlier letter of the same batch that shares a national id or reference with it. The truth (ids,
 * references, address lines) must also be findable in the text, so a typo in the truth cannot
 * silently become a "miss" of the product.
 *
 *   npx tsx eval-sets/unseen-writers/check.ts eval-sets/unseen-writers/letters-a.jsonl
 *
 * The check digits are computed here, independently of domain/ and test/support, so a mistake
 * shared with the code under test cannot pass unnoticed.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const DOCUMENT_TYPES = [
  'case_transfer', 'appeal', 'appeal_deadline_interrupting', 'tribunal_appeal', 'medical_declaration',
  'expert_statement', 'consent', 'comments', 'reopening_request', 'legal_costs_claim', 'tribunal_ruling',
  'invoice', 'correspondence',
] as const;
const AREAS = [
  'pharmacy', 'medical', 'dental', 'physiotherapy', 'treatment_abroad', 'patient_travel', 'sick_pay',
  'work_assessment', 'disability', 'occupational_injury', 'practitioner_sanctions',
] as const;
/** Types whose decisionDate is null by SPEC.md's field rules: they refer to no decision. */
const NO_DECISION = new Set(['medical_declaration', 'consent', 'invoice', 'expert_statement']);

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((d) => !Number.isNaN(Date.parse(d)), 'not a date');
const address = z.array(z.string().min(1)).min(1);

const Letter = z.object({
  id: z.string().regex(/^[a-z]+-\d{3}$/),
  batch: z.string().min(1),
  situation: z.string().min(10),
  style: z.string().min(3),
  documentType: z.enum(DOCUMENT_TYPES),
  area: z.enum(AREAS),
  language: z.enum(['nb', 'nn', 'sv', 'da', 'en']),
  text: z.string().min(40),
  truth: z.object({
    nationalIds: z.array(z.string().regex(/^\d{11}$/)),
    caseReferences: z.array(z.string().min(1)),
    decisionDate: isoDate.nullable(),
    decisionReceivedDate: isoDate.nullable(),
    parties: z.object({
      appellant: z.object({ name: z.string().min(2), address: address.nullable() }).strict().nullable(),
      representative: z.object({ name: z.string().min(2), firm: z.string().nullable(), address: address.nullable() }).strict().nullable(),
      firstInstance: z.string().min(3).nullable(),
    }).strict(),
  }).strict(),
  linksTo: z.string().nullable(),
}).strict();
type Letter = z.infer<typeof Letter>;

function mod11(digits: number[], weights: number[]): number {
  const r = 11 - (weights.reduce((s, w, i) => s + w * digits[i]!, 0) % 11);
  return r === 11 ? 0 : r;
}

/** Both check digits hold and the month is a synthetic test month (81–92), so no real person's id slips in. */
export function isSyntheticNationalId(id: string): boolean {
  if (!/^\d{11}$/.test(id)) return false;
  const d = [...id].map(Number);
  const month = Number(id.slice(2, 4));
  if (month < 81 || month > 92) return false;
  const k1 = mod11(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
  const k2 = mod11(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  return k1 < 10 && k2 < 10 && k1 === d[9] && k2 === d[10];
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function check(path: string): string[] {
  const problems: string[] = [];
  const seen = new Map<string, Letter>();
  const caseKeysByOpener = new Map<string, Set<string>>();
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
  lines.forEach((line, i) => {
    const where = `line ${i + 1}`;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      problems.push(`${where}: not JSON`);
      return;
    }
    const parsed = Letter.safeParse(raw);
    if (!parsed.success) {
      problems.push(`${where}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      return;
    }
    const l = parsed.data;
    const at = `${where} (${l.id})`;
    if (seen.has(l.id)) problems.push(`${at}: id used twice`);
    const flat = l.text.replace(/\s+/g, '');
    for (const id of l.truth.nationalIds) {
      if (!isSyntheticNationalId(id)) problems.push(`${at}: national id fails mod-11 or is not synthetic`);
      if (!flat.includes(id)) problems.push(`${at}: a truth national id is not in the text`);
    }
    if (new Set(l.truth.nationalIds).size !== l.truth.nationalIds.length) problems.push(`${at}: national id listed twice`);
    for (const ref of l.truth.caseReferences) {
      if (!l.text.includes(ref)) problems.push(`${at}: case reference ${ref} is not in the text`);
    }
    // An address in the truth must be one the letter gives: a wrong address is worse than none.
    const lower = l.text.toLowerCase();
    for (const party of [l.truth.parties.appellant, l.truth.parties.representative]) {
      for (const line of party?.address ?? []) {
        if (!lower.includes(line.toLowerCase())) problems.push(`${at}: address line "${line}" is not in the text`);
      }
    }
    if (NO_DECISION.has(l.documentType) && l.truth.decisionDate !== null) problems.push(`${at}: ${l.documentType} refers to no decision`);
    const keys = [...l.truth.nationalIds, ...l.truth.caseReferences];
    if (l.linksTo !== null) {
      const target = seen.get(l.linksTo);
      if (!target) problems.push(`${at}: linksTo ${l.linksTo} is not an earlier letter in the file`);
      else if (target.batch !== l.batch) problems.push(`${at}: linksTo ${l.linksTo} is in another batch`);
      else {
        // The follow-up must carry something the product can link by: a national id or reference
        // already seen on that case (the opening letter or an earlier follow-up).
        const caseKeys = caseKeysByOpener.get(l.linksTo)!;
        if (!keys.some((k) => caseKeys.has(k))) problems.push(`${at}: shares no national id or reference with case ${l.linksTo}`);
        for (const k of keys) caseKeys.add(k);
      }
    } else {
      caseKeysByOpener.set(l.id, new Set(keys));
    }
    const n = words(l.text);
    if (n < 40 || n > 400) problems.push(`${at}: ${n} words, not 40–400`);
    seen.set(l.id, l);
  });
  return problems.length ? problems : summary([...seen.values()]);
}

function tally(letters: Letter[], key: (l: Letter) => string): string {
  const counts = new Map<string, number>();
  for (const l of letters) counts.set(key(l), (counts.get(key(l)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
}

function summary(letters: Letter[]): never {
  const out = [
    `${letters.length} letters, ${new Set(letters.map((l) => l.batch)).size} batches: all valid`,
    `types: ${tally(letters, (l) => l.documentType)}`,
    `areas: ${tally(letters, (l) => l.area)}`,
    `languages: ${tally(letters, (l) => l.language)}`,
    `styles: ${tally(letters, (l) => l.style.replace(/^gp-epj-.*/, 'gp-epj'))}`,
  ];
  process.stdout.write(out.join('\n') + '\n');
  process.exit(0);
}

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: npx tsx eval-sets/unseen-writers/check.ts FILE.jsonl\n');
  process.exit(2);
}
let problems: string[];
try {
  problems = check(file);
} catch (e) {
  process.stderr.write(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}\n`);
  process.exit(2);
}
process.stderr.write(problems.join('\n') + '\n');
process.exit(1);
