import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { typeRule } from '#domain/config';
import { loadConfig } from '#config/load';
import { extractFields as extractFieldsOf } from '#domain/fields/index';
import { ExtractedFields } from '#schemas/fields';
import { documentTypes } from '#schemas/taxonomy';
import { ID_A, ID_B, ID_D, spaced } from '../support/national-ids.ts';

/** The cases name document types; the domain takes whose decision counts from the type's configuration. */
const extractFields = (text: string, type?: string | null) => extractFieldsOf(text, type ? typeRule(loadConfig(), type).decisionDateOf : null);

const appealNb = `Kari Nordmann
Storgata 1, 0155 Oslo
Tlf. 22 33 44 55

Oslo, 3. april 2025

Helfo
Postboks 2415
3104 Tønsberg

Deres ref.: 24/113188

KLAGE PÅ VEDTAK

Fødselsnummer: ${spaced(ID_A, [6, 5])}

Jeg klager på vedtak datert 12.03.2025 om refusjon av utgifter til tannbehandling. Jeg mottok
vedtaket den 5. april 2025. Jeg er uenig i vedtaket fordi tannlegen har dokumentert at
behandlingen var nødvendig.

Beløpet kan utbetales til konto 1234.56.78901.

Med vennlig hilsen
Kari Nordmann

Vedlegg: vedtak 12.03.2025, erklæring fra tannlege 20.03.2025
`;

const transferNb = `NAV Arbeid og ytelser
Postadresse: Postboks 6600 Etterstad, 0607 Oslo
Org.nr. 889 640 782

Nasjonalt klageorgan for helsetjenesten
Postboks 4120
3005 Drammen

Deres ref.       Vår ref.        Dato
                 2025/04127      03.04.2025

OVERSENDELSE AV KLAGESAK

Navn: Ola Nordmann          Fødselsnummer: ${ID_B}

Vi oversender klage på vedtak av 12. mars 2025 om stønad til behandling i utlandet. Vi har
vurdert klagen, men finner ikke grunn til å endre vedtaket. Klagen kom inn 20.03.2025 og er
fremsatt innen fristen.

Sakens dokumenter:
1. Søknad datert 15.01.2025
2. Vedtak 10.03.2025
3. Klage 20.03.2025

Med hilsen
NAV Arbeid og ytelser
`;

const appealNn = `Bergen, 7. april 2025

Til Helfo

Dykkar ref.: 24/223344

Klage på vedtak

Fødselsnummer: ${ID_A}

Eg klagar på vedtaket dykkar av 12. mars 2025. Eg fekk vedtaket 5. april. Eg meiner
vedtaket er feil.

Helsing
Per Hansen
`;

const appealSv = `Stockholm den 8 april 2025

Till Helfo
Er referens: 24/556677
Vår referens: 2025-0042

Överklagande

Norskt personnummer: ${spaced(ID_D, [6, 5])}

Jag överklagar beslut daterat 2025-03-12 om ersättning. Jag mottog beslutet den 5 april 2025.

Med vänlig hälsning
Anna Svensson
`;

const appealDa = `København, 9. april 2025

Jeres ref.: 24/778899
Vores ref.: ADV-2025-117

Klage over afgørelse

Personnummer (Norge): ${ID_B}

På vegne af min klient klager jeg over afgørelsen af 12. marts 2025. Min klient modtog
afgørelsen den 5. april 2025.

Med venlig hilsen
Advokat Jens Jensen
`;

const appealEn = `London, 10 April 2025

Your ref.: 24/990011
Our ref.: 5123-4/KB

Appeal against decision

Norwegian national identity number: ${ID_A}

I appeal against the decision dated 12 March 2025 concerning reimbursement for treatment
abroad. I received the decision on 5 April 2025.

Yours sincerely
John Smith
`;

const tribunalAppeal = `Oslo, 2. juni 2025

Nasjonalt klageorgan for helsetjenesten
Vår ref.: 2025/04127

ANKE TIL TRYGDERETTEN

Fødselsnummer: ${ID_A}

Helfo fattet vedtak 12.03.2025. Jeg anker Nasjonalt klageorgan for helsetjenesten sitt
vedtak av 12.05.2025. Jeg mottok vedtaket 16.05.2025.
`;

