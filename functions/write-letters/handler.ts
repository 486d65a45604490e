import { stageHandler } from '#commons/handler';
import { stagePortsWithBlobs } from '#commons/ports';
import { logger } from '#commons/powertools';
import { dbFromEnv } from '#commons/store/service';
import { dynamoLetterRepository } from '#commons/store/letters';
import { loadLettersConfig } from '#config/letters';
import { pdfLetterRenderer } from '#engines/pdf/letter-renderer';
import { writeLettersStage } from '#stages/write-letters';
import { DeadlinesResult, ExecutionState, LinkResult, Registration } from '#schemas/state';

/**
 * WriteLetters: the acknowledgement a new case (or an anke) calls for, as PDF/A in outbox/, journaled
 * on the case (Noark type U), announced by LetterReady (stages/write-letters.ts). Logs carry ids,
 * kinds and statuses: never a name, an address or the letter's text.
 */
const WriteLettersInput = ExecutionState.extend({ link: LinkResult, registration: Registration, deadlines: DeadlinesResult });

// Loaded at the cold start: a slip in the letters file fails the function's init, naming the file and
// the field (SettingsFileError), rather than one document after another being turned into a review item.
const lettersConfig = loadLettersConfig();

export const handler = stageHandler('write-letters', WriteLettersInput, async (state) => {
  const ports = { ...stagePortsWithBlobs(), letters: dynamoLetterRepository(dbFromEnv()), renderer: pdfLetterRenderer, lettersConfig };
  const letters = await writeLettersStage(state, ports);
  logger.info('letters', { caseId: state.registration.caseId, letters: letters.map((l) => ({ letterId: l.letterId, kind: l.kind, status: l.status, created: l.created })) });
  return letters;
});
