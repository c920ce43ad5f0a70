import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from 'pdf-lib';

/** What the specs look at inside a rendered PDF, through pdf-lib (independently of the reader under test). */
export interface PdfInspection {
  pageCount: number;
  mediaBoxes: number[][];
  /** BaseFont of every font dictionary, e.g. "ABCDEF+DejaVuSans". */
  fontNames: string[];
  /** How many embedded font programs (FontFile2 streams) the file holds. */
  fontPrograms: number;
  /** Every decoded stream concatenated as latin1 text (content streams, ToUnicode CMaps, attachments). */
  streamsText: string;
  language: string | undefined;
}

export async function inspectPdf(bytes: Uint8Array): Promise<PdfInspection> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  const fontNames: string[] = [];
  let fontPrograms = 0;
  const texts: string[] = [];
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFRawStream ? object.dict : object instanceof PDFDict ? object : undefined;
    if (!dict) continue;
    if (dict.lookupMaybe(PDFName.of('Type'), PDFName) === PDFName.of('Font')) fontNames.push(String(dict.lookupMaybe(PDFName.of('BaseFont'), PDFName)?.decodeText()));
    if (dict.has(PDFName.of('FontFile2'))) fontPrograms += 1;
    if (object instanceof PDFRawStream) texts.push(Buffer.from(decodePDFRawStream(object).decode()).toString('latin1'));
  }
  return {
    pageCount: document.getPageCount(),
    mediaBoxes: document.getPages().map((page) => {
      const box = page.node.lookup(PDFName.of('MediaBox'), PDFArray);
      return box.asArray().map((value) => Number(value.toString()));
    }),
    fontNames,
    fontPrograms,
    streamsText: texts.join('\n'),
    language: document.catalog.lookupMaybe(PDFName.of('Lang'), PDFString, PDFHexString)?.decodeText(),
  };
}

/** The code points a ToUnicode CMap maps to, as upper-case 4-hex-digit strings (BMP only, which is all the specs need). */
export function hasToUnicode(streamsText: string, character: string): boolean {
  const hex = character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return new RegExp(`<${hex}>`, 'i').test(streamsText);
}
