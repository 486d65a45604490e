import { PDFDict, PDFDocument, PDFName, PDFRef, PDFString } from 'pdf-lib';

/** What the joined file says of itself: the appeals body's, not the first letter's (QA s13 L5). */
export interface JoinedMetadata {
  title: string;
  /** The appeals body's own name (letterhead.name), not one letter's nynorsk spelling of it. */
  author: string;
  created: Date;
  /** BCP 47: nb-NO or nn-NO when every letter is written in it, «no» (Norwegian) for a mixed day. */
  lang: string;
}

/**
 * The day's post: the letters' stored PDFs joined page by page, each exactly as it was written and
 * journaled (never composed again with the templates in force at printing, which may have changed).
 * The first letter's catalogue is kept (its sRGB output intent), the other letters' pages are copied
 * in with their embedded fonts, and the file is written without object streams, which PDF/A-1
 * (PDF 1.4) does not allow. Its document information and XMP metadata are written anew, and alike,
 * as PDF/A-1 requires the two to agree.
 */
export async function joinPdfs(pdfs: readonly Uint8Array[], metadata: JoinedMetadata): Promise<Uint8Array> {
  const [first, ...rest] = pdfs;
  if (!first) throw new Error('no letters to print');
  const joined = await PDFDocument.load(first, { updateMetadata: false });
  for (const pdf of rest) {
    const letter = await PDFDocument.load(pdf, { updateMetadata: false });
    for (const page of await joined.copyPages(letter, letter.getPageIndices())) joined.addPage(page);
  }
  writeMetadata(joined, metadata);
  return joined.save({ useObjectStreams: false });
}

const xml = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

function writeMetadata(doc: PDFDocument, m: JoinedMetadata): void {
  doc.setTitle(m.title);
  doc.setAuthor(m.author);
  doc.setCreator('postmottak');
  doc.setProducer('postmottak (pdf-lib)');
  doc.setCreationDate(m.created);
  doc.setModificationDate(m.created);
  // The first letter's own subject and keywords, if it had any, are not the day's post's.
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
  for (const key of ['Subject', 'Keywords']) info.delete(PDFName.of(key));
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(m.lang));
  // Seconds, UTC, as the Info dictionary's dates are written: PDF/A-1 compares them.
  const at = `${m.created.toISOString().split('.')[0]}Z`;
  const packet = `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"><pdfaid:part>1</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"><xmp:CreateDate>${at}</xmp:CreateDate><xmp:ModifyDate>${at}</xmp:ModifyDate><xmp:CreatorTool>postmottak</xmp:CreatorTool></rdf:Description>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(m.title)}</rdf:li></rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li>${xml(m.author)}</rdf:li></rdf:Seq></dc:creator></rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"><pdf:Producer>postmottak (pdf-lib)</pdf:Producer></rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
  // Unfiltered: PDF/A-1 wants the metadata stream readable as it is.
  // The first letter's packet goes, not only its reference: it would still be in the file, naming that letter.
  const old = doc.catalog.get(PDFName.of('Metadata'));
  if (old instanceof PDFRef) doc.context.delete(old);
  const stream = doc.context.stream(new TextEncoder().encode(packet), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}
