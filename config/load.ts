import { PostmottakConfig } from '#schemas/config';
import defaults from './postmottak.json' with { type: 'json' };
import { parseSettingsWith, readSettingsJson } from './settings-file.ts';

/**
 * The configuration in force. The defaults are bundled (so a Lambda needs no extra read on a cold
 * start); POSTMOTTAK_CONFIG_FILE points at a replacement an administrator maintains. Read here, at the
 * edge, so the domain is given its configuration and never reads the environment or a file. A slip
 * in the file is a SettingsFileError naming the file and the field (config/settings-file.ts).
 */
let cached: PostmottakConfig | undefined;

export function loadConfig(): PostmottakConfig {
  if (cached) return cached;
  const file = process.env.POSTMOTTAK_CONFIG_FILE;
  const source = `${file} (POSTMOTTAK_CONFIG_FILE)`;
  cached = file ? parseSettingsWith(PostmottakConfig, readSettingsJson(file, source), source) : parseSettingsWith(PostmottakConfig, defaults, 'config/postmottak.json');
  return cached;
}
