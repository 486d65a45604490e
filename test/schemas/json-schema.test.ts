import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '#schemas/json-schema';
import { parseConfig } from '#domain/config';
import defaults from '../../config/postmottak.json' with { type: 'json' };

describe('published JSON Schema', () => {
  it.each(Object.entries(jsonSchemaFiles()))('schemas/json/%s is generated from the zod schemas (run `npm run schemas`)', async (file, text) => {
    const committed = await readFile(new URL(`../../schemas/json/${file}`, import.meta.url), 'utf8');
    expect(committed).toBe(text);
  });
});

describe('configuration', () => {
  it('the shipped configuration is valid', () => {
    expect(parseConfig(defaults).areas).toHaveLength(11);
  });

  it('refuses a type rule that opens a deadline without a rule, naming it', () => {
    const broken = { ...defaults, deadlineRules: defaults.deadlineRules.filter((r) => r.kind !== 'grounds') };
    expect(() => parseConfig(broken)).toThrow(/typen appeal_deadline_interrupting åpner fristtypen «grounds», som ikke er definert/);
  });

  it('refuses duplicate area codes and a missing type rule', () => {
    expect(() => parseConfig({ ...defaults, areas: [...defaults.areas, defaults.areas[0]] })).toThrow(/areas: hvert saksområde \(code\) kan stå bare én gang/);
    expect(() => parseConfig({ ...defaults, typeRules: defaults.typeRules.filter((r) => r.type !== 'invoice') })).toThrow(/dokumenttypen «invoice» mangler/);
  });

  it('accepts a new area without a release', () => {
    const extended = { ...defaults, areas: [...defaults.areas, { code: 'hearing_aids', name: 'Høreapparat', archiveCode: 'G-HORSEL', keywords: ['høreapparat'] }] };
    expect(parseConfig(extended).areas.map((a) => a.code)).toContain('hearing_aids');
  });
});
