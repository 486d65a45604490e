import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '#config/load';
import { eventTypes } from '#schemas/events';
import { letterKinds } from '#schemas/letters';
import { auditEntryNames, journalEntryNames, journalTime, journalWords, type JournalEntryName } from '#domain/journal/wording';
import { DocumentView } from '#schemas/api';
import { deadlineNames, documentStatusNames, journalNames, letterKindNames } from '../../web/src/labels.ts';
import { configuredNames } from '#domain/wording/names-nb';

/**
 * The case journal on the page, in bokmål (issue 11's leftover): every event type of schemas/events.ts
 * and every name the audit trail is written with has words. The audit names are found by reading the
 * code that writes them, so a new one without words fails here.
 */
const root = path.resolve(import.meta.dirname, '../..');
const config = loadConfig();
const names = journalNames(configuredNames(config));

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

/** `event: 'Name'` and `event: cond ? 'A' : 'B'` where journal and audit lines are written. */
function writtenNames(): Set<string> {
  const found = new Set<string>();
  for (const file of ['stages', 'service', 'functions', 'local'].flatMap(sourceFiles)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bevent: ([^\n]*?)(?:, (?:actor|at)\b|,\s*$)/gm)) {
      for (const literal of m[1]!.matchAll(/'([A-Z][A-Za-z]+)'/g)) found.add(literal[1]!);
    }
  }
  return found;
}

/** Details as the journal carries them, covering each sentence's branches. */
const samples: Record<JournalEntryName, Record<string, unknown>> = {
  DocumentReceived: { receivedDate: '2025-03-20', postmarkDate: '2025-03-18', format: 'pdf', pageCount: 2 },
  DocumentRejected: { reason: 'The file is empty.', queue: 'quarantine' },
  DocumentInReview: { reason: 'Unsure.', queue: 'review', documentType: 'appeal', area: 'dental', confidence: 0.62 },
  DocumentRegistered: { documentType: 'medical_declaration', journalStatus: 'J' },
  CaseCreated: { documentType: 'appeal', journalStatus: 'J' },
  CaseRouted: { caseNumber: '2025/00001', queue: 'unassigned/dental', area: 'dental', keywords: ['tannbehandling'], priority: 2 },
  CaseClaimed: { handlerId: 'h123', area: 'dental' },
  CaseReleased: { handlerId: 'h123', area: 'dental' },
  DeadlineOpened: { kind: 'appeal_deadline', due: '2025-03-20', missed: true, openedBy: 'h123' },
  DeadlineClosed: { kind: 'grounds', closedBy: 'doc-1' },
  ClassificationCorrected: { documentId: 'doc-1', changes: { documentType: { from: 'appeal', to: 'medical_declaration' }, area: { from: 'dental', to: 'pharmacy' }, receivedDate: { from: '2025-03-20', to: '2025-03-19' }, case: { from: '2025/00001', to: '2025/00002' } } },
  LetterReady: { letterId: 'l-1', kind: 'appeal_acknowledgement', language: 'nn', status: 'held', letterDate: '2025-03-21', screeningCode: 'Offl. § 13, jf. fvl. § 13 første ledd nr. 1' },
  ArchivistDecision: { documentType: 'appeal', area: 'dental', caseId: '2025-00001', decisionDate: '2025-03-03', decisionReceivedDate: '2025-03-05' },
  DocumentMovedOut: { documentId: 'doc-1', changes: { case: { from: '2025/00001', to: '2025/00002' } } },
  DocumentMarkedDuplicate: { outcome: 'duplicate', duplicateOf: 'doc-0' },
  MailForwarded: { outcome: 'forwarded', forwardedTo: 'Helfo' },
  QuarantineRetried: { replacedBy: 'doc-2', outcome: 'routed' },
  LetterReleased: { letterId: 'l-1', kind: 'appeal_acknowledgement' },
  LetterSent: { letterId: 'l-1', kind: 'appeal_acknowledgement', sentOn: '2025-03-21' },
  PartyCorrected: { role: 'appellant', readdressed: ['l-1'] },
  PartyAdded: { role: 'representative', readdressed: ['l-1'] },
  ReconcileRun: { redrive: true, outcome: 'routed', documentIds: ['doc-1', 'doc-2'] },
  CaseGivenUp: { cause: 'moved', movedTo: '2025/00004', withdrawnLetters: ['appeal_acknowledgement'], sentLetters: ['extended_processing_time'] },
  DocumentRegisteredBeforeMove: { documentType: 'appeal', journalStatus: 'J', createdCase: true, movedTo: '2025/00004' },
  AttachmentMarked: { item: 'Kopi av vedtak', resolution: 'not_needed' },
};

