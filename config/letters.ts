import { readFileSync } from 'node:fs';
import { LettersConfig } from '../schemas/letters.ts';
import defaults from './letters.json' with { type: 'json' };

/**
 * The letter templates in force: config/letters.json, bundled, or the administrator's replacement
 * that POSTMOTTAK_LETTERS_FILE names (the appeals body edits its letters without a release). Both are
 * parsed by the same schema, so a template naming an unknown {placeholder} is refused at start,
 * naming where.
 */
export function parseLettersConfig(raw: unknown): LettersConfig {
  const result = LettersConfig.safeParse(raw);
  if (!result.success) {
    throw new Error(`invalid letters configuration: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return result.data;
}

let bundled: LettersConfig | undefined;

/** The bundled templates (tests, scripts). */
export function defaultLettersConfig(): LettersConfig {
  bundled ??= parseLettersConfig(defaults);
  return bundled;
}

let loaded: LettersConfig | undefined;

export function loadLettersConfig(): LettersConfig {
  if (loaded) return loaded;
  const file = process.env.POSTMOTTAK_LETTERS_FILE;
  loaded = file ? parseLettersConfig(JSON.parse(readFileSync(file, 'utf8'))) : defaultLettersConfig();
  return loaded;
}
