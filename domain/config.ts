import { PostmottakConfig } from '#schemas/config';

/** Validates configuration data (config/load.ts reads the file in force and calls this). */
export function parseConfig(raw: unknown): PostmottakConfig {
  const result = PostmottakConfig.safeParse(raw);
  if (!result.success) {
    throw new Error(`invalid postmottak configuration: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return result.data;
}

export function areaConfig(config: PostmottakConfig, code: string) {
  const area = config.areas.find((a) => a.code === code);
  if (!area) throw new Error(`unknown case area '${code}'`);
  return area;
}

export function typeRule(config: PostmottakConfig, type: string) {
  const rule = config.typeRules.find((r) => r.type === type);
  if (!rule) throw new Error(`no type rule for '${type}'`);
  return rule;
}

/** A document of this type joins an existing case (and takes its area); it never opens one. */
export function mustLink(config: PostmottakConfig, type: string): boolean {
  return typeRule(config, type).caseMode === 'link';
}
