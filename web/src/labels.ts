/** The page's words for codes: shared with the command line (domain/wording/names-nb.ts). */
export { areaName, date, deadlineNames, deadlineState, documentStatusNames, journalNames, letterKindNames, outcomeNames, queueName, typeName, type Areas, type Names } from '../../domain/wording/names-nb.ts';

// One rounding for the page and the reasons beside it (a figure below its limit reads below it).
export { percent } from '../../domain/wording/percent.ts';
export { languageName } from '../../domain/wording/language-names.ts';
