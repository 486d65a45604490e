import { readFileSync } from 'node:fs';
import { norwegianPostcodes } from '../config/postcodes.ts';
import { readParties } from '../domain/parties/index.ts';
const postcodes = norwegianPostcodes();
const text = readFileSync(0, 'utf8');
console.log(JSON.stringify(readParties(text, { hashNationalId: () => 'h', postcodes }).parties));
