import { PostmottakConfig } from './config.ts';
import { ExtractedFields } from './fields.ts';
import { ArchivistDecision, Classification, Inspection, IntakeInput, PageExtraction, ProcessResult } from './pipeline.ts';
import { LettersConfig, OutboxLetter } from './letters.ts';
import { Parties } from './parties.ts';
import { DeadlinesResult, ExecutionState, LettersResult, LinkResult, Registration } from './state.ts';

/**
 * The schemas published as JSON Schema (schemas/json/, `npm run schemas`), for the teams of
 * downstream systems and for anything that validates without TypeScript.
 */
export const publishedSchemas = {
  'process-result': ProcessResult,
  'intake-input': IntakeInput,
  'archivist-decision': ArchivistDecision,
  'execution-state': ExecutionState,
  inspection: Inspection,
  'page-extraction': PageExtraction,
  classification: Classification,
  'extracted-fields': ExtractedFields,
  'link-result': LinkResult,
  registration: Registration,
  'deadlines-result': DeadlinesResult,
  config: PostmottakConfig,
  parties: Parties,
  'letters-result': LettersResult,
  'outbox-letter': OutboxLetter,
  'letters-config': LettersConfig,
} as const;