/** Words that give away English, or codes and raw data, on a bokmål page. */
const ENGLISH = /\b(the|is|was|case|document|opened|closed|created|registered|received|routed|letter|sent|deadline|review)\b/i;
const CODE = /\b[a-z]+_[a-z_]+\b|[{}"]|\d{4}-\d{2}-\d{2}/;

describe('the case journal in bokmål', () => {
  it('has words for every event type and for every name the audit trail is written with', () => {
    const written = writtenNames();
    // The reading of the code finds what it should: the event names and the audit trail's own.
    expect(written.has('ArchivistDecision')).toBe(true);
    expect(written.has('CaseCreated')).toBe(true);
    const known = new Set<string>(journalEntryNames);
    expect([...eventTypes, ...written].filter((name) => !known.has(name))).toEqual([]);
    // And none of the audit names is words for something nothing writes.
    expect(auditEntryNames.filter((name) => !written.has(name))).toEqual([]);
  });

  it.each(journalEntryNames)('words %s in bokmål, with its details and without codes, raw data or ISO dates', (name) => {
    const words = journalWords({ event: name, actor: 'kari', details: samples[name] }, names);
    const text = `${words.title} ${words.detail ?? ''}`;
    expect(words.title.length).toBeGreaterThan(5);
    expect(text).not.toMatch(ENGLISH);
    expect(text).not.toMatch(CODE);
  });

  it('says what an archivist expects', () => {
    const say = (event: JournalEntryName, details: Record<string, unknown> = samples[event]) => journalWords({ event, actor: 'postmottak', details }, names);
    expect(say('CaseCreated')).toEqual({ title: 'Sak opprettet', detail: 'av inngående dokument (I): klage på vedtak, journalstatus J – journalført' });
    expect(say('DocumentRegistered').title).toBe('Dokument journalført (I)');
    expect(say('DocumentRegistered').detail).toContain('Legeerklæring');
    expect(say('DeadlineOpened', { kind: 'appeal_deadline', due: '2025-03-20' })).toEqual({ title: 'Frist åpnet: klagefrist 20. mars 2025', detail: null });
    expect(say('DeadlineOpened').detail).toBe('oversittet, åpnet av h123');
    expect(say('CaseRouted').title).toBe('Sak fordelt til Ufordelte saker – Tannbehandling');
    expect(say('ClassificationCorrected').detail).toBe(
      'dokumenttype Klage på vedtak → Legeerklæring; saksområde Tannbehandling → Legemidler (blåresept); mottatt 20. mars 2025 → 19. mars 2025; sak 2025/00001 → 2025/00002',
    );
    // The letter's outgoing entry (Noark 5 U), beside the incoming ones (QA s11: the journal had no U entries).
    expect(say('LetterReady')).toEqual({ title: 'Utgående brev journalført (U): bekreftelse på mottatt klage', detail: 'holdt tilbake, nynorsk, brevdato 21. mars 2025, skjermet: Offl. § 13, jf. fvl. § 13 første ledd nr. 1' });
    expect(say('LetterReady', { kind: 'extended_processing_time', language: 'nb', status: 'ready' })).toEqual({ title: 'Utgående brev journalført (U): varsel om forlenget svarfrist', detail: 'klart til utsending, bokmål' });
    expect(say('LetterReleased').title).toBe('Tilbakeholdt brev frigitt med rettet adresse');
    // An address read from the appeal in the same bundle was corrected by nobody (QA session 13).
    expect(say('LetterReleased', { ...samples.LetterReleased, addressFrom: 'bundle_appeal' })).toEqual({ title: 'Tilbakeholdt brev frigitt med adressen fra klagen i samme forsendelse', detail: 'Bekreftelse på mottatt klage' });
    expect(say('LetterSent')).toEqual({ title: 'Brev sendt 21. mars 2025', detail: 'Bekreftelse på mottatt klage' });
    expect(say('CaseClaimed').title).toBe('Sak tatt av saksbehandler h123');
    // QA s13: «Sak tatt av saksbehandler Kari – Kari»: the actor closes the line, so the name is not said twice.
    expect(journalWords({ event: 'CaseClaimed', actor: 'Kari', details: {} }, names).title).toBe('Sak tatt av saksbehandler');
    expect(journalWords({ event: 'CaseReleased', actor: 'Ingrid Arkivar', details: { heldBy: 'Per' } }, names)).toEqual({ title: 'Sak lagt tilbake i køen', detail: 'var tatt av Per' });
    // Who typed the date an appeal deadline counts from is in the journal (the audit trail keeps it).
    expect(say('ArchivistDecision')).toEqual({ title: 'Arkivar avgjorde dokumentet', detail: 'Klage på vedtak, Tannbehandling, sak 2025/00001, vedtaksdato 3. mars 2025, vedtak mottatt 5. mars 2025' });
    expect(say('ArchivistDecision', { documentType: 'appeal' }).detail).toBe('Klage på vedtak');
    // A case that looked like another person's, confirmed: said, without whose ids (case13 item 2).
    expect(say('ArchivistDecision', { caseId: '2025-00001', confirmedOtherPerson: true }).detail).toBe('sak 2025/00001, bekreftet selv om saken så ut til å være en annen persons');
  });

  it('shows a name it does not know as it is, rather than dropping the line', () => {
    expect(journalWords({ event: 'SomethingNew', actor: 'x', details: { a: 1 } }, names)).toEqual({ title: 'SomethingNew', detail: null });
  });

  it('names a type by the configuration in force: a renamed or added type reads as the administrator named it', () => {
    const edited = configuredNames({ ...config, typeRules: [...config.typeRules.map((r) => (r.type === 'appeal' ? { ...r, names: { nb: 'Klage', en: 'appeal' } } : r)), { ...config.typeRules[0]!, type: 'power_of_attorney', names: { nb: 'Fullmakt', en: 'power of attorney' } }] });
    const corrected = (from: string, to: string) => journalWords({ event: 'ClassificationCorrected', actor: 'kari', details: { changes: { documentType: { from, to } } } }, journalNames(edited)).detail;
    expect(corrected('appeal', 'power_of_attorney')).toBe('dokumenttype Klage → Fullmakt');
  });

  it('names every deadline kind, letter kind and document status the configuration and schemas have', () => {
    expect(config.deadlineRules.map((r) => r.kind).filter((k) => !deadlineNames[k])).toEqual([]);
    expect(letterKinds.filter((k) => !letterKindNames[k])).toEqual([]);
    expect(DocumentView.shape.status.options.filter((s) => !documentStatusNames[s])).toEqual([]);
  });

  it("writes the time in Norway's time, the Norwegian way, summer and winter", () => {
    expect(journalTime('2025-03-20T09:05:00Z')).toBe('20.03.2025 kl. 10.05');
    expect(journalTime('2025-07-01T22:30:00.000Z')).toBe('02.07.2025 kl. 00.30');
    expect(journalTime('')).toBe('–');
  });
});
