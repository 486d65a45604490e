import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * The flags of a script under scripts/: `--help` or a flag the script does not take is a person's
 * mistake, so it gets one usage line on stderr and exit 2, never Node's stack trace (QA s16). The
 * usage line is read off the options themselves, so it cannot drift from what the script takes.
 */
export function scriptUsage(name: string, config: Pick<ParseArgsConfig, 'options' | 'allowPositionals'>): string {
  const flags = Object.entries(config.options ?? {}).map(([flag, option]) =>
    option.type === 'boolean' ? `[--${flag}]` : `[--${flag} ${flag.toUpperCase().replaceAll('-', '_')}]${option.multiple ? '...' : ''}`,
  );
  return ['usage:', name, ...flags, ...(config.allowPositionals ? ['[ARG...]'] : [])].join(' ');
}

/** What was wrong, in one short line: Node's own message runs on with advice about `--`. */
function what(error: { code?: string; message: string }): string | null {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  if (quoted === '--help' || quoted === '-h') return null;
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${quoted}`;
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument ${quoted}`;
  return error.message.split('. ')[0] ?? error.message;
}

/** The line a refused command line gets (exported for the test). */
export function refusalLine(name: string, config: ParseArgsConfig, error: { code?: string; message: string }): string {
  const wrong = what(error);
  return wrong ? `${name}: ${wrong}; ${scriptUsage(name, config)}` : scriptUsage(name, config);
}

/** node:util parseArgs, but a refused command line is one line and exit 2. */
export function scriptArgs<T extends ParseArgsConfig>(name: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    if (!(error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) throw error;
    process.stderr.write(`${refusalLine(name, config, error as { code?: string; message: string })}\n`);
    process.exit(2);
  }
}
