import type { Lang } from './areas.ts';

/**
 * What makes a long letter long: the writer's own circumstances, in sentences that carry no type or
 * area cue. Split like the area details, so eval letters are padded with sentences never trained on.
 */
export const fillers: Record<Lang, { train: string[]; eval: string[] }> = {
  nb: {
    train: [
      'Jeg har hatt disse plagene siden 2019, og de har blitt verre det siste året.',
      'Jeg bor alene og har ingen familie i nærheten som kan hjelpe meg.',
      'Økonomien min er svært anstrengt, og jeg har måttet låne penger av venner.',
      'Jeg har alltid vært i arbeid og har aldri bedt om hjelp før.',
      'Det har vært vanskelig å få svar når jeg har ringt, og jeg har ventet i flere uker.',
      'Jeg har to barn som bor hjemme, og situasjonen går ut over hele familien.',
      'Jeg har forsøkt alt jeg kan for å bli bedre, men det går sakte.',
      'Min samboer har hjulpet meg med å skrive dette brevet.',
      'Jeg har lagt ved det jeg har av papirer, men noe kan mangle.',
      'Det er tungt å måtte forklare det samme igjen og igjen.',
      'Jeg håper dere forstår hvor vanskelig dette har vært for meg.',
      'Saksbehandleren sa på telefon at jeg burde skrive til dere.',
    ],
    eval: [
      'Helsa mi har vært dårlig i mange år, og det siste halvåret har vært det verste.',
      'Etter skilsmissen har jeg hatt ansvaret for alt alene.',
      'Jeg har jobbet i butikk i over tjue år før jeg ble syk.',
      'Det koster mye å være syk, og pengene strekker ikke til.',
      'Jeg føler ikke at noen har lyttet til det jeg har sagt.',
      'Datteren min har lest gjennom brevet før jeg sendte det.',
      'Jeg forstår ikke helt hvorfor dette skal være så vanskelig.',
      'Jeg har prøvd å ringe flere ganger uten å komme fram.',
      'Alt dette har gått hardt utover søvnen og humøret mitt.',
      'Jeg har samlet alt jeg fant av dokumenter, og sender det jeg har.',
    ],
  },
  nn: {
    train: ['Eg har hatt desse plagene sidan 2019, og dei har vorte verre.', 'Eg bur åleine og har ingen familie i nærleiken.', 'Økonomien min er svært vanskeleg no.', 'Eg har alltid vore i arbeid og har aldri bede om hjelp før.'],
    eval: ['Helsa mi har vore dårleg i mange år.', 'Eg har jobba i butikk i over tjue år før eg vart sjuk.', 'Det kostar mykje å vere sjuk, og pengane strekk ikkje til.'],
  },
  sv: {
    train: ['Jag har haft dessa besvär sedan 2019 och de har blivit värre.', 'Jag bor ensam och har ingen familj i närheten.', 'Min ekonomi är mycket ansträngd.'],
    eval: ['Min hälsa har varit dålig i många år.', 'Jag arbetade i butik i över tjugo år innan jag blev sjuk.'],
  },
  da: {
    train: ['Jeg har haft disse gener siden 2019, og de er blevet værre.', 'Jeg bor alene og har ingen familie i nærheden.', 'Min økonomi er meget presset.'],
    eval: ['Mit helbred har været dårligt i mange år.', 'Jeg arbejdede i en butik i over tyve år, før jeg blev syg.'],
  },
  en: {
    train: ['I have had these problems since 2019 and they have become worse.', 'I live alone and have no family nearby.', 'My finances are very strained.'],
    eval: ['My health has been poor for many years.', 'I worked in a shop for more than twenty years before I fell ill.'],
  },
};
