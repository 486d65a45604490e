import { spawn, type ChildProcess } from 'node:child_process';

/**
 * `postmottak serve` as people run it: a child process on a free port, resolved with its URL once it
 * says it serves (rejected with its standard error if it exits first).
 */
export function startServeProcess(cli: string, dataDir: string, cwd: string): { process: ChildProcess; url: Promise<string> } {
  const child = spawn(process.execPath, [cli, 'serve', '--data-dir', dataDir, '--port', '0'], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  const url = new Promise<string>((resolve, reject) => {
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const ready = /postmottak serves (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
      if (ready) resolve(ready[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  return { process: child, url };
}
