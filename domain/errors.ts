/**
 * The errors a stage throws on purpose, by class. Each class fixes its `name`, because that name is
 * what Step Functions sees: statemachines/intake.asl.json retries and catches by these names, and
 * test/statemachine/asl-contract.test.ts checks that every name the ASL matches is listed here.
 */

/** Worth another try later: a conditional write kept losing, a dependency was briefly away. */
export class TransientError extends Error {
  override readonly name = 'TransientError';
}

/**
 * The same bytes were claimed by another upload that has no outcome yet (it is still being processed).
 * Not a TransientError: the ASL waits longer for it than for a lost write, and when the wait runs out the
 * upload ends as the in-flight document's duplicate, never as a technical failure for manual registration.
 */
export class DuplicateInFlight extends Error {
  override readonly name = 'DuplicateInFlight';
}

/** A case a document or a handler names does not exist (yet). */
export class CaseNotFound extends Error {
  override readonly name = 'CaseNotFound';
}

/**
 * The case a document was matched to was closed before the document joined it (given up as opened in
 * error meanwhile): nothing is filed on a closed case; the document goes to review with its reason.
 */
export class CaseClosed extends Error {
  override readonly name = 'CaseClosed';
}

/** An archivist's decision that cannot be applied: the person gets the message, not a stack trace. */
export class DecisionError extends Error {
  override readonly name = 'DecisionError';
}

/** An upload S3 announced is not there (deleted before intake?): the trigger's message fails and is retried. */
export class ObjectNotFoundError extends Error {
  override readonly name = 'ObjectNotFoundError';
}

/** The names of the errors above: the ones the state machines may match besides the platform's. */
export const stageErrorNames = [TransientError, DuplicateInFlight, CaseNotFound, CaseClosed, DecisionError, ObjectNotFoundError].map((E) => new E('').name);

/**
 * Names that Lambda, Step Functions and the AWS SDK raise themselves (not classes of ours), which the
 * ASL retries: throttling and service hiccups.
 */
export const platformErrorNames = [
  'States.ALL',
  'States.TaskFailed',
  'States.Timeout',
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'ServiceUnavailable',
  'SlowDown',
  'StepFunctions.AWSStepFunctionsException',
  'StepFunctions.ExecutionLimitExceededException',
  'StepFunctions.SdkClientException',
] as const;
