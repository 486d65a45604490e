import { readFileSync } from 'node:fs';
import type { PostmottakConfig } from '#schemas/config';
import { parseConfig } from '#domain/config';
import defaults from './postmottak.json' with { type: 'json' };

/**
 * The configuration in force. The defaults are bundled (so a Lambda needs no extra read on a cold
 * start); POSTMOTTAK_CONFIG_FILE points at a replacement an administrator maintains. Read here, at the
 * edge, so the domain is given its configuration and never reads the environment or a file.
 */
let cached: PostmottakConfig | undefined;

export function loadConfig(): PostmottakConfig {
  if (cached) return cached;
  const file = process.env.POSTMOTTAK_CONFIG_FILE;
  cached = parseConfig(file ? JSON.parse(readFileSync(file, 'utf8')) : defaults);
  return cached;
}
