import { percent, percentLimit } from './percent.ts';

/**
 * Why the machine held a letter it was unsure of (reason `unsure`), said as the archivist needs it:
 * which of the classifier's two heads was unsure (the document type, or the case area read from the
 * letter), its best guess, and the figures in the page's own percentages. The page shows the type's
 * own confidence beside the type (typeConfidence) and the joint one as «Samlet sikkerhet»; a reason
 * with one bare decimal (the joint figure) beside «Annen henvendelse (97 %)» read as a contradiction.
 * One table for both languages (SPEC: the API's words in English, the page's in bokmål).
 */
export interface UnsureFacts {
  type: string;
  /** Null when only the type gates (a follow-up that links to its case takes the case's area). */
  area: string | null;
  /** The gate's figure: the type's confidence when only the type gates, else type and area together. */
  confidence: number;
  threshold: number;
  /** The type's own confidence; absent in reasons recorded before it was given. */
  typeConfidence: number | null;
}

/** The figure the gate compared, against its limit; the type's own figure against the same limit. */
const pct = (value: number, limit: number) => percent(value, limit);
const lim = percentLimit;

export const unsureWording: Record<'en' | 'nb', { typeOnly(f: UnsureFacts): string; areaUnsure(f: UnsureFacts & { area: string; typeConfidence: number }): string; typeUnsure(f: UnsureFacts & { area: string; typeConfidence: number }): string; eitherUnsure(f: UnsureFacts & { area: string }): string }> = {
  nb: {
    typeOnly: (f) => `Maskinen er usikker på dokumenttypen: beste gjetning er ${f.type}, men bare ${pct(f.confidence, f.threshold)} sikker (grensen for å legge det på saken er ${lim(f.threshold)}). Kontroller typen.`,
    areaUnsure: (f) =>
      `Maskinen er sikker på dokumenttypen (${f.type}, ${pct(f.typeConfidence, f.threshold)}), men usikker på saksområdet: beste gjetning er ${f.area}. Type og saksområde sammen er ${pct(f.confidence, f.threshold)} sikre, under grensen på ${lim(f.threshold)} for å fordele det uten kontroll. Kontroller saksområdet.`,
    typeUnsure: (f) =>
      `Maskinen er usikker på dokumenttypen: beste gjetning er ${f.type} (${pct(f.typeConfidence, f.threshold)}), saksområde ${f.area}. Type og saksområde sammen er ${pct(f.confidence, f.threshold)} sikre, under grensen på ${lim(f.threshold)} for å fordele det uten kontroll. Kontroller typen og saksområdet.`,
    eitherUnsure: (f) =>
      `Maskinen er usikker på dokumenttypen eller saksområdet: beste gjetning er ${f.type}, saksområde ${f.area}. De to sammen er ${pct(f.confidence, f.threshold)} sikre, under grensen på ${lim(f.threshold)} for å fordele det uten kontroll. Kontroller typen og saksområdet.`,
  },
  en: {
    typeOnly: (f) => `The machine is not sure of the document type: its best guess is ${f.type}, but only ${pct(f.confidence, f.threshold)} sure (filing it on the case needs ${lim(f.threshold)}). Check the type.`,
    areaUnsure: (f) =>
      `The machine is sure of the document type (${f.type}, ${pct(f.typeConfidence, f.threshold)}) but not of the case area: its best guess is ${f.area}. Type and area together are ${pct(f.confidence, f.threshold)} sure, below the ${lim(f.threshold)} needed to route it without review. Check the area.`,
    typeUnsure: (f) =>
      `The machine is not sure of the document type: its best guess is ${f.type} (${pct(f.typeConfidence, f.threshold)}), area ${f.area}. Type and area together are ${pct(f.confidence, f.threshold)} sure, below the ${lim(f.threshold)} needed to route it without review. Check the type and the area.`,
    eitherUnsure: (f) =>
      `The machine is not sure of the document type or the case area: its best guess is ${f.type}, area ${f.area}. The two together are ${pct(f.confidence, f.threshold)} sure, below the ${lim(f.threshold)} needed to route it without review. Check the type and the area.`,
  },
};

/** The sentence for one language: which head was unsure follows from the type's own figure against the same threshold. */
export function unsureReason(language: 'en' | 'nb', f: UnsureFacts): string {
  const words = unsureWording[language];
  if (f.area === null) return words.typeOnly(f);
  // Reasons recorded before the type's own figure was kept cannot say which head was unsure: neither is blamed.
  if (f.typeConfidence === null) return words.eitherUnsure({ ...f, area: f.area });
  if (f.typeConfidence >= f.threshold) return words.areaUnsure({ ...f, area: f.area, typeConfidence: f.typeConfidence });
  return words.typeUnsure({ ...f, area: f.area, typeConfidence: f.typeConfidence });
}
