import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runtime = fileURLToPath(new URL('./lambda-runtime.mjs', import.meta.url));

/** The uid/gid of `nobody`: a user for whom the asset folder is read-only (root ignores file modes). */
export const unprivileged = { uid: 65534, gid: 65534 };

export interface SandboxOptions {
  readonly name: string;
  readonly arn: string;
  /** The asset folder, outside the repository, made read-only before the sandbox starts. */
  readonly taskRoot: string;
  /** The function's environment as the template gives it, references resolved. */
  readonly environment: Readonly<Record<string, string>>;
  /** What the sandbox adds that Lambda would set (region, endpoints of the loopback servers, credentials). */
  readonly platform: Readonly<Record<string, string>>;
  readonly handler: string;
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
}

export interface InitReport {
  readonly codeWritable: boolean;
  readonly tmpWritable: boolean;
  readonly initMs: number;
}

/** An invocation's error as Lambda reports it to Step Functions: the error's name is what Retry and Catch match. */
export class FunctionError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/**
 * One Lambda execution environment: a separate Node process, as an unprivileged user, whose working
 * directory is the function's read-only asset folder and whose environment is the template's plus
 * what Lambda itself sets. Nothing of the test process's environment leaks into it.
 */
export class LambdaSandbox {
  readonly logs: string[] = [];
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private nextId = 0;

  private constructor(
    readonly options: SandboxOptions,
    private readonly child: ChildProcess,
    readonly init: InitReport,
  ) {
    child.on('message', (message: { type: string; id?: number; result?: unknown; error?: { name: string; message: string } }) => {
      const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id!);
      if (message.type === 'result') waiting.resolve(message.result);
      else waiting.reject(new FunctionError(message.error!.name, message.error!.message));
    });
    child.on('exit', (code) => {
      for (const waiting of this.pending.values()) waiting.reject(new FunctionError('Runtime.ExitError', `${options.name} exited with ${code}`));
      this.pending.clear();
    });
  }

  static async start(options: SandboxOptions): Promise<LambdaSandbox> {
    const env: Record<string, string> = {
      PATH: '/usr/local/bin:/usr/bin:/bin',
      HOME: '/tmp',
      TZ: ':UTC',
      LANG: 'en_US.UTF-8',
      AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
      AWS_LAMBDA_FUNCTION_NAME: `postmottak-${options.name}`,
      AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(options.memoryMb),
      AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/postmottak-${options.name}`,
      AWS_LAMBDA_LOG_STREAM_NAME: 'sandbox',
      LAMBDA_TASK_ROOT: options.taskRoot,
      _HANDLER: options.handler,
      ...options.platform,
      ...options.environment,
    };
    const child = spawn(process.execPath, [runtime], { cwd: options.taskRoot, env, ...unprivileged, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    const logs: string[] = [];
    const collect = (chunk: Buffer) => logs.push(...chunk.toString('utf8').split('\n').filter((line) => line.trim()));
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    const init = await new Promise<InitReport>((resolve, reject) => {
      child.once('message', (message: { type: string; error?: { name: string; message: string } } & InitReport) => {
        if (message.type === 'ready') resolve({ codeWritable: message.codeWritable, tmpWritable: message.tmpWritable, initMs: message.initMs });
        else reject(new FunctionError(message.error?.name ?? 'Runtime.InitError', `${options.name} failed to initialise: ${message.error?.message}\n${logs.join('\n')}`));
      });
      child.once('exit', (code) => reject(new Error(`${options.name} exited with ${code} during init:\n${logs.join('\n')}`)));
    });
    const sandbox = new LambdaSandbox(options, child, init);
    child.stdout!.off('data', collect);
    child.stderr!.off('data', collect);
    sandbox.logs.push(...logs);
    const keep = (chunk: Buffer) => sandbox.logs.push(...chunk.toString('utf8').split('\n').filter((line) => line.trim()));
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    return sandbox;
  }

  invoke(event: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.send({ id, event, functionArn: this.options.arn, timeoutMs: this.options.timeoutSeconds * 1000 });
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}
