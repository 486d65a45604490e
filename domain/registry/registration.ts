import type { PostmottakConfig, TypeRule } from '#schemas/config';
import type { Classification } from '#schemas/pipeline';
import { areaConfig, typeRule } from '../config.ts';

/** What a document does to the case it creates or joins (SPEC table "type | case | status"). */

export interface CaseDraft {
  title: string;
  area: string;
  archiveCode: string;
  /** The appeals body's status (NY, ATRY); null leaves a linked case's status as it is. */
  status: string | null;
  keywords: string[];
}

const areaTitle = (config: PostmottakConfig, area: string) => areaConfig(config, area).name;

/** The title a new case gets: the kind of matter and the area, never a name or a national id. */
export function newCaseTitle(classification: Pick<Classification, 'documentType' | 'area'>, config: PostmottakConfig): string {
  const rule = typeRule(config, classification.documentType);
  const base = `Klage – ${areaTitle(config, classification.area)}`;
  return (rule.titlePrefix ?? '') + base;
}

export function newCaseDraft(classification: Pick<Classification, 'documentType' | 'area'>, config: PostmottakConfig): CaseDraft {
  const rule = typeRule(config, classification.documentType);
  const area = areaConfig(config, classification.area);
  return {
    title: newCaseTitle(classification, config),
    area: area.code,
    archiveCode: area.archiveCode,
    status: rule.setsStatus ?? 'NY',
    keywords: unique([...area.keywords, ...rule.addsKeywords]),
  };
}

/** The title of a case a document joins: a tribunal appeal makes it "Anke – …" once. */
export function joinedCaseTitle(title: string, rule: TypeRule): string {
  if (!rule.titlePrefix || title.startsWith(rule.titlePrefix)) return title;
  return rule.titlePrefix + title;
}

export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
