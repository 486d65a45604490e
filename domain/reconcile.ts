/**
 * What `reconcile` says about one object under incoming/ (issue 14): finished when its document ended
 * routed, in review or rejected; otherwise unfinished, and why. A document left `registered` was
 * stopped mid-flow (a crash between Register and Route); an object with no document never got through
 * Inspect (never started, or its execution died before any stage recorded it).
 */
export type DocumentState = 'routed' | 'review' | 'rejected' | 'registered';
export type ObjectVerdict = { finished: true; status: 'routed' | 'review' | 'rejected' } | { finished: false; status: 'stuck' | 'never-started'; detail: string };

export function verdictFor(documentStatus: DocumentState | null): ObjectVerdict {
  switch (documentStatus) {
    case 'routed':
    case 'review':
    case 'rejected':
      return { finished: true, status: documentStatus };
    case 'registered':
      return { finished: false, status: 'stuck', detail: 'registered on its case but never routed to a queue' };
    case null:
      return { finished: false, status: 'never-started', detail: 'no document was recorded for this upload' };
  }
}
