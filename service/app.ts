import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifySwagger from '@fastify/swagger';
import fastifyStatic from '@fastify/static';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { Taxonomy, WhoAmI } from '#schemas/api';
import { withOpenEventDetails } from '#schemas/open-event-details';
import { handlerOpenableKinds } from '#domain/config';
import type { Identity } from './identity.ts';
import type { ServiceContext } from './ports.ts';
import type { Authenticator } from './auth/authenticator.ts';
import { problemLanguage } from './problem-language.ts';
import { schemaIssueWords, type SchemaIssue } from './schema-issue-words.ts';
import { fieldName } from './field-words.ts';
import { ApiProblem, problemBody, unauthorized } from './problems.ts';
import { identityOf, problems } from './routes/common.ts';
import { requireAnyPermission, requireOperator } from './operations/guard.ts';
import { queueRoutes } from './routes/queues.ts';
import { caseRoutes } from './routes/cases.ts';
import { documentRoutes } from './routes/documents.ts';
import { archiveWorkRoutes } from './routes/archive-work.ts';
import { downstreamRoutes } from './routes/downstream.ts';
import { outboxRoutes } from './routes/outbox.ts';
import { uploadRoutes } from './routes/uploads.ts';
import { reconcileRoutes } from './routes/reconcile.ts';
import { sheetRoutes } from './routes/sheets.ts';
import { placeholderPage } from './placeholder-page.ts';

declare module 'fastify' {
  interface FastifyRequest {
    identity: Identity | null;
  }
  interface FastifyInstance {
    /** Every documented /api operation as "get /api/v1/cases/{case}": what /openapi.json must list. */
    apiOperations: string[];
  }
}

import { apiPrefix } from './api-prefix.ts';

export { apiPrefix };
export const apiVersion = '1.0.0';

export interface AppDeps {
  context: ServiceContext;
  authenticator: Authenticator;
  /** The page's static files (web/), served at /; a placeholder page when absent. */
  webDir?: string | null | undefined;
  /** Largest scan the intake route takes (bytes); the pipeline's own limit applies after. */
  maxUploadBytes?: number;
  /** Fastify's request logger; off by default, since URLs may name people's documents. */
  logger?: boolean;
}

