import { readFileSync } from 'node:fs';
import { closest, distance } from 'fastest-levenshtein';
import type { CodeSlip } from '#schemas/config';
import { z } from 'zod';

/**
 * The settings files a person edits (config/postmottak.json, the letters file, infra/deployment.json):
 * a slip in one is refused where the file is loaded, in one line (bokmål, as the CLI speaks) that
 * names the file, the field and what to do. The CLI prints it and exits 2, cdk synth likewise; a
 * Lambda that reads the file fails (at its start or its call) with it, and the review reason of the
 * document it held quotes the line (stages/record-failure.ts failureWords).
 */
export class SettingsFileError extends Error {
  override name = 'SettingsFileError';
}

const FIX = 'rett filen og start på nytt';

/** The file's text as JSON, or a SettingsFileError naming the file (and the line and column of a syntax slip). */
export function readSettingsJson(file: string, source = file): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const missing = (error as { code?: string }).code === 'ENOENT';
    throw new SettingsFileError(`${source}: ${missing ? 'filen finnes ikke' : 'filen kan ikke leses'}; rett stien til filen eller legg den der`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SettingsFileError(`${source}${jsonSlipPlace(text, (error as Error).message)}: ikke gyldig JSON (${(error as Error).message}); ${FIX}`);
  }
}

/** « linje L, kolonne C» of a JSON.parse message's position (Node names the line only in newer versions). */
function jsonSlipPlace(text: string, message: string): string {
  const named = /line (\d+) column (\d+)/u.exec(message);
  if (named) return ` linje ${named[1]}, kolonne ${named[2]}`;
  const at = /position (\d+)/u.exec(message);
  if (!at) return '';
  const before = text.slice(0, Number(at[1])).split('\n');
  return ` linje ${before.length}, kolonne ${before.at(-1)!.length + 1}`;
}

/** Parses settings with their schema, or throws one SettingsFileError naming the source and every wrong field. */
export function parseSettingsWith<S extends z.ZodType>(schema: S, raw: unknown, source: string): z.output<S> {
  const result = schema.safeParse(raw, { error: z.locales.no().localeError });
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => issueLine(schema, issue));
  throw new SettingsFileError(`${source}: ${problems.join('; ')}; ${FIX}`);
}

function issueLine(schema: z.ZodType, issue: z.core.$ZodIssue): string {
  const where = fieldPath(issue.path) || '(øverste nivå)';
  if (issue.code === 'custom' && isCodeSlip(issue.params)) return `${where}: ${issue.message.replace(`«${issue.params.code}»`, `«${issue.params.code}»${codeHint(issue.params)}`)}`;
  if (issue.code !== 'unrecognized_keys') return `${where}: ${issue.message}`;
  const known = objectKeysAt(schema, issue.path);
  const words = issue.keys.map((key) => {
    const near = nearOne(key, known);
    return `«${key}»${near ? ` (mente du «${near}»?)` : ''}`;
  });
  return `${where}: ukjent felt ${words.join(', ')}`;
}

/** A suggestion helps only when it is a slip away: «rate» is not a misspelt «burst». */
const NEAR = 2;
function nearOne(word: string, known: readonly string[]): string | undefined {
  if (!known.length) return undefined;
  const near = closest(word, [...known]);
  return distance(word, near) <= NEAR ? near : undefined;
}

function isCodeSlip(params: unknown): params is CodeSlip {
  const p = params as Partial<CodeSlip> | undefined;
  return typeof p?.code === 'string' && Array.isArray(p.known);
}

/** A referred-to code that is not defined, or a needed code the file spells otherwise («dentl» for «dental»). */
function codeHint({ slip, code, known }: CodeSlip): string {
  const near = nearOne(code, known);
  if (!near) return '';
  return slip === 'unknown' ? ` (mente du «${near}»?)` : ` (er «${near}» en skrivefeil for «${code}»?)`;
}

/** deadlineRules[1].duration.amount, as a person finds it in the file. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

/** The keys the object schema at `path` knows (to suggest the one a misspelt key meant). */
function objectKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let at: z.core.$ZodType | undefined = schema;
  for (const step of [...path, null]) {
    at = unwrapped(at);
    if (!at) return [];
    const def = at._zod.def as unknown as Record<string, unknown> & { type: string };
    if (step === null) return def.type === 'object' ? Object.keys(def.shape as object) : [];
    if (def.type === 'object') at = (def.shape as Record<string, z.core.$ZodType>)[String(step)];
    else if (def.type === 'array') at = def.element as z.core.$ZodType;
    else if (def.type === 'record') at = def.valueType as z.core.$ZodType;
    else return [];
  }
  return [];
}

function unwrapped(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  let at = schema;
  for (;;) {
    const def = at?._zod.def as unknown as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType } | undefined;
    if (def?.innerType) at = def.innerType;
    else if (def?.type === 'pipe' && def.in) at = def.in;
    else return at;
  }
}
