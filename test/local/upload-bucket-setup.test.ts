import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awsAccessProblem } from '../../local/aws-access-problems.ts';
import { notLoggedIn } from '../../local/aws-credentials-wording.ts';
import { awsUploadProblem } from '../../local/mailroom/aws-upload-ready.ts';

/**
 * `upload --bucket` on a machine with no AWS region or credentials (QA s10 MEDIUM 5: the SDK's English
 * per file, exit 1): one bokmål line saying what to set, exit 2, before any file is tried.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const sample = path.join(root, 'samples/02-klage-tannbehandling.pdf');
let home: string;

/** This process's environment without any AWS setting, a home with no ~/.aws, and no instance metadata to ask. */
function bareEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('AWS_')));
  return { ...env, HOME: home, AWS_EC2_METADATA_DISABLED: 'true', AWS_CONFIG_FILE: path.join(home, 'none'), AWS_SHARED_CREDENTIALS_FILE: path.join(home, 'none'), ...extra };
}

async function upload(env: NodeJS.ProcessEnv) {
  return promisify(execFile)(process.execPath, [path.join(root, 'bin/postmottak.js'), 'upload', '--bucket', 'qa-test-bucket', '--received', '2025-03-20', sample, sample.replace('02-klage', '01-oversendelse')], { cwd: root, env }).catch(
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
}

beforeAll(async () => {
  home = await mkdtemp(path.join(tmpdir(), 'postmottak-no-aws-'));
});
afterAll(async () => {
  await rm(home, { recursive: true, force: true });
});

describe('upload --bucket without AWS set up', () => {
  it('says in one line that a region must be set, exit 2, no file tried', async () => {
    const failure = await upload(bareEnv());
    expect(failure).toMatchObject({ code: 2, stdout: '' });
    const stderr = (failure as { stderr: string }).stderr;
    expect(stderr).toBe('postmottak: --bucket qa-test-bucket: ingen AWS-region er satt; sett AWS_REGION (for eksempel AWS_REGION=eu-north-1), eller velg en profil med region med AWS_PROFILE; ingenting ble lastet opp\n');
  });

  it('says in one line that credentials are missing when the region is there', async () => {
    const failure = await upload(bareEnv({ AWS_REGION: 'eu-north-1' }));
    expect(failure).toMatchObject({ code: 2, stdout: '' });
    const stderr = (failure as { stderr: string }).stderr;
    expect(stderr.trim().split('\n')).toEqual([`postmottak: --bucket qa-test-bucket: ${notLoggedIn}; ingenting ble lastet opp`]);
    expect(stderr).not.toMatch(/CredentialsProviderError|opplastingen feilet/);
  });

  it('tells a login to do only when there is none or it has run out; any other failure by its code, in the same line for every command', async () => {
    // QA s10 review: every failure to get credentials (a network error, a refused role) was worded as missing setup.
    const s3Failing = (error: unknown) => ({ config: { region: async () => 'eu-north-1', credentials: async () => Promise.reject(error) } }) as unknown as S3Client;
    const refused = Object.assign(new Error('connect ECONNREFUSED 169.254.169.254:80'), { code: 'ECONNREFUSED' });
    expect(await awsUploadProblem(s3Failing(refused), 'b')).toBe('--bucket b: kunne ikke hente AWS-legitimasjon (ECONNREFUSED); ingenting ble lastet opp');
    const denied = Object.assign(new Error('not authorized to perform sts:AssumeRole'), { name: 'AccessDenied' });
    expect(await awsUploadProblem(s3Failing(denied), 'b')).toBe('--bucket b: kunne ikke hente AWS-legitimasjon (AccessDenied); ingenting ble lastet opp');
    for (const name of ['CredentialsProviderError', 'TokenProviderError']) {
      const missing = Object.assign(new Error('The SSO session associated with this profile has expired.'), { name });
      expect(await awsUploadProblem(s3Failing(missing), 'b'), name).toBe(`--bucket b: ${notLoggedIn}; ingenting ble lastet opp`);
      expect(awsAccessProblem(missing, { table: 't', bucket: 'b' }), name).toBe(notLoggedIn);
    }
  });
});
