/** Writes schemas/json/<name>.schema.json from the zod schemas, and schemas/json/openapi.json from the API's routes (`npm run schemas`). */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaFiles } from '../schemas/json-schema.ts';
import { openApiText } from '../service/openapi.ts';

const dir = fileURLToPath(new URL('../schemas/json/', import.meta.url));
await mkdir(dir, { recursive: true });
for (const [file, text] of Object.entries(jsonSchemaFiles())) {
  await mkdir(path.dirname(dir + file), { recursive: true });
  await writeFile(dir + file, text);
  process.stderr.write(`wrote schemas/json/${file}\n`);
}
await writeFile(dir + 'openapi.json', await openApiText());
process.stderr.write('wrote schemas/json/openapi.json\n');
