import { randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import PdfKitDocument from 'pdfkit';
import { PdfActiveContentScanner } from './pdf-active-content.js';

/** A small PDF whose catalog carries `catalogExtra`, and whose other objects are `objects`. */
function pdf(catalogExtra = '', ...objects: (string | Buffer)[]): Buffer {
  return Buffer.concat([
    Buffer.from(`%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R ${catalogExtra} >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n`, 'latin1'),
    ...objects.map((object) => (typeof object === 'string' ? Buffer.from(object, 'latin1') : object)),
    Buffer.from('trailer\n<< /Root 1 0 R >>\n%%EOF\n'),
  ]);
}

/** A stream object: `dictionary` then the raw data, `eol` ending the `stream` keyword line. */
function streamObject(number: number, dictionary: string, data: Buffer, eol = '\n'): Buffer {
  return Buffer.concat([Buffer.from(`${number} 0 obj\n<< ${dictionary} /Length ${data.length} >>\nstream${eol}`), data, Buffer.from('\nendstream\nendobj\n')]);
}

/** An object stream holding `objects` (already numbered text), Flate-compressed. */
function objectStream(number: number, objects: string, eol = '\n'): Buffer {
  return streamObject(number, '/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', deflateSync(Buffer.from(`9 0 ${objects}`)), eol);
}

/** Feeds the file in chunks of `size` bytes (names and keywords then straddle chunk boundaries). */
function scan(file: Buffer, size = file.length): string | null {
  const scanner = new PdfActiveContentScanner();
  for (let offset = 0; offset < file.length; offset += size) scanner.write(file.subarray(offset, offset + size));
  scanner.end();
  return scanner.found;
}

const JS_ACTION = '/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>';

describe('a PDF with active content is found, however it is fed', () => {
  it.each([1, 3, 7, 64, 4096])('in chunks of %i bytes', (size) => {
    expect(scan(pdf(JS_ACTION), size)).toMatch(/contains JavaScript \(\/JavaScript\)/);
    expect(scan(pdf(), size)).toBeNull();
  });
});

describe('active content', () => {
  it('a JavaScript open action', () => {
    expect(scan(pdf(JS_ACTION))).toMatch(/JavaScript/);
  });

  it('document-level scripts in the names tree', () => {
    expect(scan(pdf('/Names << /JavaScript 3 0 R >>', '3 0 obj << /Names [(a) 4 0 R] >> endobj\n'))).toMatch(/JavaScript/);
  });

  it('a /JS key alone, without the action type', () => {
    expect(scan(pdf('/AA << /O << /JS 5 0 R >> >>'))).toMatch(/JavaScript \(\/JS\)/);
  });

  it('a Launch action', () => {
    expect(scan(pdf('/OpenAction << /S /Launch /F (calc.exe) >>'))).toMatch(/Launch action/);
  });

  it('an XFA form and rich media', () => {
    expect(scan(pdf('/AcroForm << /XFA 6 0 R >>'))).toMatch(/XFA/);
    expect(scan(pdf('', '7 0 obj << /Type /Annot /Subtype /RichMedia >> endobj\n'))).toMatch(/rich media/);
  });

  it('names disguised with #xx escapes', () => {
    expect(scan(pdf('/OpenAction << /S /J#61va#53cript /J#53 (x) >>'))).toMatch(/JavaScript/);
    expect(scan(pdf('/OpenAction << /S /#4c#61#75#6e#63#68 >>'))).toMatch(/Launch/);
  });

  it('a script hidden in a compressed object stream', () => {
    expect(scan(pdf('', objectStream(8, `<< /S /JavaScript /JS (x) >>`)))).toMatch(/JavaScript/);
    expect(scan(pdf('', objectStream(8, `<< /S /JavaScript /JS (x) >>`, '\r\n')), 5)).toMatch(/JavaScript/);
    expect(scan(pdf('', objectStream(8, `<< /Type /Annot /Subtype /Link >>`)))).toBeNull();
  });

  it('a script in an uncompressed object stream', () => {
    expect(scan(pdf('', streamObject(8, '/Type /ObjStm /N 1 /First 4', Buffer.from('9 0 << /JS (x) >>'))))).toMatch(/JavaScript/);
  });
});

describe('plain documents pass', () => {
  it('a catalog opening page 1 (an /OpenAction without script)', () => {
    expect(scan(pdf('/OpenAction [3 0 R /Fit] /URI << /Base (https://example.org) >>'))).toBeNull();
  });

  it('names that only start like active ones', () => {
    expect(scan(pdf('/JSON 1 /JavaScriptish 2 /Launcher 3 /XFAX 4'))).toBeNull();
  });

  it('binary stream data, where "/JS" can occur by chance', () => {
    const image = Buffer.concat([randomBytes(1000), Buffer.from('/JS '), randomBytes(1000)]).map((byte) => (byte === 0x65 ? 0x66 : byte)); // no "e": no stray "endstream"
    expect(scan(pdf('', streamObject(3, '/Type /XObject /Subtype /Image /Filter /DCTDecode', Buffer.from(image))))).toBeNull();
  });

  it('compressed page content (not an object stream) is not inflated', () => {
    expect(scan(pdf('', streamObject(3, '/Filter /FlateDecode', deflateSync(Buffer.from('BT /F1 12 Tf (Hello) Tj ET')))))).toBeNull();
  });
});

describe('what cannot be checked is refused, not let through', () => {
  it('an object stream behind a filter the check cannot read', () => {
    expect(scan(pdf('', streamObject(8, '/Type /ObjStm /N 1 /First 4 /Filter [/ASCIIHexDecode /FlateDecode]', Buffer.from('78da'))))).toMatch(/could not be checked/);
  });

  it('an object stream that is not deflate data (encrypted, say)', () => {
    expect(scan(pdf('', streamObject(8, '/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', Buffer.from('K9#qv!Zx'.repeat(25)))))).toMatch(/could not be decompressed/);
  });

  it('an object stream that inflates beyond the budget (a zip bomb)', () => {
    const bomb = deflateSync(Buffer.alloc(40 * 1024 * 1024, 0x20));
    expect(scan(pdf('', streamObject(8, '/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', bomb)))).toMatch(/could not be (checked|decompressed)/);
  });
});

describe('PDFs written by a real producer (pdf-lib, which keeps dictionaries in compressed object streams)', () => {
  async function produced(withScript: boolean): Promise<Buffer> {
    const document = await PDFDocument.create();
    const page = document.addPage();
    page.drawText('Human-rights policy, adopted by the board', { font: await document.embedFont(StandardFonts.Helvetica) });
    if (withScript) {
      const action = document.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.alert(1)') });
      document.catalog.set(PDFName.of('OpenAction'), document.context.register(action));
    }
    return Buffer.from(await document.save({ useObjectStreams: true }));
  }

  it('a plain document passes', async () => {
    const file = await produced(false);
    expect(file.includes('/ObjStm')).toBe(true);
    expect(scan(file, 1000)).toBeNull();
  });

  it('the same document with a script is refused, though the script is only in a compressed object stream', async () => {
    const file = await produced(true);
    expect(file.includes('/JavaScript')).toBe(false);
    expect(scan(file, 1000)).toMatch(/contains JavaScript/);
  });
});

it('a pdfkit document with an embedded TrueType font (binary streams) passes', async () => {
  const fonts = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const document = new PdfKitDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => document.on('end', () => resolve()));
  document.font(join(fonts, 'DejaVuSans.ttf')).fontSize(14).text('Certificat — Zertifikat — Сертификат — 証明書');
  document.end();
  await ended;
  expect(scan(Buffer.concat(chunks), 4096)).toBeNull();
});
