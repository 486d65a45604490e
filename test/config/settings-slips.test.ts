import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefused } from '../support/cli-refusal.ts';
import { PostmottakConfig } from '#schemas/config';
import { documentTypes, modelAreas } from '#schemas/taxonomy';
import { evidenceRules } from '#domain/classify/evidence';
import { reachesNobody, readSettingsFile, SettingsError } from '../../infra/settings.ts';
import { parseLettersConfig } from '../../config/letters.ts';
import { parseSettingsWith } from '../../config/settings-file.ts';
import { failureWords } from '../../stages/record-failure.ts';

/**
 * QA session 13 (H1, M1, M2): a slip in a settings file a person edits — the configuration, the
 * letters, the deployment settings — is refused where the file is loaded, in one line naming the
 * file, the field and what to do, exit 2, before any document is read. A letters file with an
 * unknown placeholder had turned every new case's document into a review item «Teknisk feil (Error)».
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postmottak-settings-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const shipped = async (file: string) => JSON.parse(await readFile(path.join(root, file), 'utf8'));
async function written(name: string, content: unknown): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}
const cli = (args: string[], env: Record<string, string>) => run(process.execPath, [path.join(root, 'bin/postmottak.js'), ...args], { cwd: root, env: { ...process.env, ...env } });

describe('the letters file', () => {
  it('an unknown placeholder: process refuses to start, naming the file and the template, and reads no document', async () => {
    const letters = await shipped('config/letters.json');
    letters.templates.appeal_acknowledgement.nn.sections[0].paragraphs[0] = 'Vi reknar med svar innan {expectedDato}.';
    const file = await written('letters-placeholder.json', letters);
    const dataDir = path.join(dir, 'dd-placeholder');
    await expectRefused(
      cli(['process', '--received', '20.03.2025', '--data-dir', dataDir, path.join(root, 'samples/02-klage-tannbehandling.pdf')], { POSTMOTTAK_LETTERS_FILE: file }),
      'a letters file with {expectedDato}',
      new RegExp(`${file} \\(POSTMOTTAK_LETTERS_FILE\\): templates\\.appeal_acknowledgement\\.nn\\.sections\\[0\\]\\.paragraphs\\[0\\]: ukjent plassholder «\\{expectedDato\\}» \\(mente du «\\{expectedDate\\}»\\?\\).*rett filen`),
    );
    expect(existsSync(dataDir)).toBe(false);
  }, 60_000);

  it('a stray comma: serve refuses to start, naming the file, line and column', async () => {
    const file = await written('letters-comma.json', '{\n  "letterhead": { "name": "X", },\n}');
    await expectRefused(cli(['serve', '--port', '4357', '--data-dir', path.join(dir, 'dd-serve')], { POSTMOTTAK_LETTERS_FILE: file }), 'a letters file with a stray comma', new RegExp(`${file} \\(POSTMOTTAK_LETTERS_FILE\\) linje 2, kolonne \\d+: ikke gyldig JSON`));
  }, 60_000);

  it('a misspelt key is refused, naming its place and the key meant', async () => {
    const letters = await shipped('config/letters.json');
    letters.letterhead.adress = letters.letterhead.address;
    delete letters.letterhead.address;
    expect(() => parseLettersConfig(letters, 'letters.json')).toThrow(/^letters\.json: .*letterhead: ukjent felt «adress» \(mente du «address»\?\)/);
  });
});

describe("the notice of extended processing time says why (forvaltningsloven § 11 a third paragraph)", () => {
  it('a letters file whose notice lacks {delayReason} is refused, naming the template, the language and the placeholder', async () => {
    const letters = await shipped('config/letters.json');
    const nn = letters.templates.extended_processing_time.nn;
    nn.sections = nn.sections.map((s: { paragraphs: string[] }) => ({ ...s, paragraphs: s.paragraphs.map((p) => p.replace('{delayReason} ', '')) }));
    expect(JSON.stringify(nn)).not.toContain('{delayReason}');
    expect(() => parseLettersConfig(letters, 'letters.json')).toThrow(/^letters\.json: templates\.extended_processing_time\.nn: .*«\{delayReason\}».*; rett filen og start på nytt$/);
  });

  it('{delayReason} in a heading instead of the text is enough', async () => {
    const letters = await shipped('config/letters.json');
    const nb = letters.templates.extended_processing_time.nb;
    nb.sections = nb.sections.map((s: { paragraphs: string[] }) => ({ ...s, paragraphs: s.paragraphs.map((p) => p.replace('{delayReason} ', '')) }));
    nb.sections[0].heading = 'Hvorfor: {delayReason}';
    expect(() => parseLettersConfig(letters, 'letters.json')).not.toThrow();
  });
});

describe('the configuration', () => {
  it('a misspelt key is refused, naming the key meant', async () => {
    const file = await written('typo-key.json', { ...(await shipped('config/postmottak.json')), reviewTreshold: 0.99 });
    await expectRefused(cli(['review', 'list', '--data-dir', dir], { POSTMOTTAK_CONFIG_FILE: file }), 'reviewTreshold', /ukjent felt «reviewTreshold» \(mente du «reviewThreshold»\?\)/);
  }, 60_000);

  it('a field of the wrong type is named by its place in the file', async () => {
    const config = await shipped('config/postmottak.json');
    config.deadlineRules[1].duration.amount = 'tre';
    const file = await written('wrong-type.json', config);
    await expectRefused(cli(['review', 'list', '--data-dir', dir], { POSTMOTTAK_CONFIG_FILE: file }), 'amount "tre"', new RegExp(`${file} \\(POSTMOTTAK_CONFIG_FILE\\): deadlineRules\\[1\\]\\.duration\\.amount: `));
  }, 60_000);

  it('an area code the model gives, misspelt («dentl»), is refused at start: no document is read', async () => {
    const config = await shipped('config/postmottak.json');
    config.areas.find((a: { code: string }) => a.code === 'dental').code = 'dentl';
    const file = await written('area-typo.json', config);
    const dataDir = path.join(dir, 'dd-dentl');
    await expectRefused(
      cli(['process', '--received', '20.03.2025', '--data-dir', dataDir, path.join(root, 'samples/02-klage-tannbehandling.pdf')], { POSTMOTTAK_CONFIG_FILE: file }),
      'area dentl',
      new RegExp(`${file} \\(POSTMOTTAK_CONFIG_FILE\\): areas: saksområdet «dental» \\(er «dentl» en skrivefeil for «dental»\\?\\) mangler.*definert: pharmacy, medical, dentl, .*rett filen`),
    );
    expect(existsSync(dataDir)).toBe(false);
  }, 60_000);

  it('a document type the model gives, or a deadline kind a rule refers to, misspelt: named by its place, with the known codes', async () => {
    const config = await shipped('config/postmottak.json');
    const appeal = config.typeRules.findIndex((r: { type: string }) => r.type === 'appeal');
    config.typeRules[appeal].type = 'apeal';
    const opens = config.typeRules[0].opens as string[];
    const meant = opens[1]!;
    opens[1] = `${meant.slice(0, -1)}x`;
    const slips = () => parseSettingsWith(PostmottakConfig, config, 'c.json');
    expect(slips).toThrow(/typeRules: dokumenttypen «appeal» \(er «apeal» en skrivefeil for «appeal»\?\) mangler/);
    expect(slips).toThrow(new RegExp(`typeRules\\[0\\]\\.opens\\[1\\]: typen case_transfer åpner fristtypen «${opens[1]}» \\(mente du «${meant}»\\?\\), som ikke`));
    expect(slips).toThrow(/, som ikke er definert i deadlineRules; kjente: preliminary_reply, /);
  });

  it('the codes checked at load are the ones the promoted model and the evidence rules give', async () => {
    const model = await shipped('models/current.json');
    expect([...model.area.classes].sort()).toEqual([...modelAreas].sort());
    expect([...model.type.classes].sort()).toEqual([...documentTypes].sort());
    for (const rule of evidenceRules) expect(modelAreas, rule.id).toContain(rule.area);
  });

  it('a missing code far from every defined one gets no guess', async () => {
    const config = await shipped('config/postmottak.json');
    config.areas = config.areas.filter((a: { code: string }) => a.code !== 'dental');
    expect(() => parseSettingsWith(PostmottakConfig, config, 'c.json')).toThrow(/areas: saksområdet «dental» mangler/);
  });

  it('a file that is not there', async () => {
    const file = path.join(dir, 'not-there.json');
    await expectRefused(cli(['review', 'list', '--data-dir', dir], { POSTMOTTAK_CONFIG_FILE: file }), 'a missing file', new RegExp(`${file} \\(POSTMOTTAK_CONFIG_FILE\\): filen finnes ikke`));
  }, 60_000);
});

describe('the deployment settings', () => {
  it('a misspelt key is refused, naming the file and the key meant', async () => {
    const file = await written('deployment-typo.json', { alarmEmail: 'drift@klageorgan.test', logRetentonDays: 3650 });
    expect(() => readSettingsFile(file)).toThrow(SettingsError);
    expect(() => readSettingsFile(file)).toThrow(new RegExp(`${file}: \\(øverste nivå\\): ukjent felt «logRetentonDays» \\(mente du «logRetentionDays»\\?\\)`));
  });

  it('cdk (infra/app.ts) refuses a bad file in one line, exit 2, before any synth', async () => {
    const file = await written('deployment-cdk.json', { alarmEmail: 'drift@klageorgan.test', logRetentonDays: 3650 });
    const cdk = run(process.execPath, ['--import', 'tsx', path.join(root, 'infra/app.ts')], { cwd: root, env: { ...process.env, CDK_CONTEXT_JSON: JSON.stringify({ settings: file }) } });
    await expectRefused(cdk, 'logRetentonDays', new RegExp(`^postmottak: ${file}: \\(øverste nivå\\): ukjent felt «logRetentonDays» \\(mente du «logRetentionDays»\\?\\); rett filen`));
  }, 60_000);

  it('a deploy (the CDK knows the account) refuses the shipped example alarm address in one line, exit 2 (QA s13 M5)', async () => {
    const shippedFile = path.join(root, 'infra/deployment.json');
    expect((await shipped('infra/deployment.json')).alarmEmail).toBe('postmottak-drift@example.org');
    const cdk = run(process.execPath, ['--import', 'tsx', path.join(root, 'infra/app.ts')], { cwd: root, env: { ...process.env, CDK_DEFAULT_ACCOUNT: '111111111111', CDK_CONTEXT_JSON: '{}' } });
    await expectRefused(cdk, 'the example alarm address', new RegExp(`^postmottak: ${shippedFile}: alarmEmail: postmottak-drift@example\\.org er en eksempeladresse som aldri får e-post; sett driftens adresse`));
  }, 60_000);

  it('knows the domains that never receive mail, and only those', () => {
    for (const address of ['drift@example.org', 'a@example.com', 'a@mail.example.net', 'a@klageorgan.test', 'a@x.invalid', 'a@host.localhost', 'a@drift.example']) expect(reachesNobody(address), address).toBe(true);
    for (const address of ['drift@klageorgan.no', 'a@myexample.org', 'a@example.org.no', 'a@testing.no']) expect(reachesNobody(address), address).toBe(false);
  });

  it('a key far from every known one is named without a guess', async () => {
    const file = await written('deployment-far.json', { alarmEmail: 'drift@klageorgan.test', apiThrottle: { rate: 3 } });
    expect(() => readSettingsFile(file)).toThrow(/apiThrottle: ukjent felt «rate»; rett filen/);
  });
});

describe('a stage that meets a broken settings file (AWS: the function failed its init)', () => {
  // The stored review reason itself: test/robust/settings-failure-reason.test.ts.
  it('failureWords keeps a settings slip\'s line, also inside a Runtime init error, and only the name of any other error', () => {
    const message = '/var/task/letters.json (POSTMOTTAK_LETTERS_FILE): templates.appeal_acknowledgement.nb.title: ukjent plassholder «{x}»; kjente: {caseNumber}; rett filen og start på nytt';
    expect(failureWords({ Error: 'SettingsFileError', Cause: JSON.stringify({ errorType: 'SettingsFileError', errorMessage: message }) })).toBe(`SettingsFileError: ${message}`);
    expect(failureWords({ Error: 'Runtime.UnhandledPromiseRejection', Cause: JSON.stringify({ errorType: 'Runtime.UnhandledPromiseRejection', errorMessage: `SettingsFileError: ${message}` }) })).toBe(`SettingsFileError: ${message}`);
    // Any other failure keeps its name only: a Cause can quote a document.
    expect(failureWords({ Error: 'Error', Cause: JSON.stringify({ errorType: 'Error', errorMessage: 'Kari Nordmann 120385…' }) })).toBe('Error');
  });
});
