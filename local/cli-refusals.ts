import type { ApiProblem } from '../service/problems.ts';
import { withIdsMasked } from './usage-error.ts';

/**
 * The one line a person's mistake gets on the command line (exit 2), in bokmål like every human line
 * of the CLI: our own refusals are written in bokmål where they are thrown; Node's argument parser
 * speaks English, so its three refusals are said again here; a refusal the service gave (an
 * ApiProblem) is told in its bokmål words.
 */
const optionIn = (message: string) => /'(-[^' ]+)/.exec(message)?.[1] ?? '';
const argumentIn = (message: string) => /'([^']*)'/.exec(message)?.[1] ?? '';

export function parseArgsRefusal(error: { code?: string; message: string }): string {
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `ukjent valg ${optionIn(error.message)}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return error.message.includes('does not take an argument') ? `${optionIn(error.message)} tar ingen verdi` : `${optionIn(error.message)} mangler verdien sin`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `kommandoen tar ingen argumenter, ikke «${argumentIn(error.message)}»`;
    default:
      return error.message;
  }
}

/** «postmottak: <what is wrong> (postmottak --help viser kommandoene)». */
export const usageLine = (what: string) => `postmottak: ${withIdsMasked(what).replaceAll('\n', ' ')} (postmottak --help viser kommandoene)`;

/** A refusal the service's operation gave, in bokmål whichever way the command ran (ServiceClient asks serve for nb). */
export const problemLine = (problem: ApiProblem) => `postmottak: ${problem.detailNb ?? problem.detail}`;

/** A date option or column that is no day: both forms it takes are named, with an example. */
export const notADate = (what: string, typed: string) =>
  `${what}: «${typed}» er ingen dato; skriv den som dd.mm.åååå eller åååå-mm-dd, for eksempel 20.03.2025 eller 2025-03-20`;

export const unknownCommand = (command: string) => `ukjent kommando «${command}»`;
