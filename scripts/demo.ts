/**
 * `npm start`: the sample day of mail (scripts/make-samples.ts) arriving today, through the whole
 * pipeline with `postmottak process --received <today> --json`. The letters' own dates count back from
 * today, so what postmottak writes (acknowledgements dated today, deadlines counted from the received
 * day) agrees with them; with samples/ (arriving 20.03.2025) the letters were dated today and promised
 * answers by days long gone. The day's files are kept in the demo's data dir, and its first day is the
 * demo's day for good (scripts/demo-day.ts): a second run, that day or any later, hands in the same bytes
 * and registers nothing twice.
 */
import { spawn } from 'node:child_process';
import { access, readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { osloDate } from '../domain/calendar.ts';
import { typedFromIso } from '../domain/wording/typed-date.ts';
import { writeSamples } from './make-samples.ts';
import { demoDay } from './demo-day.ts';
import { scriptArgs } from './script-args.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const { values } = scriptArgs('demo', { options: { 'data-dir': { type: 'string', default: path.join(root, '.postmottak', 'demo') } } });
const dataDir = path.resolve(values['data-dir']);
const today = osloDate(new Date());
const received = await demoDay(path.join(dataDir, 'post'), today);
const mail = path.join(dataDir, 'post', received);

if (!(await access(mail).then(() => true, () => false))) {
  // Whole or not at all: an interrupted first run must not leave half a day that later runs take as made.
  await writeSamples(`${mail}.part`, received);
  await rename(`${mail}.part`, mail);
}
// Named from where npm start runs, so the lines show .postmottak/demo/post/… rather than a long absolute path.
const files = (await readdir(mail)).sort().map((f) => path.relative(root, path.join(mail, f)));
process.stderr.write(`${received === today ? 'dagens post' : 'demoens post, fra første kjøring'} (${typedFromIso(received)}): ${path.relative(root, mail)}\n`);
const child = spawn(process.execPath, [path.join(root, 'bin/postmottak.js'), 'process', '--data-dir', dataDir, '--received', received, '--json', ...files], { cwd: root, stdio: 'inherit' });
child.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
