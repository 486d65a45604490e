import type { DeadlineKind, IsoDate } from '#schemas/taxonomy';
import { awaitingDeadline } from '#domain/deadlines';
import { CaseNotFound } from '#domain/errors';
import type { DeadlineEntry } from '#domain/registry/deadline-book';
import type { StagePorts } from './ports.ts';

/** A case handler opens an awaiting deadline (medical_declaration, expert_statement, consent, comments). */
export async function openDeadlineStage(
  input: { caseId: string; kind: DeadlineKind; openedOn: IsoDate; handlerId: string; at?: string },
  ports: Pick<StagePorts, 'config' | 'cases' | 'audit' | 'clock'>,
): Promise<DeadlineEntry> {
  const deadline = awaitingDeadline(input.kind, input.openedOn, ports.config);
  const record = await ports.cases.get(input.caseId);
  if (!record) throw new CaseNotFound(`case ${input.caseId} does not exist`);
  const openedBy = `handler:${input.handlerId}`;
  const result = await ports.cases.changeDeadlines({ caseId: record.caseId, area: record.area, fresh: false, change: { open: [deadline], openedBy, openedOn: input.openedOn, close: [] } });
  const at = input.at ?? ports.clock.now().toISOString();
  await ports.audit.record({ caseId: record.caseId, event: 'DeadlineOpened', actor: input.handlerId, at, details: { kind: deadline.kind, due: deadline.due } });
  return result.opened[0]!;
}
