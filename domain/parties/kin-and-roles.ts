/**
 * The words for a relative, a helper and one who acts for a person: one list each, read by every cue
 * (mentions, named-representative, acting-for, anchors, the appellant's address), so a word added here is
 * read everywhere. A cue picks the lists it needs; it adds no kin word of its own.
 */

/** A relative named with the word for the kinship: "min mor …", "far min, …", "my mother …". */
export const KIN_WORDS = ['mor', 'mora', 'far', 'mann', 'kone', 'kona', 'ektefelle', 'samboer', 'sønn', 'son', 'datter', 'dotter', 'bror', 'søster', 'syster', 'mamma', 'pappa', 'mother', 'father', 'husband', 'wife', 'daughter', 'brother', 'sister', 'make', 'maka', 'hustru', 'mand', 'søn', 'bestemor', 'bestefar', 'farmor', 'morfar', 'mormor', 'farfar', 'grandmother', 'grandfather'] as const;

/** The definite forms a possessive follows ("datteren min", "sønnen vår", "faren hennes"; nynorsk "dottera mi", "sonen min"). */
export const KIN_DEFINITE_WORDS = ['moren', 'faren', 'mannen', 'sønnen', 'datteren', 'dattera', 'broren', 'søstera', 'søsteren', 'sonen', 'dottera', 'systera'] as const;

/** Relatives by marriage and further kin: a person written for as often as a parent. */
export const FURTHER_KIN_WORDS = ['svigermor', 'svigerfar', 'svigersønn', 'svigerson', 'svigerdatter', 'svigerdotter', 'tante', 'onkel', 'barnebarn', 'partner', 'aunt', 'uncle'] as const;

/** Helpers who are no kin: a friend, a neighbour, a colleague. */
export const HELPER_WORDS = ['venn', 'vennen', 'venninne', 'venninna', 'nabo', 'naboen', 'granne', 'grannen', 'kollega', 'friend', 'neighbour', 'neighbor'] as const;

/** The nouns an office or a lawyer uses for the person it acts for: "min klient", "brukeren vår", "på vegne av borgeren". */
export const CLIENT_NOUNS = ['klient', 'klienten', 'client', 'bruker', 'brukeren', 'brukar', 'brukaren', 'pasient', 'pasienten', 'medlem', 'medlemmet', 'beboer', 'beboeren', 'bebuar', 'bebuaren', 'innbygger', 'innbyggeren', 'innbyggjar', 'innbyggjaren', 'borger', 'borgeren', 'tjenestemottaker'] as const;

/** Every word for a relative, in any form. */
export const ALL_KIN_WORDS: readonly string[] = [...KIN_WORDS, ...KIN_DEFINITE_WORDS, ...FURTHER_KIN_WORDS];

/** One who acts for a person by appointment or power: "ved verge …", "Terje Holm (verge)", "v/ fullmektig …". */
export const GUARDIAN_WORDS = ['verge', 'verje', 'hjelpeverge', 'hjelpeverje', 'fullmektig'] as const;

/** The words as a regular expression's alternatives. */
export const alternatives = (words: readonly string[]): string => words.join('|');
