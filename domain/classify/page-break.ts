/**
 * Pages are joined the way the corpus joins them for training: a form feed between pages. In a module
 * of its own so a stage that only joins pages (Decide) does not load the classifier.
 */
export const PAGE_BREAK = '\n\f\n';
