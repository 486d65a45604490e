import { loadConfig } from '../config/load.ts';
import { date, queueName } from '../domain/wording/names-nb.ts';

/**
 * What a listing says when it has nothing to list: one line, so an empty answer is never mistaken for
 * a command that did nothing or failed quietly. Only in the words a person reads; with --json an
 * empty listing stays empty (standard output carries JSON lines and nothing else).
 */
export const emptyQueueLine = (queue: string, filtered: boolean) => `Ingen saker i køen ${queueName(queue, loadConfig().areas)}${filtered ? ' med disse valgene' : ''}.`;

export const noPeopleLine = (dataDir: string) => `Ingen personer er lagt til i ${dataDir} ennå (bare startnøklene i tokens.json); postmottak users add NAVN --role ROLLE legger til.`;

export const noLettersLine = (status: string | undefined) => {
  const which: Record<string, string> = { ready: 'klare ', held: 'holdt tilbake ', sent: 'sendte ' };
  return `Ingen ${status ? (which[status] ?? '') : ''}brev i utgående post.`;
};

/** `outbox notices` that wrote none: the day it looked at, and why there can be none. */
export const noNoticesLine = (today: string) => `Ingen varsler i dag (${date(today)}): ingen åpen sak har saksbehandlingsfristen innenfor varslingstiden.`;

export const noDueDeadlinesLine = (before: string) => `Ingen frister forfaller før ${date(before)}.`;
