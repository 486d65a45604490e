/**
 * The letter's own text, whatever the layout it was printed in: a printed e-mail's quoted earlier
 * message is another letter (the appeals body's reply, with its own address and case worker), and a
 * head written beside the recipient's address (two columns on the same lines) is two blocks, not one.
 */

/** Where a reply quotes the message it answers; everything from here down is that message. */
const QUOTE_START =
  /^(?:-{2,}\s*(?:opprinnelig melding|original message|ursprungligt meddelande|oprindelig meddelelse|opphavleg melding)\s*-{2,}|_{8,}|>.*)$/iu;
/** "… 2.5.2025 … skrev …:": a mail client's attribution, or a letter's own sentence introducing a quotation. */
const WROTE = /^.{0,120}\d.{0,120}\b(?:skrev|skreiv|wrote|schrieb)\b.{0,80}:$/iu;
/** How mail clients begin an attribution line: a weekday/"On"/"Den"… or the date itself. */
const ATTRIBUTION = /^(?:on|den|am|le|på|\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\b|\d{4}-\d{2}-\d{2}\b)|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+|<[^<>]+>/iu;
/** A closing over a signature: the letter above a rule is complete. */
const CLOSING = /^(?:med\s+)?(?:vennlig|venleg|venlig|vänlig|vänliga)\s+(?:hilsen|helsing|hälsning|hälsningar)|^(?:mvh|hilsen|helsing|hälsningar|kind regards|best regards|yours sincerely|yours faithfully)\b/iu;
/** A header block under a rule ("____" then "Fra: …"): the quoted message's own headers. */
const HEADER = /^(?:fra|frå|från|from|sendt|sent|skickat|til|to|till|emne|subject|ämne|dato|date)\s*:/iu;

/** The text above a quoted reply; the whole text when nothing is quoted or the quote is all there is. */
export function withoutQuotedReply(text: string): string {
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (WROTE.test(line)) {
      if (!attributionAt(lines, i)) continue;
    } else if (!QUOTE_START.test(line)) continue;
    // A rule is a quote's start only when headers follow it or a signed letter stands above it.
    if (/^_{8,}$/u.test(line) && !lines.slice(i + 1, i + 3).some((l) => HEADER.test(l.trim())) && (!signedAbove(lines, i) || signersFooter(lines, i))) continue;
    // A speck read as ">" starts no quote: quoted lines come in runs.
    if (line.startsWith('>') && !lines.slice(i + 1).find((l) => l.trim() !== '')?.trim().startsWith('>')) continue;
    const above = lines.slice(0, i);
    // A letter that is nothing but the quote (a forwarded message) keeps it.
    if (above.filter((l) => l.trim() !== '' && !HEADER.test(l.trim())).length < 2) return text;
    return above.join('\n');
  }
  return text;
}

/**
 * "I vedtaket av 12.03.2025 skrev dere følgende:" is the letter quoting a decision, not a reply's
 * start: a "wrote:" line starts a quote only when quoted lines or a header block follow it, when it
 * reads like a mail client's attribution, or when a signed letter stands above it.
 */
function attributionAt(lines: string[], at: number): boolean {
  const next = lines.slice(at + 1).find((l) => l.trim() !== '')?.trim() ?? '';
  return next.startsWith('>') || lines.slice(at + 1, at + 3).some((l) => HEADER.test(l.trim())) || ATTRIBUTION.test(lines[at]!.trim()) || signedAbove(lines, at);
}

/**
 * A rule under the signature with the signer's own footer under it ("Kari Nordmann · Storgata 1 ·
 * 0467 Oslo", a telephone line): at most three lines, the first starting with the signer's name.
 * A quoted message is longer, or starts with its headers or another name.
 */
function signersFooter(lines: string[], at: number): boolean {
  const signer = lines.slice(0, at).findLast((l) => l.trim() !== '')?.trim() ?? '';
  const under = lines.slice(at + 1).map((l) => l.trim()).filter((l) => l !== '');
  return signer.length > 3 && under.length > 0 && under.length <= 3 && under[0]!.startsWith(signer);
}

/** A closing and a signer's name above the line (a rule right under a closing is where one signs). */
function signedAbove(lines: string[], at: number): boolean {
  const closing = lines.slice(0, at).findLastIndex((l) => CLOSING.test(l.trim()));
  return closing !== -1 && lines.slice(closing + 1, at).some((l) => l.trim() !== '');
}

/** Two texts on one line, apart by a gap no sentence has. */
const TWO_COLUMNS = /^(?<left>\S(?:.*?\S)?)[ \t]{4,}(?<right>\S.*)$/u;
const POSTCODE_IN = /(?:^|\s)(?:[A-Z]{1,2}-)?\d{3}\s?\d{1,2}\s+\p{Lu}/u;

/**
 * A head printed beside the recipient's address ("Klageorganet …        Kari Nordmann") becomes the
 * left column's lines, then the right column's. Only runs where both sides are address blocks (a
 * postcode line on each side) are unfolded: a table's label and value ("Navn      Kari Nordmann")
 * stay on their line.
 */
export function unfoldColumns(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const run: { left: string; right: string }[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const m = TWO_COLUMNS.exec(lines[j]!.trimEnd());
      if (m?.groups) run.push({ left: m.groups.left!, right: m.groups.right! });
      else if (run.length > 0 && /^\s{12,}\S/u.test(lines[j]!)) run.push({ left: '', right: lines[j]!.trim() });
      else break;
    }
    const both = run.length >= 2 && run.some((r) => POSTCODE_IN.test(r.left)) && run.some((r) => POSTCODE_IN.test(r.right));
    if (both) {
      out.push(...run.map((r) => r.left).filter((l) => l !== ''), '', ...run.map((r) => r.right));
      i = j;
    } else {
      out.push(lines[i]!);
      i++;
    }
  }
  return out.join('\n');
}
