import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchOptions, checkDates, inputFiles } from '../../local/mailroom/commands.ts';
import { placeManifest, readManifest } from '../../local/mailroom/inputs.ts';

/**
 * A manifest's postmark lands on one envelope: a bare name two files of the batch answer to is refused
 * (QA s10 HIGH 2: both got the postmark), the manifest kept in the scan folder is no mail (MEDIUM 8),
 * and csv-parse's English never reaches the clerk (LOW).
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
const at = (...parts: string[]) => path.join(dir, ...parts);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postmottak-manifest-'));
  await mkdir(at('a'));
  await mkdir(at('b'));
  await writeFile(at('a', 'brev.pdf'), '%PDF-1.4 a');
  await writeFile(at('b', 'brev.pdf'), '%PDF-1.4 b');
  await writeFile(at('b', 'klage.pdf'), '%PDF-1.4 c');
  await writeFile(at('bare.csv'), 'file,postmarked\nbrev.pdf,2025-03-18\n');
  await writeFile(at('paths.csv'), 'file,postmarked\na/brev.pdf,2025-03-18\nklage.pdf,17.03.2025\n');
  await writeFile(at('b', 'postmarks.csv'), 'file,postmarked\nklage.pdf,2025-03-17\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('placing a manifest on the batch', () => {
  it('refuses a bare name that two files of the batch have, naming both and the lines to write', async () => {
    const options = await batchOptions({ received: '2025-03-20', manifest: at('bare.csv') });
    const files = await inputFiles([at('a'), at('b')], options);
    expect(() => checkDates(files, options)).toThrow(
      `${at('bare.csv')} linje 2: «brev.pdf» passer på 2 filer som leveres inn (${at('a', 'brev.pdf')} og ${at('b', 'brev.pdf')}); et poststempel hører til én konvolutt: skriv stien fra manifestets mappe, én linje per fil: «a/brev.pdf,DATO» og «b/brev.pdf,DATO»`,
    );
    // With one of them in the batch, the bare name is unique and holds.
    const one = await inputFiles([at('a')], options);
    expect([...placeManifest(options.manifest!, one)].map(([file, line]) => [file, line.postmarked])).toEqual([[at('a', 'brev.pdf'), '2025-03-18']]);
  });

  it('places a path on its file only, and a unique bare name on the one file that has it', async () => {
    const manifest = await readManifest(at('paths.csv'));
    const files = await inputFiles([at('a'), at('b')]);
    const placed = placeManifest(manifest, files);
    expect(placed.get(at('a', 'brev.pdf'))?.postmarked).toBe('2025-03-18');
    expect(placed.has(at('b', 'brev.pdf'))).toBe(false);
    expect(placed.get(at('b', 'klage.pdf'))?.postmarked).toBe('2025-03-17');
  });

  it('refuses a line with a folder whose file is not in the batch, rather than putting its postmark on a namesake elsewhere', async () => {
    // QA s10 review: «a/brev.pdf» with only b/ handed in fell back to its bare name and landed on b/brev.pdf.
    for (const named of ['a/brev.pdf', 'a\\brev.pdf']) {
      await writeFile(at('folder.csv'), `file,postmarked\n${named},2025-03-18\n`);
      const manifest = await readManifest(at('folder.csv'));
      const files = await inputFiles([at('b')]);
      expect(() => placeManifest(manifest, files), named).toThrow(`${at('folder.csv')} linje 2: filen «${named}» er ikke blant filene som leveres inn`);
    }
  });

  it('refuses through the command line with exit 2 and one line, before any data dir is opened', async () => {
    const failure = await promisify(execFile)(process.execPath, [path.join(root, 'bin/postmottak.js'), 'process', '--data-dir', at('state'), '--received', '2025-03-20', '--manifest', at('bare.csv'), at('a'), at('b')], { cwd: root }).catch(
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(failure).toMatchObject({ code: 2, stdout: '' });
    const stderr = (failure as { stderr: string }).stderr.trim();
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toContain(`(${at('a', 'brev.pdf')} og ${at('b', 'brev.pdf')})`);
  });

  it('leaves the manifest out when it lies in a folder handed in', async () => {
    const options = await batchOptions({ received: '2025-03-20', manifest: at('b', 'postmarks.csv') });
    const files = await inputFiles([at('b')], options);
    expect(files.map((f) => path.basename(f.path))).toEqual(['brev.pdf', 'klage.pdf']);
    expect(() => checkDates(files, options)).not.toThrow();
    // Named alone, the manifest leaves nothing to hand in: said, not a batch of none.
    await expect(inputFiles([at('b', 'postmarks.csv')], options)).rejects.toThrow(`ingen filer å levere inn utenom manifestet ${at('b', 'postmarks.csv')}`);
  });

  it('takes a file reached through a linked folder once, and leaves out the manifest named through the link', async () => {
    // QA s10 review: de-duplicated by the path as written, so b/ and a link to it gave every file twice.
    await symlink(at('b'), at('b-lenke'), 'dir');
    const options = await batchOptions({ received: '2025-03-20', manifest: at('b-lenke', 'postmarks.csv') });
    const files = await inputFiles([at('b'), at('b-lenke')], options);
    expect(files.map((f) => f.path)).toEqual([at('b', 'brev.pdf'), at('b', 'klage.pdf')]);
  });

  it('tells what is wrong with a CSV file in bokmål, with its line', async () => {
    await writeFile(at('quote.csv'), 'file,postmarked\n"brev.pdf,2025-03-18\n');
    await writeFile(at('extra.csv'), 'file,postmarked\nbrev.pdf,2025-03-18,ekstra\n');
    await expect(readManifest(at('quote.csv'))).rejects.toThrow(`manifestet ${at('quote.csv')} er ikke en lesbar CSV-fil: et anførselstegn (") som åpnes på linje 2, lukkes aldri`);
    await expect(readManifest(at('extra.csv'))).rejects.toThrow(`manifestet ${at('extra.csv')} er ikke en lesbar CSV-fil: linje 2 har 3 felt, men overskriften har 2; skriv én fil og ett poststempel per linje (file,postmarked)`);
    await expect(readManifest(at('extra.csv'))).rejects.not.toThrow(/Invalid Record Length|Quote Not Closed/);
  });
});

/**
 * Manifests as Norwegian offices save them (QA s12 MEDIUM 1–2, LOW 3–4): Excel's "CSV (semikolondelt)"
 * in Windows-1252 with its empty rows, a name typed on a Mac (NFD) for a file from a Windows share (NFC)
 * and the other way round, and the header in Norwegian.
 */
