/**
 * The words for a relative and for one who acts for a person, one list each, so every cue reads the same
 * words (a cue may add forms of its own, e.g. a definite "sønnen" where a possessive follows).
 */

/** A relative named with the word for the kinship: "min mor …", "far min, …", "my mother …". */
export const KIN_WORDS = ['mor', 'mora', 'far', 'mann', 'kone', 'kona', 'ektefelle', 'samboer', 'sønn', 'son', 'datter', 'dotter', 'bror', 'søster', 'syster', 'mamma', 'pappa', 'mother', 'father', 'husband', 'wife', 'daughter', 'brother', 'sister', 'make', 'maka', 'hustru', 'mand', 'søn', 'bestemor', 'bestefar', 'farmor', 'morfar', 'mormor', 'farfar', 'grandmother', 'grandfather'] as const;

/** One who acts for a person by appointment or power: "ved verge …", "Terje Holm (verge)", "v/ fullmektig …". */
export const GUARDIAN_WORDS = ['verge', 'verje', 'hjelpeverge', 'hjelpeverje', 'fullmektig'] as const;

/** The words as a regular expression's alternatives. */
export const alternatives = (words: readonly string[]): string => words.join('|');
