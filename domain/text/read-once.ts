/**
 * A reading of a text, kept for the last text it was asked of. Classifying one letter asks the same pure
 * reading of the same text from several rules (deadline-interrupting.ts's own words and interruption, read by the
 * hard cues and by the writer's-appeal reading; lodged-appeal.ts from both): each was worked out two or three
 * times a letter (session 24's profile). One entry is enough for that and holds nothing past the next letter.
 * The reading must be a pure function of the text, and what it returns is shared: callers must not change it.
 */
export function readOnce<T>(read: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let last: T;
  return (text) => {
    if (text !== lastText) {
      last = read(text);
      lastText = text;
    }
    return last;
  };
}