/**
 * The HTTP app: the JSON API under /api/v1, its OpenAPI document at /openapi.json, and the page at /.
 * It does not listen: `postmottak serve` listens on loopback, and the Lambda handler behind API
 * Gateway wraps the same app with @fastify/aws-lambda, so both run every route alike.
 */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({ logger: deps.logger ?? false, bodyLimit: 1024 * 1024, return503OnClosing: true }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('identity', null);
  const operations: string[] = [];
  app.decorate('apiOperations', operations);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/') && !route.config?.who) throw new Error(`${route.method} ${route.url} says not who may call it (config.who, service/routes/common.ts)`);
    if (!route.url.startsWith('/api/') || (route.schema as { hide?: boolean } | undefined)?.hide) return;
    for (const method of [route.method].flat()) if (method !== 'HEAD') operations.push(`${method.toLowerCase()} ${route.url.replace(/:(\w+)/g, '{$1}')}`);
  });
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, request, new ApiProblem('not-found', `There is nothing at ${request.method} ${request.url.split('?')[0]}. The API is described at /openapi.json.`, `Det finnes ingenting på ${request.method} ${request.url.split('?')[0]}. Tjenesten er beskrevet i /openapi.json.`)),
  );

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'postmottak API',
        version: apiVersion,
        description:
          'The incoming-mail pipeline of a Norwegian appeals body: queues, cases, documents, deadlines and the review queue. ' +
          'Every /api call needs Authorization: Bearer <token>; errors are application/problem+json (RFC 9457), their title and detail in English, or in Norwegian bokmål when Accept-Language ranks nb (or no, nn) above en; Content-Language says which. A 400 for input the schema refuses also lists each field in errors[] (in, path, code). Any operation can answer 500 for a failure on our side; the ones listed are where it is planned. ' +
          'Case numbers read 2025/00001; paths carry them without the slash (2025-00001).',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  // The events' details are open to consumers as in schemas/json/events (README "Events": versions).
  app.get('/openapi.json', { schema: { hide: true } }, () => withOpenEventDetails(app.swagger()));

  // Answers carry personal data: no cache keeps them, no other site frames or sniffs them.
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-content-type-options', 'nosniff').header('referrer-policy', 'no-referrer').header('x-frame-options', 'DENY');
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  await app.register(
    async (api) => {
      api.addHook('onRequest', async (request) => {
        request.identity = await deps.authenticator.identify(request);
        if (!request.identity) throw unauthorized('Sign in with a token: send Authorization: Bearer <token>. A missing, unknown or revoked token gets this answer.', 'Logg inn med en nøkkel. Nøkkelen mangler, er ukjent eller er trukket tilbake.');
        // The role before the input (QA s13 c #7): nobody is told how to fix a request they may not make.
        const who = request.routeOptions.config?.who;
        if (who === 'operator') requireOperator(request.identity);
        else if (who && who !== 'signed-in') requireAnyPermission(request.identity, who);
      });
      api.get('/me', { config: { who: 'signed-in' }, schema: { tags: ['meta'], summary: 'Who the token belongs to', response: { 200: WhoAmI, ...problems(401) } } }, (request) => identityOf(request));
      api.get('/taxonomy', { config: { who: 'signed-in' }, schema: { tags: ['meta'], summary: 'Document types, case areas and deadline kinds, as configured (for pickers)', response: { 200: Taxonomy, ...problems(401) } } }, () => {
        const { config } = deps.context;
        return {
          documentTypes: config.typeRules.map((r) => ({ code: r.type, name: r.names.nb, caseMode: r.caseMode })),
          areas: config.areas.map((a) => ({ code: a.code, name: a.name, keywords: a.keywords })),
          awaitingDeadlineKinds: handlerOpenableKinds(config),
          reviewThreshold: config.reviewThreshold,
          decisionDateTypes: config.typeRules.filter((r) => r.requiresDecisionDate).map((r) => r.type),
        };
      });
      await api.register(queueRoutes(deps.context));
      await api.register(caseRoutes(deps.context));
      await api.register(documentRoutes(deps.context, { maxUploadBytes: deps.maxUploadBytes ?? 200 * 1024 * 1024 }));
      await api.register(archiveWorkRoutes(deps.context, { maxUploadBytes: deps.maxUploadBytes ?? 200 * 1024 * 1024 }));
      await api.register(downstreamRoutes(deps.context));
      await api.register(outboxRoutes(deps.context));
      await api.register(uploadRoutes(deps.context));
      // Only where something can reconcile on request (serve's embedded stack): the deployed API has no
      // reconciler (a schedule does it), so the route is not in its table or its OpenAPI document.
      if (deps.context.reconciler) await api.register(reconcileRoutes(deps.context));
      await api.register(sheetRoutes(deps.context));
    },
    { prefix: apiPrefix },
  );

  if (deps.webDir && existsSync(deps.webDir)) {
    // The page asks for /config.json at every load (in AWS it names the hosted sign-in); served here it
    // signs in with a token, and says so rather than leave a 404 in the browser's console.
    if (!existsSync(path.join(deps.webDir, 'config.json'))) app.get('/config.json', { schema: { hide: true } }, (_request, reply) => reply.header('cache-control', 'no-store').send({ auth: 'token' }));
    await app.register(fastifyStatic, { root: deps.webDir, prefix: '/', index: 'index.html' });
  } else {
    app.get('/', { schema: { hide: true } }, (_request, reply) => reply.type('text/html; charset=utf-8').send(placeholderPage));
  }
  return app;
}

/** RFC 9110 §15.5.2: a 401 says which scheme the client must use (a bearer token: local or Cognito). */
const CHALLENGE = 'Bearer realm="postmottak"';

function sendProblem(reply: FastifyReply, request: FastifyRequest, problem: ApiProblem) {
  const language = problemLanguage(request.headers['accept-language']);
  if (problem.status === 401) reply.header('www-authenticate', CHALLENGE);
  if (problem.retryAfterSeconds !== null) reply.header('retry-after', String(problem.retryAfterSeconds));
  return reply
    .code(problem.status)
    .type('application/problem+json')
    .header('content-language', language)
    .header('vary', 'Accept-Language')
    .serializer((body: unknown) => JSON.stringify(body))
    .send(problemBody(problem, request.url.split('?')[0] ?? request.url, language));
}

/** The value at `path` in what the request sent, undefined where there is none. */
function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let at = value;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

/** A sentence's first letter up. */
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A request the schema refuses, as a person reads it: each invalid parameter or field by its name in words and
 * what it must be, in English and in bokmål (./field-words.ts, ./schema-issue-words.ts): «Poststed: et poststed
 * er et navn, uten sifre.», never the schema's path («place: …»). The paths are for programs, in `errors[]`.
 */