describe('a manifest as Norwegian offices save it', () => {
  const nfc = 'brev æøå.pdf'.normalize('NFC');
  const nfd = 'klage ÆØÅ.pdf'.normalize('NFD');
  let office: string;
  const inOffice = (...parts: string[]) => path.join(office, ...parts);
  const postmarks = async (manifestName: string) => {
    const manifest = await readManifest(inOffice(manifestName));
    const placed = placeManifest(manifest, await inputFiles([inOffice('skann')]));
    return Object.fromEntries([...placed].map(([file, line]) => [path.basename(file), line.postmarked]));
  };

  beforeAll(async () => {
    office = await mkdtemp(path.join(tmpdir(), 'postmottak-office-'));
    await mkdir(inOffice('skann'));
    await writeFile(inOffice('skann', nfc), '%PDF-1.4 nfc');
    await writeFile(inOffice('skann', nfd), '%PDF-1.4 nfd');
  });
  afterAll(async () => {
    await rm(office, { recursive: true, force: true });
  });

  it('reads a manifest in Windows-1252 (Excel\'s "CSV (semikolondelt)"), so æøå names match', async () => {
    await writeFile(inOffice('cp1252.csv'), Buffer.from(`file;postmarked\r\nskann/${nfc};26.11.2026\r\n`, 'latin1'));
    expect(await postmarks('cp1252.csv')).toEqual({ [nfc]: '2026-11-26' });
    // A refusal names the file in the letters the clerk typed, never replacement characters.
    await writeFile(inOffice('cp1252-missing.csv'), Buffer.from('file;postmarked\r\nbrev på vent.pdf;26.11.2026\r\n', 'latin1'));
    const missing = await readManifest(inOffice('cp1252-missing.csv'));
    expect(() => placeManifest(missing, [])).toThrow(`${inOffice('cp1252-missing.csv')} linje 2: filen «brev på vent.pdf» er ikke blant filene som leveres inn`);
  });

  it('matches a name typed in NFD against a file named in NFC, and the other way round', async () => {
    await writeFile(inOffice('mac.csv'), `file,postmarked\n${nfc.normalize('NFD')},2026-11-26\nskann/${nfd.normalize('NFC')},25.11.2026\n`);
    expect(await postmarks('mac.csv')).toEqual({ [nfc]: '2026-11-26', [nfd]: '2026-11-25' });
    // One file written both ways is still one file written twice.
    await writeFile(inOffice('twice.csv'), `file,postmarked\nskann/${nfc},2026-11-26\nskann/${nfc.normalize('NFD')},2026-11-25\n`);
    await expect(readManifest(inOffice('twice.csv'))).rejects.toThrow('linje 3:');
  });

  it("skips Excel's rows of empty fields as it skips blank lines, and still counts the lines", async () => {
    await writeFile(inOffice('trailing.csv'), `\ufefffile;postmarked;;\r\n;;;\r\n${nfc};26.11.2026;;\r\n;;;\r\n`);
    expect(await postmarks('trailing.csv')).toEqual({ [nfc]: '2026-11-26' });
    await writeFile(inOffice('trailing-missing.csv'), 'file;postmarked;;\r\n;;;\r\nmangler.pdf;26.11.2026;;\r\n');
    const manifest = await readManifest(inOffice('trailing-missing.csv'));
    expect(() => placeManifest(manifest, [])).toThrow('trailing-missing.csv linje 3: filen «mangler.pdf»');
  });

  it('takes the header in Norwegian (fil or filnavn, poststemplet, poststempel or poststempeldato), in any case', async () => {
    for (const header of ['Filnavn;Poststemplet', 'FIL;POSTSTEMPEL', 'filnavn;poststempeldato', 'File;Postmarked']) {
      await writeFile(inOffice('norsk.csv'), `${header}\r\n${nfc};26.11.2026\r\n`);
      expect(await postmarks('norsk.csv'), header).toEqual({ [nfc]: '2026-11-26' });
    }
    // Two columns for the file: which one holds is a guess.
    await writeFile(inOffice('both.csv'), `file;filnavn;postmarked\r\n${nfc};annet.pdf;26.11.2026\r\n`);
    await expect(readManifest(inOffice('both.csv'))).rejects.toThrow(`manifestet ${inOffice('both.csv')} har to kolonner for filen (file og filnavn); behold én`);
  });
});
