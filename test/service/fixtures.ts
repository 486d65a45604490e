import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ProcessResult } from '#schemas/pipeline';
import { Role } from '#schemas/api';
import type { PostmottakEvent } from '#schemas/events';
import { buildApp } from '../../service/app.ts';
import { addPerson, ensureStarterTokens, localTokenAuthenticator, type StarterTokens } from '../../service/auth/local-tokens.ts';
import { openLocalRuntime, type LocalRuntime } from '../../local/service-runtime.ts';
import { renderTextPdf, zipArchive } from '../../corpus/render.ts';
import { idFor } from '../support/national-ids.ts';

/**
 * The real app over the real embedded stack (loopback S3 and DynamoDB, the in-process state
 * machine) in a temporary data dir, seeded through the pipeline itself with synthetic letters.
 */
export const kari = idFor(12, 3, 85);
const nobody = idFor(24, 11, 90);

export const transferLetter = [
  'Helfo', 'Postboks 2415, 3104 Tønsberg', '',
  'Nasjonalt klageorgan for helsetjenesten', '',
  'Vår ref.: 24/113188                           Dato: 18.03.2025', '',
  'OVERSENDELSE AV KLAGESAK – STØNAD TIL TANNBEHANDLING', '',
  `Vi oversender klagesak for Kari Nordmann, fødselsnummer ${kari}.`,
  'Saken gjelder stønad til tannbehandling etter folketrygdloven § 5-6.',
  'Helfo avslo søknaden i vedtak datert 12.02.2025. Klagen kom inn 24.02.2025.',
  'Vi har vurdert klagen, men finner ikke grunn til å endre vedtaket.', '',
  'Sakens dokumenter følger vedlagt.', '', 'Med vennlig hilsen', 'Helfo',
];

/** A medical declaration for someone with no case: "must be linked", so it waits for an archivist. */
export const orphanDeclaration = [
  'Bergen legevakt', '', 'LEGEERKLÆRING', '',
  `Pasient: Lise Larsen, fødselsnummer ${nobody}`, '',
  'Diagnose: M54.5 Lumbago (ICD-10).',
  'Pasienten har hatt ryggsmerter i seks måneder. Funksjonsevnen er nedsatt ved løft.',
  'Pasienten er delvis arbeidsufør.', '', 'Bergen, 14.03.2025', 'Hans Moe, lege',
];

/** A dentist's medical declaration for Kari, who has a case (the seeded transfer's): routed onto it. */
export const declarationOnKarisCase = [
  'Tannlegesenteret Bryn', '', 'LEGEERKLÆRING', '',
  `Pasient: Kari Nordmann, fødselsnummer ${kari}`, '',
  'Diagnose: K05.3 Kronisk periodontitt (ICD-10).',
  'Pasienten trenger omfattende tannbehandling. Funksjonsevnen er nedsatt.', '',
  'Oslo, 14.03.2025', 'Eva Holm, lege',
];

export interface TestService {
  app: FastifyInstance;
  runtime: LocalRuntime;
  dataDir: string;
  tokens: StarterTokens;
  transferPdf: Buffer;
  seeded: { transfer: ProcessResult; orphan: ProcessResult; rejected: ProcessResult };
  as(role: Role): { authorization: string };
  person(name: string, role: Role): Promise<{ authorization: string }>;
  close(): Promise<void>;
}

export interface BareService {
  app: FastifyInstance;
  runtime: LocalRuntime;
  dir: string;
  dataDir: string;
  tokens: StarterTokens;
}

/** The app over an empty embedded stack. */
export async function openBareService(): Promise<BareService> {
  const dir = await mkdtemp(path.join(tmpdir(), 'postmottak-service-'));
  const dataDir = path.join(dir, 'state');
  const runtime = await openLocalRuntime({ dataDir, command: 'test' });
  const tokens = await ensureStarterTokens(dataDir);
  const app = await buildApp({ context: runtime.context, authenticator: localTokenAuthenticator(dataDir), webDir: null });
  return { app, runtime, dir, dataDir, tokens };
}

export async function openTestService(): Promise<TestService> {
  const { app, runtime, dir, dataDir, tokens } = await openBareService();
  const mailroom = { person: 'mailroom', role: 'archivist' as const };
  const { handIn } = await import('../../service/operations/intake.ts');
  const dates = { receivedDate: '2025-03-20', postmarkDate: null };
  const transferPdf = await renderTextPdf([transferLetter]);
  const transfer = await handIn(runtime.context, mailroom, { bytes: transferPdf, fileName: 'transfer.pdf', ...dates });
  const orphan = await handIn(runtime.context, mailroom, { bytes: await renderTextPdf([orphanDeclaration]), fileName: 'orphan.pdf', ...dates });
  const rejected = await handIn(runtime.context, mailroom, { bytes: zipArchive(), fileName: 'archive.pdf', ...dates });
  return {
    app,
    runtime,
    dataDir,
    tokens,
    transferPdf,
    seeded: { transfer, orphan, rejected },
    as: (role) => ({ authorization: `Bearer ${tokens[role]}` }),
    person: async (name, role) => ({ authorization: `Bearer ${await addPerson(dataDir, name, role)}` }),
    async close() {
      await app.close();
      await runtime.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Keeps every event the service publishes, in order, and still publishes it (the data dir's feed). */
export function keepPublished(service: { runtime: LocalRuntime }): PostmottakEvent[] {
  const published: PostmottakEvent[] = [];
  const publish = service.runtime.context.events.publish.bind(service.runtime.context.events);
  service.runtime.context.events = { publish: async (events) => { published.push(...events); await publish(events); } };
  return published;
}

/** Every role the service knows (schemas/api.ts). */
export const allRoles: Role[] = [...Role.options];

/** The roles an operation's OpenAPI description names («Roles: archivist, caseworker.», once or more); every role when it names none, none for the operator's own. */
export function documentedRoles(description: string | undefined): Role[] {
  if (!description) return allRoles;
  if (description.includes("operator's alone")) return [];
  const named = [...description.matchAll(/Roles: ([a-z, ]+)\./g)].flatMap((m) => m[1]!.split(', ') as Role[]);
  return named.length ? named : allRoles;
}
