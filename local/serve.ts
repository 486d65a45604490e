import { parseArgs } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../service/app.ts';
import { localTokenAuthenticator, ensureStarterTokens, newToken } from '../service/auth/local-tokens.ts';
import { openLocalRuntime } from './service-runtime.ts';
import { removeServeInfo, runningServe, writeServeInfo } from './serve-info.ts';
import { StateRefusal, UsageError } from './usage-error.ts';
import { buildWebBundle } from '../service/web-bundle.ts';
import { missingInbox, settleMsOf, watchForServe, watchingLine } from './watch/serve-watch.ts';

export const webDir = fileURLToPath(new URL('../web/', import.meta.url));

/**
 * `postmottak serve`: holds the embedded stack of a data dir and serves the page, the API and
 * /openapi.json on loopback until SIGINT or SIGTERM. While it runs, serve.json tells the other
 * commands on the same data dir to go through it.
 */
export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      'data-dir': { type: 'string', default: '.postmottak' },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '4100' },
      verbose: { type: 'boolean', default: false },
      watch: { type: 'string' },
      settle: { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port må være et portnummer (0–65535), ikke «${values.port}»`);
  const dataDir = path.resolve(values['data-dir']);
  const settleMs = settleMsOf(values.settle);
  if (values.settle !== undefined && !values.watch) throw new UsageError('--settle gjelder bare sammen med --watch MAPPE');
  const inbox = values.watch === undefined ? null : path.resolve(values.watch);
  const inboxProblem = inbox && (await missingInbox(inbox));
  if (inboxProblem) throw new StateRefusal(inboxProblem);

  // A second serve would wait for the first's lock, which it holds until stopped: say so at once.
  const serving = await runningServe(dataDir);
  if (serving) throw new StateRefusal(`postmottak serve kjører allerede på ${dataDir} (pid ${serving.pid}) og svarer på ${serving.url}: bruk den, eller stopp den (Ctrl+C der, eller kill ${serving.pid}) før du starter en ny`);
  const runtime = await openLocalRuntime({ dataDir, command: 'serve', verbose: values.verbose, warmUpClassifier: true });
  const operatorToken = newToken();
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  try {
    await ensureStarterTokens(dataDir);
    await buildWebBundle(webDir);
    app = await buildApp({ context: runtime.context, authenticator: localTokenAuthenticator(dataDir, { operatorToken }), webDir, logger: false });
    await app.listen({ host: values.host, port });
  } catch (error) {
    await app?.close();
    await runtime.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new UsageError(`port ${port} på ${values.host} er opptatt; velg en annen med --port`);
    throw error;
  }
  const address = app.server.address();
  const actualPort = address && typeof address === 'object' ? address.port : port;
  const url = `http://${values.host.includes(':') ? `[${values.host}]` : values.host}:${actualPort}`;
  await writeServeInfo(dataDir, { url, pid: process.pid, operatorToken, startedAt: new Date().toISOString() });
  process.stderr.write(`postmottak serves ${url}\n`);
  process.stderr.write(`  datamappe ${dataDir}; nøkler i ${path.join(dataDir, 'tokens.json')}\n`);
  // A watched inbox (issue #15): what a scanner drops into the folder is taken in once complete.
  const watcher = inbox ? await watchForServe(runtime.context, dataDir, inbox, (line) => process.stderr.write(`watch: ${line}\n`), settleMs) : null;
  if (inbox) process.stderr.write(`${watchingLine(inbox, settleMs)}\n`);

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  process.stderr.write('postmottak serve: stopper\n');
  await watcher?.close();
  await removeServeInfo(dataDir);
  await app.close();
  await runtime.close();
  return 0;
}
