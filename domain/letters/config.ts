import { LettersConfig } from '#schemas/letters';
import defaults from '../../config/letters.json' with { type: 'json' };

/**
 * The letter templates in force. The defaults are bundled; an administrator's replacement file is
 * parsed by the same schema, so a template naming an unknown {placeholder} is refused at start.
 */
export function parseLettersConfig(raw: unknown): LettersConfig {
  const result = LettersConfig.safeParse(raw);
  if (!result.success) {
    throw new Error(`invalid letters configuration: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return result.data;
}

let bundled: LettersConfig | undefined;

export function defaultLettersConfig(): LettersConfig {
  bundled ??= parseLettersConfig(defaults);
  return bundled;
}
