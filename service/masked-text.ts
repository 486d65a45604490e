/** The one masking of national ids in free text and file names, for every view, log line and stored name. */
export { maskNationalIdsInText } from '#domain/fields/masked-national-ids';
