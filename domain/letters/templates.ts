import type { LetterPlaceholder } from '#schemas/letters';

export type TemplateValues = Record<LetterPlaceholder, string>;

/**
 * Fills {placeholder}s. The configuration schema has already refused unknown names, so a missing
 * value here is a programming error, never a letter with "{caseNumber}" printed in it.
 */
export function fillTemplate(template: string, values: TemplateValues): string {
  return template.replace(/\{([^{}]*)\}/gu, (_, name: string) => {
    const value = values[name as LetterPlaceholder];
    if (value === undefined) throw new Error(`no value for the letter placeholder {${name}}`);
    return value;
  });
}