function validationProblem(error: FastifyError, request: FastifyRequest): ApiProblem {
  const sent: Record<string, unknown> = { body: request.body, querystring: request.query, params: request.params, headers: request.headers };
  const where = error.validationContext ?? 'body';
  const issues = (error.validation ?? []).slice(0, 5).map((issue) => {
    const params = issue.params as { issue?: SchemaIssue & { path?: (string | number)[] } } | undefined;
    const keys = params?.issue?.path ?? issue.instancePath.split('/').filter(Boolean);
    // fastify-type-provider-zod gives zod's issue as keyword (its code), message and params (the rest).
    const given: SchemaIssue = params?.issue ?? { code: issue.keyword, ...(issue.message ? { message: issue.message } : {}), ...(issue.params as Omit<SchemaIssue, 'code' | 'message'>) };
    // Whether the request had the field at all: «limit=abc» is not a number, an absent field is missing.
    const zodIssue: SchemaIssue = given.code === 'invalid_type' ? { ...given, present: valueAt(sent[where], keys) !== undefined } : given;
    const name = fieldName(keys, where);
    const words = schemaIssueWords(zodIssue);
    return { en: `${name.en} ${words.en}`, nb: `${name.nb}: ${words.nb}`, error: { in: where, path: keys.join('.'), code: String(given.code ?? issue.keyword) } };
  });
  const listed = (language: 'en' | 'nb') => capitalised(issues.map((i) => i[language]).join('; '));
  return new ApiProblem('bad-request', `${listed('en')}.`, `${listed('nb')}.`).with({ errors: issues.map((i) => i.error) });
}

function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof ApiProblem) return sendProblem(reply, request, error);
  if (hasZodFastifySchemaValidationErrors(error)) return sendProblem(reply, request, validationProblem(error, request));
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    // A route that takes a scan as its body says so (config.fileBody): only there is a body too large «Filen».
    const fileBody = request.routeOptions.config?.fileBody === true;
    const problem = new ApiProblem(status === 401 ? 'unauthorized' : status === 403 ? 'forbidden' : status === 404 ? 'not-found' : 'bad-request', ...clientErrorDetail(error, fileBody));
    const language = problemLanguage(request.headers['accept-language']);
    const tooLarge = { en: fileBody ? 'The upload is too large' : 'The body is too large', nb: fileBody ? 'Filen er for stor' : 'Innholdet er for stort' }[language];
    if (status === 401) reply.header('www-authenticate', CHALLENGE);
    return reply
      .code(status)
      .type('application/problem+json')
      .header('content-language', language)
      .header('vary', 'Accept-Language')
      .serializer((body: unknown) => JSON.stringify(body))
      .send({ ...problemBody(problem, request.url.split('?')[0] ?? request.url, language), status, ...(status === 413 ? { title: tooLarge } : {}) });
  }
  // What went wrong is for the operator's log (names and codes, no document data); the caller gets no stack trace.
  request.log.error({ err: { name: error.name, code: error.code, message: error.message } }, 'request failed');
  process.stderr.write(`postmottak serve: ${request.method} ${request.routeOptions.url ?? ''} failed: ${error.name}${error.code ? ` ${error.code}` : ''}\n`);
  return sendProblem(reply, request, new ApiProblem('internal', 'The request failed on our side. Try again; if it keeps failing, tell the operator the time it happened.', 'Forespørselen feilet hos oss. Prøv igjen; feiler den fortsatt, si fra til driften når det skjedde.'));
}

function clientErrorDetail(error: FastifyError, fileBody: boolean): [string, string] {
  switch (error.code) {
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return ['The body is empty but declared as JSON: send a JSON object, or no Content-Type header.', 'Innholdet er tomt, men oppgitt som JSON: send et JSON-objekt, eller ikke noe Content-Type-felt.'];
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return ['The body is not valid JSON: send a JSON object (check quotes, commas and braces).', 'Innholdet er ikke gyldig JSON: send et JSON-objekt (se etter anførselstegn, komma og klammer).'];
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return ['Send the body as application/json.', 'Send innholdet som application/json.'];
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return fileBody ? ['The file is larger than this API takes.', 'Filen er større enn tjenesten tar imot.'] : ['The body is larger than this API takes.', 'Innholdet er større enn tjenesten tar imot.'];
    default: {
      // Fastify's own words for what it refused: English only, so the bokmål says what kind of refusal it was.
      const detail = error.message.replace(/\s+/g, ' ').slice(0, 300);
      return [detail, `Tjenesten avviste forespørselen (${detail})`];
    }
  }
}
