// The pure half of inspection: limits, outcomes, format sniffing, the text-layer test. Reading a file
// with an engine (pdf-parse, sharp) is engines/inspect-file.ts.
export type { InspectOutcome, RejectCode, Rejection } from './outcome.ts';
export { checkSize } from './limits.ts';
export { sniffFormat } from './sniff.ts';
export { hasRealTextLayer } from './text-layer.ts';
export { PDF_END_WINDOW, pdfEnds } from './pdf-end.ts';
