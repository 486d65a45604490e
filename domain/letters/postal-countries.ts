/**
 * The countries a letter from a Norwegian appeals body is posted to, and how each writes its postcode
 * (UPU's addressing standards as the national posts publish them). The names are the ones appellants
 * write on their letters (in the country's own language, in Norwegian, in English, in German), so a
 * country line the party reader kept is recognised; the ISO code lets an archivist type «SE».
 * A country without a postcode rule here writes its postcode as it likes (free text, or none). A release
 * names a country of this table, so the address kept on the case's parties is recognised as abroad by
 * the same rule when the case's next letter is written.
 */

export interface PostcodeRule {
  /** The postcode as written, with or without the country prefix («SE-411 38», «D-10115»); groups make the post's own form. */
  pattern: RegExp;
  /** The post's own form of a matching postcode: «41138» is «411 38», «m1 1aa» is «M1 1AA». */
  form: (match: RegExpExecArray) => string;
  /** The rule, in English (the API's problem, zod's issue) and in bokmål (the CLI and the page). */
  en: string;
  nb: string;
  /** The page's hint when the field does not follow the rule. */
  hintNb: string;
  /** Digits only, so the page offers a number pad. */
  numeric: boolean;
  /** The British write the postcode on a line of its own, under the post town (Royal Mail). */
  ownLine?: boolean;
}

export interface PostalCountry {
  code: string;
  /** Bokmål, as the envelope's last line names a country the archivist gave by its code. */
  name: string;
  /** Other ways the country is written (lower case), the bokmål name and the code besides. */
  aliases: readonly string[];
  postcode?: PostcodeRule;
  /** The prefix a postcode of this country may carry when the country line is left out («SE-», «D-»). */
  prefixes?: readonly string[];
}

const digits = (n: number, country: { en: string; nb: string }, example: string): Omit<PostcodeRule, 'pattern' | 'form'> => ({
  numeric: true,
  en: `a ${country.en} postcode is ${n === 4 ? 'four' : 'five'} digits`,
  nb: `et ${country.nb} postnummer er ${n === 4 ? 'fire' : 'fem'} sifre`,
  hintNb: `Skriv et ${country.nb} postnummer med ${n === 4 ? 'fire' : 'fem'} sifre, for eksempel ${example}.`,
});

export const NORWAY: PostalCountry = {
  code: 'NO',
  name: 'Norge',
  aliases: ['noreg', 'norway', 'norwegen', 'norja', 'norvège'],
  postcode: {
    // Posten's four digits as they are printed: no «NO-» prefix for post within Norway (address-block.ts).
    pattern: /^(\d{4})$/u,
    form: (m) => m[1]!,
    numeric: true,
    // Norway's words are the ones the release has always used.
    en: 'a postcode is four digits',
    nb: 'et postnummer er fire sifre',
    hintNb: 'Skriv postnummeret med fire sifre, for eksempel 5006.',
  },
};

