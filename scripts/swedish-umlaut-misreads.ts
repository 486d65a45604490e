/**
 * What the Swedish å-for-ä rule (domain/parties/address-doubts.ts, SWEDISH_A_UMLAUT_STEMS) costs and
 * catches, on Swedish places and streets the party generators never pick: `npx tsx scripts/swedish-umlaut-misreads.ts`.
 * Cost: real names, as written, whose address it withholds. Catches: names with ä read with å (every
 * ä of the name, as a scan that confuses the two would), whose address it withholds.
 */
import { addressDoubt, DAMAGED_LINE } from '../domain/parties/address-doubts.ts';

const PLACES = [
  'Västerås', 'Västervik', 'Vänersborg', 'Hässleholm', 'Järfälla', 'Ängelholm', 'Kärrtorp', 'Lärbro', 'Växjö', 'Nässjö', 'Sävsjö', 'Härnösand', 'Trollhättan', 'Mölndal',
  'Kållered', 'Ånge', 'Åre', 'Årsta', 'Åkersberga', 'Åmål', 'Ålidhem', 'Hålanda', 'Såtenäs', 'Hållsta', 'Tranås', 'Borås', 'Gårdsten', 'Järna', 'Kärna', 'Hässelby',
  'Vänersnäs', 'Västra Frölunda', 'Hällefors', 'Källby', 'Säter', 'Bäckebo', 'Märsta', 'Skärholmen', 'Sälen', 'Älmhult', 'Ängsvik', 'Täby', 'Hägersten', 'Mälarhöjden',
];
const STREETS = ['Västra Långgatan 3', 'Målargatan 7', 'Gårdsvägen 2', 'Järnvägsgatan 10', 'Kärrvägen 4', 'Lärkvägen 9', 'Hässlegatan 1', 'Åsgatan 5', 'Ängelholmsvägen 8', 'Västmannagatan 12', 'Ålandsgatan 2', 'Hamngatan 4'];

const swedish = (street: string, place: string) => [street, `123 45 ${place}`, 'Sverige'];
const withheld = (address: string[]) => addressDoubt(address) === DAMAGED_LINE;
const misread = (s: string) => s.replaceAll('ä', 'å').replaceAll('Ä', 'Å');

let cost = 0;
let umlauts = 0;
let caught = 0;
for (const place of PLACES) {
  if (withheld(swedish('Storgatan 1', place))) cost++;
  if (/[äÄ]/u.test(place)) {
    umlauts++;
    if (withheld(swedish('Storgatan 1', misread(place)))) caught++;
  }
}
for (const street of STREETS) {
  if (withheld(swedish(street, 'Uppsala'))) cost++;
  if (/[äÄ]/u.test(street)) {
    umlauts++;
    if (withheld(swedish(misread(street), 'Uppsala'))) caught++;
  }
}
const all = PLACES.length + STREETS.length;
process.stdout.write(`real Swedish places and streets withheld as written: ${cost} of ${all}\n`);
process.stdout.write(`with ä read as å, withheld: ${caught} of ${umlauts}\n`);
