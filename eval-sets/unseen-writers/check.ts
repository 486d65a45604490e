/**
 * Checks an unseen-writer letter file: every line parses, national ids carry valid mod-11 check
 * digits, letter ids are unique and every linksTo points at a letter of the same batch in the file.
 * Usage: npx tsx eval-sets/unseen-writers/check.ts FILE.jsonl
 * The check digits are computed here, independently of the product's code, so a shared mistake
 * cannot make a letter look valid.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';

const documentTypes = [
  'case_transfer', 'appeal', 'appeal_deadline_interrupting', 'tribunal_appeal', 'medical_declaration',
  'expert_statement', 'consent', 'comments', 'reopening_request', 'legal_costs_claim', 'tribunal_ruling',
  'invoice', 'correspondence',
] as const;
const areas = [
  'pharmacy', 'medical', 'dental', 'physiotherapy', 'treatment_abroad', 'patient_travel', 'sick_pay',
  'work_assessment', 'disability', 'occupational_injury', 'practitioner_sanctions',
] as const;
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable();
const address = z.array(z.string().min(1)).min(1);

const letterSchema = z.object({
  id: z.string().min(1),
  batch: z.string().min(1),
  situation: z.string().min(10),
  style: z.string().min(1),
  documentType: z.enum(documentTypes),
  area: z.enum(areas),
  language: z.enum(['nb', 'nn', 'sv', 'da', 'en']),
  text: z.string().min(1),
  truth: z.object({
    nationalIds: z.array(z.string().regex(/^\d{11}$/)),
    caseReferences: z.array(z.string().min(1)),
    decisionDate: isoDate,
    decisionReceivedDate: isoDate,
    parties: z.object({
      appellant: z.object({ name: z.string().min(1), address: address.nullable() }).nullable(),
      representative: z.object({ name: z.string().min(1), firm: z.string().nullable(), address: address.nullable() }).nullable(),
      firstInstance: z.string().nullable(),
    }),
  }),
  linksTo: z.string().nullable(),
}).strict();

export type Letter = z.infer<typeof letterSchema>;

function checkDigit(digits: number[], weights: number[]): number {
  const r = 11 - (weights.reduce((acc, w, i) => acc + w * digits[i]!, 0) % 11);
  return r === 11 ? 0 : r;
}

export function validNationalId(id: string): boolean {
  if (!/^\d{11}$/.test(id)) return false;
  const d = [...id].map(Number);
  const k1 = checkDigit(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
  const k2 = checkDigit(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  if (k1 === 10 || k2 === 10 || k1 !== d[9] || k2 !== d[10]) return false;
  // Only synthetic test numbers (month + 80) belong in this set: never a plausible real person.
  const month = Number(id.slice(2, 4));
  return month >= 81 && month <= 92;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function checkLetters(lines: string[]): string[] {
  const problems: string[] = [];
  const letters: Letter[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      problems.push(`line ${i + 1}: not JSON`);
      return;
    }
    const parsed = letterSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(`line ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      return;
    }
    letters.push(parsed.data);
  });
  const byId = new Map<string, Letter>();
  for (const l of letters) {
    if (byId.has(l.id)) problems.push(`${l.id}: id used twice`);
    byId.set(l.id, l);
  }
  for (const l of letters) {
    for (const id of l.truth.nationalIds) {
      if (!validNationalId(id)) problems.push(`${l.id}: national id in truth is not a valid synthetic id`);
      // The truth must be findable in the text, written with or without spaces.
      if (!l.text.replace(/[ .]/g, '').includes(id)) problems.push(`${l.id}: a national id in truth is not in the text`);
    }
    // Every valid synthetic id written in the text (as 11 digits, or 6 + 5 with a space) belongs in the truth.
    for (const m of l.text.matchAll(/(?<!\d)(\d{6}) ?(\d{5})(?!\d)/g)) {
      const id = `${m[1]}${m[2]}`;
      if (validNationalId(id) && !l.truth.nationalIds.includes(id)) problems.push(`${l.id}: a national id in the text is missing from the truth`);
    }
    for (const ref of l.truth.caseReferences) {
      // SPEC reads a reference up to the next space, so the truth must end where a space or line end follows.
      if (!l.text.includes(ref)) problems.push(`${l.id}: case reference ${ref} is not in the text`);
      for (let at = l.text.indexOf(ref); at >= 0; at = l.text.indexOf(ref, at + 1)) {
        if (!/^(\s|$)/.test(l.text.slice(at + ref.length, at + ref.length + 1))) problems.push(`${l.id}: case reference ${ref} runs on in the text`);
      }
    }
    // Every unlabelled YYYY/NNNN… number is a reference too (SPEC): none may be missing from the truth.
    for (const m of l.text.matchAll(/(?<![\w/])(?:19|20)\d\d\/\d{4,}/g)) {
      if (!l.truth.caseReferences.some((r) => r.includes(m[0]))) problems.push(`${l.id}: ${m[0]} in the text is missing from caseReferences`);
    }
    const words = wordCount(l.text);
    if (words < 40 || words > 400) problems.push(`${l.id}: ${words} words`);
    if (l.linksTo !== null) {
      const target = byId.get(l.linksTo);
      if (!target) problems.push(`${l.id}: linksTo ${l.linksTo} is not in the file`);
      else if (target.batch !== l.batch) problems.push(`${l.id}: linksTo ${l.linksTo} is in another batch`);
      else if (target.id === l.id) problems.push(`${l.id}: links to itself`);
      else {
        // The machine can only link by what is written: a national id or a reference both letters carry.
        const keys = new Set([...target.truth.nationalIds, ...target.truth.caseReferences]);
        if (![...l.truth.nationalIds, ...l.truth.caseReferences].some((k) => keys.has(k))) {
          problems.push(`${l.id}: shares no national id or reference with ${l.linksTo}`);
        }
      }
    }
  }
  return problems;
}

function count<T extends string>(letters: Letter[], key: (l: Letter) => T): string {
  const m = new Map<string, number>();
  for (const l of letters) m.set(key(l), (m.get(key(l)) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
}

function main(file: string | undefined): number {
  if (!file) {
    console.error('usage: npx tsx eval-sets/unseen-writers/check.ts FILE.jsonl');
    return 2;
  }
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch {
    console.error(`cannot read ${file}`);
    return 2;
  }
  const lines = content.split('\n');
  const problems = checkLetters(lines);
  for (const p of problems) console.error(p);
  const letters = parseLetters(lines);
  console.log(`${letters.length} letters, ${problems.length} problems`);
  console.log(`types: ${count(letters, (l) => l.documentType)}`);
  console.log(`areas: ${count(letters, (l) => l.area)}`);
  console.log(`languages: ${count(letters, (l) => l.language)}`);
  console.log(`styles: ${count(letters, (l) => l.style.replace(/^gp-epj-.*/, 'gp-epj-*'))}`);
  return problems.length ? 1 : 0;
}

/** The records that parse; the others are reported by checkLetters. */
export function parseLetters(lines: string[]): Letter[] {
  return lines.flatMap((line) => {
    if (!line.trim()) return [];
    try {
      const parsed = letterSchema.safeParse(JSON.parse(line));
      return parsed.success ? [parsed.data] : [];
    } catch {
      return [];
    }
  });
}

// Run only as a command, so the test can import the checks.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exit(main(process.argv[2]));
