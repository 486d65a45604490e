import { scriptArgs } from './script-args.ts';


/**
 * The flags of `npm run eval` (scripts/eval.ts). Its own module so a test can hold the default the
 * lead relies on: the unseen writers' test half is scored only with --test-half.
 */
export function evalOptions(args: string[]) {
  return scriptArgs('eval', { args, options: { errors: { type: 'boolean', default: false }, model: { type: 'string' }, 'test-half': { type: 'boolean', default: false } } }).values;
}