export const POSTAL_COUNTRIES: readonly PostalCountry[] = [
  NORWAY,
  {
    code: 'SE',
    name: 'Sverige',
    aliases: ['sweden', 'schweden', 'ruotsi', 'suède'],
    prefixes: ['SE', 'S'],
    postcode: {
      pattern: /^(?:SE?[-\s]?)?(\d{3})\s?(\d{2})$/iu,
      form: (m) => `${m[1]} ${m[2]}`,
      numeric: true,
      en: 'a Swedish postcode is five digits, written 123 45',
      nb: 'et svensk postnummer er fem sifre, skrevet 123 45',
      hintNb: 'Skriv et svensk postnummer med fem sifre, for eksempel 411 38.',
    },
  },
  {
    code: 'DK',
    name: 'Danmark',
    aliases: ['denmark', 'dänemark', 'tanska', 'danemark', 'danmark'],
    prefixes: ['DK'],
    postcode: { pattern: /^(?:DK[-\s]?)?(\d{4})$/iu, form: (m) => m[1]!, ...digits(4, { en: 'Danish', nb: 'dansk' }, '8000') },
  },
  {
    code: 'DE',
    name: 'Tyskland',
    aliases: ['germany', 'deutschland', 'saksa', 'allemagne', 'tyskland'],
    prefixes: ['DE', 'D'],
    postcode: { pattern: /^(?:DE?[-\s]?)?(\d{5})$/iu, form: (m) => m[1]!, ...digits(5, { en: 'German', nb: 'tysk' }, '10115') },
  },
  {
    code: 'GB',
    name: 'Storbritannia',
    aliases: ['united kingdom', 'uk', 'u.k.', 'great britain', 'england', 'scotland', 'wales', 'northern ireland', 'skottland', 'nord-irland', 'det forente kongerike', 'vereinigtes königreich', 'großbritannien', 'storbritannien', 'förenade kungariket', 'det forenede kongerige'],
    postcode: {
      // Royal Mail's forms: outward code (A9, A99, A9A, AA9, AA99, AA9A), then the inward code (9AA).
      pattern: /^([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})$/iu,
      form: (m) => `${m[1]!.toUpperCase()} ${m[2]!.toUpperCase()}`,
      numeric: false,
      en: 'a British postcode is letters and digits, like M1 1AA',
      nb: 'et britisk postnummer er bokstaver og sifre, som M1 1AA',
      hintNb: 'Skriv et britisk postnummer med bokstaver og sifre, for eksempel M1 1AA.',
      ownLine: true,
    },
  },
  { code: 'FI', name: 'Finland', aliases: ['suomi', 'finnland'], prefixes: ['FI', 'FIN'] },
  { code: 'AX', name: 'Åland', aliases: ['aland', 'ahvenanmaa'], prefixes: ['AX'] },
  { code: 'IS', name: 'Island', aliases: ['iceland', 'ísland', 'island'], prefixes: ['IS'] },
  { code: 'FO', name: 'Færøyene', aliases: ['færøyane', 'faroe islands', 'føroyar', 'færøerne'] },
  { code: 'GL', name: 'Grønland', aliases: ['greenland', 'kalaallit nunaat'] },
  { code: 'IE', name: 'Irland', aliases: ['ireland', 'éire', 'eire', 'irland'] },
  { code: 'NL', name: 'Nederland', aliases: ['netherlands', 'the netherlands', 'holland', 'niederlande', 'nederländerna', 'nederlandene', 'nederlande'], prefixes: ['NL'] },
  { code: 'BE', name: 'Belgia', aliases: ['belgium', 'belgique', 'belgië', 'belgien'] },
  { code: 'LU', name: 'Luxembourg', aliases: ['luxemburg'] },
  { code: 'FR', name: 'Frankrike', aliases: ['france', 'frankreich', 'frankrig'], prefixes: ['F'] },
  { code: 'ES', name: 'Spania', aliases: ['spain', 'españa', 'espana', 'spanien'], prefixes: ['E'] },
  { code: 'PT', name: 'Portugal', aliases: [] },
  { code: 'IT', name: 'Italia', aliases: ['italy', 'italien'], prefixes: ['I'] },
  { code: 'CH', name: 'Sveits', aliases: ['switzerland', 'schweiz', 'suisse', 'svizzera'], prefixes: ['CH'] },
  { code: 'AT', name: 'Østerrike', aliases: ['austria', 'österreich', 'österrike', 'østrig', 'østerrike'], prefixes: ['A'] },
  { code: 'PL', name: 'Polen', aliases: ['poland', 'polska', 'polen'], prefixes: ['PL'] },
  { code: 'LT', name: 'Litauen', aliases: ['lithuania', 'lietuva'], prefixes: ['LT'] },
  { code: 'LV', name: 'Latvia', aliases: ['latvija', 'lettland'], prefixes: ['LV'] },
  { code: 'EE', name: 'Estland', aliases: ['estonia', 'eesti'] },
  { code: 'CZ', name: 'Tsjekkia', aliases: ['czech republic', 'czechia', 'česko', 'tschechien'] },
  { code: 'SK', name: 'Slovakia', aliases: ['slovensko', 'slowakei'] },
  { code: 'HU', name: 'Ungarn', aliases: ['hungary', 'magyarország'] },
  { code: 'RO', name: 'Romania', aliases: ['românia', 'rumänien'] },
  { code: 'BG', name: 'Bulgaria', aliases: ['bulgarien'] },
  { code: 'GR', name: 'Hellas', aliases: ['greece', 'ελλάδα', 'griechenland', 'grekenland', 'grækenland'] },
  { code: 'HR', name: 'Kroatia', aliases: ['croatia', 'hrvatska', 'kroatien'] },
  { code: 'SI', name: 'Slovenia', aliases: ['slovenija', 'slowenien'] },
  { code: 'RS', name: 'Serbia', aliases: ['srbija', 'serbien'] },
  { code: 'BA', name: 'Bosnia-Hercegovina', aliases: ['bosnia and herzegovina', 'bosna i hercegovina'] },
  { code: 'MT', name: 'Malta', aliases: [] },
  { code: 'CY', name: 'Kypros', aliases: ['cyprus', 'zypern'] },
  { code: 'UA', name: 'Ukraina', aliases: ['ukraine', 'україна'] },
  { code: 'TR', name: 'Tyrkia', aliases: ['turkey', 'türkiye', 'türkei', 'tyrkiet', 'turkiet'] },
  { code: 'US', name: 'USA', aliases: ['united states', 'united states of america', 'u.s.a.', 'amerika', 'de forente stater', 'förenta staterna', 'amerikas forenede stater', 'vereinigte staaten'] },
  { code: 'CA', name: 'Canada', aliases: ['kanada'] },
  { code: 'AU', name: 'Australia', aliases: ['australien'] },
  { code: 'NZ', name: 'New Zealand', aliases: ['ny-zealand', 'neuseeland'] },
  { code: 'TH', name: 'Thailand', aliases: [] },
  { code: 'PH', name: 'Filippinene', aliases: ['philippines', 'filippinane'] },
  { code: 'RU', name: 'Russland', aliases: ['russia', 'россия'] },
  { code: 'BR', name: 'Brasil', aliases: ['brazil'] },
  { code: 'AR', name: 'Argentina', aliases: [] },
  { code: 'CL', name: 'Chile', aliases: [] },
  { code: 'MX', name: 'Mexico', aliases: ['méxico', 'mexiko'] },
  { code: 'ZA', name: 'Sør-Afrika', aliases: ['south africa', 'sør-afrika'] },
  { code: 'IN', name: 'India', aliases: ['indien'] },
  { code: 'PK', name: 'Pakistan', aliases: [] },
  { code: 'LK', name: 'Sri Lanka', aliases: [] },
  { code: 'VN', name: 'Vietnam', aliases: ['viet nam'] },
  { code: 'CN', name: 'Kina', aliases: ['china'] },
  { code: 'JP', name: 'Japan', aliases: [] },
  { code: 'KR', name: 'Sør-Korea', aliases: ['south korea', 'korea'] },
  { code: 'SG', name: 'Singapore', aliases: [] },
  { code: 'AE', name: 'De forente arabiske emirater', aliases: ['united arab emirates', 'uae'] },
  { code: 'IL', name: 'Israel', aliases: [] },
  { code: 'IQ', name: 'Irak', aliases: ['iraq'] },
  { code: 'IR', name: 'Iran', aliases: [] },
  { code: 'SY', name: 'Syria', aliases: [] },
  { code: 'AF', name: 'Afghanistan', aliases: [] },
  { code: 'SO', name: 'Somalia', aliases: [] },
  { code: 'ER', name: 'Eritrea', aliases: [] },
  { code: 'ET', name: 'Etiopia', aliases: ['ethiopia'] },
  { code: 'KE', name: 'Kenya', aliases: [] },
  { code: 'NG', name: 'Nigeria', aliases: [] },
  { code: 'EG', name: 'Egypt', aliases: ['egypten'] },
  { code: 'MA', name: 'Marokko', aliases: ['morocco', 'maroc'] },
  { code: 'PE', name: 'Peru', aliases: ['perú'] },
  { code: 'CO', name: 'Colombia', aliases: [] },
  { code: 'EC', name: 'Ecuador', aliases: [] },
  { code: 'BO', name: 'Bolivia', aliases: [] },
  { code: 'UY', name: 'Uruguay', aliases: [] },
  { code: 'VE', name: 'Venezuela', aliases: [] },
  { code: 'CU', name: 'Cuba', aliases: [] },
  { code: 'ID', name: 'Indonesia', aliases: ['indonesien'] },
  { code: 'MY', name: 'Malaysia', aliases: [] },
];
