/**
 * `postmottak --help`: the commands and their options, in bokmål like every other line the CLI prints
 * for people. The options keep their names (they are what is typed); what goes in them is said in
 * Norwegian, and a date is named once, in both the forms the commands take.
 */
export const usage = `postmottak — innkommende post fra skanning til saksbehandlerens kø, på denne maskinen

  postmottak process [--received DATO] [--postmarked DATO] [--manifest FIL.csv] [--batch NAVN] [--in-flight N] [--data-dir MAPPE] [--json] [--verbose] FIL|MAPPE...
  postmottak upload [--received DATO] [--postmarked DATO] [--batch NAVN] [--in-flight N] [--manifest FIL.csv] [--bucket BØTTE] [--data-dir MAPPE] [--json] [--verbose] FIL|MAPPE...
  postmottak coversheet --case SAK [--archivist NAVN] [--type TYPE] [--area OMRÅDE] --out FIL.pdf [--data-dir MAPPE]
  postmottak separator --out FIL.pdf
  postmottak serve [--data-dir MAPPE] [--host 127.0.0.1] [--port 4100] [--watch INNBOKSMAPPE [--settle SEKUNDER]] [--verbose]
  postmottak users add NAVN --role archivist|caseworker|reader|system|auditor [--data-dir MAPPE] [--json]
  postmottak users list|remove NAVN [--data-dir MAPPE] [--json]
  postmottak review list [--reason GRUNN] [--type TYPE] [--area OMRÅDE] [--from DATO] [--to DATO] [--limit N] [--cursor C] [--data-dir MAPPE] [--json]
  postmottak review decide DOKUMENT_ID --archivist NAVN [--type TYPE] [--area OMRÅDE] [--case SAK [--confirm-other-person]] [--decision-date DATO|""] [--decision-received DATO|""] [--data-dir MAPPE] [--json]
  postmottak queue KØ [--keyword STIKKORD]... [--from DATO] [--to DATO] [--order oldest|priority] [--limit N] [--cursor C] [--data-dir MAPPE] [--json]
  postmottak case SAK [--handler NAVN] [--why TEKST] [--data-dir MAPPE] [--json]
  postmottak claim SAK --handler NAVN [--release] [--data-dir MAPPE] [--json]
  postmottak deadlines --due-before DATO [--data-dir MAPPE] [--json]
  postmottak events [--since ID] [--follow] [--data-dir MAPPE]
  postmottak export --from DATO --to DATO [--format csv|csv-excel|xlsx] [--out FIL] [--data-dir MAPPE]
  postmottak examples export --out FIL [--since DATO] [--archivist NAVN] [--table T --bucket B] [--data-dir MAPPE]
  postmottak deadline-open SAK --kind FRIST --handler NAVN [--on DATO] [--data-dir MAPPE] [--json]      (FRIST: en frist saksbehandleren kan åpne, som comments)
  postmottak attachment-received SAK "VEDLEGG" [--not-needed] --archivist NAVN [--data-dir MAPPE] [--json]   (et manglende vedlegg kom likevel, eller trengs ikke)
  postmottak reconcile [--redrive] [--json] [--data-dir MAPPE]
  postmottak outbox [--archivist NAVN] [--status ready|held|sent] [--json] [--data-dir MAPPE]
  postmottak outbox sent BREV_ID --archivist NAVN [--on DATO] [--data-dir MAPPE] [--json]
  postmottak outbox release BREV_ID --archivist NAVN --name N --street S --postcode NNNN --place P [--country LAND] [--data-dir MAPPE] [--json]      (LAND: utenlands, navn eller landkode; postnummeret som landet skriver det)
  postmottak outbox print [--archivist NAVN] --out FIL.pdf [--date DATO] [--data-dir MAPPE] [--json]
  postmottak outbox notices --archivist NAVN [--today DATO] [--data-dir MAPPE] [--json]
  postmottak innsyn --national-id FØDSELSNUMMER [--archivist NAVN] [--data-dir MAPPE] [--json]      (hva som er lagret om en person)
  postmottak parties set SAK --role appellant|representative --archivist NAVN --name N --address "GATE, POSTNR STED" [--data-dir MAPPE] [--json]      (retter klagerens eller fullmektigens navn og adresse; eller --street, --postcode, --place [--country])
`;

export const footer = `DATO skrives dd.mm.åååå eller åååå-mm-dd (20.03.2025 eller 2025-03-20); det samme gjelder kolonnen
postmarked i manifestet. SAK er et saksnummer, 2025/00001 (eller 2025-00001). Tilstanden ligger i
--data-dir (standard .postmottak/). Mens \`postmottak serve\` kjører på en datamappe, går de andre
kommandoene på den gjennom serve. --archivist NAVN / --handler NAVN: hvem som handler; i stedet
kan POSTMOTTAK_USER=NAVN (en person i \`postmottak users list\`) navngi deg for alle kommandoer i skallet.
Fremdrift skrives til standard error (stderr); --verbose skriver i tillegg hvert trinn i behandlingen dit
(navn på trinn og tider, aldri innhold eller fødselsnummer). serve --watch tar en fil inn når den har
ligget uendret i 10 s (--settle SEKUNDER); en PDF eller TIFF uten slutt ventes på i opptil 10 min.`;

/** \`postmottak KOMMANDO --help\`: the command's own lines of the usage (every option it takes), then the notes. */
export function commandUsage(command: string): string {
  const own = usage.split('\n').filter((line) => line.startsWith(`  postmottak ${command} `) || line === `  postmottak ${command}`);
  return `${own.join('\n')}\n\n${footer}`;
}
