/** Writes schemas/json/<name>.schema.json from the zod schemas (`npm run schemas`). */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { jsonSchemaFiles } from '../schemas/json-schema.ts';

const dir = fileURLToPath(new URL('../schemas/json/', import.meta.url));
await mkdir(dir, { recursive: true });
for (const [file, text] of Object.entries(jsonSchemaFiles())) {
  await writeFile(dir + file, text);
  process.stderr.write(`wrote schemas/json/${file}\n`);
}