const medicalDeclaration = `LEGEERKLÆRING

Pasient: Kari Nordmann, f.nr. ${ID_A}
Undersøkt 12.03.2025.

Diagnose: K08.1 (ICD-10). Pasienten har hatt smerter siden januar 2024.

Oslo, 14.03.2025
Dr. Lege Legesen
`;

const invoice = `FAKTURA

Fakturanummer: 20250412
Fakturadato: 12.04.2025
Forfallsdato: 12.05.2025
Kontonummer: 1234.56.78901
KID: 12345678903
Org.nr. 974 760 673

Sakkyndig uttalelse i sak 2025/04127
Beløp: 4 500,00
`;

describe('extractFields on realistic letters', () => {
  it.each([
    ['appeal, bokmål', appealNb, 'appeal', { nationalIds: [ID_A], caseReferences: ['24/113188'], decisionDate: '2025-03-12', decisionReceivedDate: '2025-04-05' }],
    ['transfer letter, bokmål', transferNb, 'case_transfer', { nationalIds: [ID_B], caseReferences: ['2025/04127'], decisionDate: '2025-03-12', decisionReceivedDate: null }],
    ['appeal, nynorsk', appealNn, 'appeal', { nationalIds: [ID_A], caseReferences: ['24/223344'], decisionDate: '2025-03-12', decisionReceivedDate: '2025-04-05' }],
    ['appeal, Swedish', appealSv, 'appeal', { nationalIds: [ID_D], caseReferences: ['24/556677', '2025-0042'], decisionDate: '2025-03-12', decisionReceivedDate: '2025-04-05' }],
    ['appeal, Danish', appealDa, 'appeal', { nationalIds: [ID_B], caseReferences: ['24/778899', 'ADV-2025-117'], decisionDate: '2025-03-12', decisionReceivedDate: '2025-04-05' }],
    ['appeal, English', appealEn, 'appeal', { nationalIds: [ID_A], caseReferences: ['24/990011', '5123-4/KB'], decisionDate: '2025-03-12', decisionReceivedDate: '2025-04-05' }],
    ['tribunal appeal', tribunalAppeal, 'tribunal_appeal', { nationalIds: [ID_A], caseReferences: ['2025/04127'], decisionDate: '2025-05-12', decisionReceivedDate: '2025-05-16' }],
    ['medical declaration', medicalDeclaration, 'medical_declaration', { nationalIds: [ID_A], caseReferences: [], decisionDate: null, decisionReceivedDate: null }],
    ['invoice', invoice, 'invoice', { nationalIds: [], caseReferences: ['2025/04127'], decisionDate: null, decisionReceivedDate: null }],
  ] as const)('%s', (_, text, type, expected) => {
    const fields = extractFields(text, type);
    expect(fields).toEqual(expected);
    expect(ExtractedFields.parse(fields)).toEqual(fields);
  });

  it('reads an OCR-damaged appeal', () => {
    const ocr = appealNb
      .replace('12.03.2025 om', '12.03.2O25 om')
      .replace('Fødselsnummer: ', 'Fødsels nummer:')
      .replace(spaced(ID_A, [6, 5]), spaced(ID_A.replace('1', 'l'), [6, 5]))
      .replace('Jeg mottok\nvedtaket', 'Jeg mot-\ntok vedtaket');
    expect(extractFields(ocr, 'appeal')).toEqual({
      nationalIds: [ID_A],
      caseReferences: ['24/113188'],
      decisionDate: '2025-03-12',
      decisionReceivedDate: '2025-04-05',
    });
  });

  it('property: output always satisfies the schema, for any text and type', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789 .,:/-\nOlSvedtakdtrfmo§ABCæøå'.split('')), maxLength: 200 }),
        fc.constantFrom(...documentTypes, null, undefined),
        (text, type) => {
          const fields = extractFields(text, type);
          expect(ExtractedFields.safeParse(fields).success).toBe(true);
        },
      ),
    );
  });

  it('copes with a long document', () => {
    const long = Array.from({ length: 60 }, () => appealNb).join('\n\n');
    const fields = extractFields(long, 'appeal');
    expect(fields.decisionDate).toBe('2025-03-12');
    expect(fields.nationalIds).toEqual([ID_A]);
  });
});
