import { LettersConfig } from '../schemas/letters.ts';
import defaults from './letters.json' with { type: 'json' };
import { parseSettingsWith, readSettingsJson } from './settings-file.ts';

/**
 * The letter templates in force: config/letters.json, bundled, or the administrator's replacement
 * that POSTMOTTAK_LETTERS_FILE names (the appeals body edits its letters without a release). Both are
 * parsed by the same schema, so a template naming an unknown {placeholder} is refused at start
 * (the CLI, serve and the write-letters Lambda load it before any document), naming the file and where.
 */
export function parseLettersConfig(raw: unknown, source = 'config/letters.json'): LettersConfig {
  return parseSettingsWith(LettersConfig, raw, source);
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
  const source = `${file} (POSTMOTTAK_LETTERS_FILE)`;
  loaded = file ? parseLettersConfig(readSettingsJson(file, source), source) : defaultLettersConfig();
  return loaded;
}
