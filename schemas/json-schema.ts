import { z } from 'zod';
import { publishedSchemas } from './index.ts';

/** File name -> JSON Schema text (draft 2020-12) for every published schema. */
export function jsonSchemaFiles(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(publishedSchemas).map(([name, schema]) => {
      const json = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'output' });
      return [`${name}.schema.json`, JSON.stringify({ $id: `https://postmottak.invalid/schemas/${name}.schema.json`, title: name, ...json }, null, 2) + '\n'];
    }),
  );
}
