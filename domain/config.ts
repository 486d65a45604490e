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

/** The type's name in the product's English messages; an unknown type is shown as its code. */
export function typeName(config: PostmottakConfig, type: string): string {
  return config.typeRules.find((r) => r.type === type)?.names.en ?? type;
}

/** The deadline kinds a case handler may open (deadlineRules[].handlerMayOpen). */
export function handlerOpenableKinds(config: PostmottakConfig): string[] {
  return config.deadlineRules.filter((r) => r.handlerMayOpen).map((r) => r.kind);
}

/** The deadline kinds that call for «varsel om forlenget svarfrist» before they pass (deadlineRules[].extensionNotice). */
export function extensionNoticeKinds(config: PostmottakConfig): string[] {
  return config.deadlineRules.filter((r) => r.extensionNotice).map((r) => r.kind);
}

/** Who opens the deadline a notice of extended processing time promised: `letter:{letterId}` (stages/write-letters.ts). */
export const NOTICE_OPENER = 'letter:';

/**
 * The open deadlines that still call for the notice: of an extensionNotice kind, and not the one a notice
 * already promised (that deadline was opened by the notice itself, so the notice exists and is not written twice).
 */
export function extensionNoticeStillDue(config: PostmottakConfig): (d: { kind: string; openedBy: string }) => boolean {
  const kinds = extensionNoticeKinds(config);
  return (d) => kinds.includes(d.kind) && !d.openedBy.startsWith(NOTICE_OPENER);
}

/** A document of this type joins an existing case (and takes its area); it never opens one. */
export function mustLink(config: PostmottakConfig, type: string): boolean {
  return typeRule(config, type).caseMode === 'link';
}

/** The straight-through threshold of a Link decision (see PostmottakConfig.linkThresholds). */
export function linkThreshold(config: PostmottakConfig, decision: 'newCase' | 'mustLink'): number {
  return config.linkThresholds?.[decision] ?? config.reviewThreshold;
}
