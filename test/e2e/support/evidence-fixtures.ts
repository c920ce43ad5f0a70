import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { crc32, deflateSync } from 'node:zlib';

/** Tiny but genuine files of every kind evidence may (and may not) be, built in memory. */

export const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
    'trailer << /Root 1 0 R >>\n%%EOF\n',
);

/** A PDF whose catalog runs JavaScript when it opens. */
export const PDF_WITH_JAVASCRIPT = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> >> endobj\n' +
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

/** A PDF whose Launch action, in a compressed object stream, sits past the first 100 kB of page content. */
export function pdfWithHiddenLaunch(): Buffer {
  const hidden = deflateSync(Buffer.from('3 0 << /S /Launch /F (cmd.exe) >>'));
  const padding = deflateSync(randomBytes(100_000));
  return Buffer.concat([
    Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n'),
    Buffer.from(`4 0 obj << /Filter /FlateDecode /Length ${padding.length} >>\nstream\n`),
    padding,
    Buffer.from(`\nendstream\nendobj\n5 0 obj << /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${hidden.length} >>\nstream\r\n`),
    hidden,
    Buffer.from('\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  ]);
}

/** JFIF header, an empty comment and the end-of-image marker: enough for any signature check. */
export const JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x02,
  0xff, 0xd9,
]);

export const CSV = Buffer.from('control,status,owner\nhuman-rights policy,adopted,board\nimpact assessment,yearly,compliance\n');
export const TEXT = Buffer.from('Our grievance mechanism is described in section 4 — voilà, ¿qué más?\n');

/** An ELF executable header (Linux binaries). */
export const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(56)]);
/** A Windows executable: the DOS header's "MZ". */
export const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('This program cannot be run in DOS mode.')]);

/** A zip archive (entries stored, not compressed), with its central directory: a real, openable zip. */
export function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const fileName = Buffer.from(name);
    const data = Buffer.from(content);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function officeDocument(mainPart: string, mainContentType: string, mainXml: string): Buffer {
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      `<Override PartName="/${mainPart}" ContentType="${mainContentType}"/></Types>`,
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${mainPart}"/></Relationships>`,
    [mainPart]: mainXml,
  });
}

export const DOCX = officeDocument(
  'word/document.xml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Policy</w:t></w:r></w:p></w:body></w:document>',
);

export const XLSX = officeDocument(
  'xl/workbook.xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
);

export const PLAIN_ZIP = zip({ 'notes.txt': 'just a zip' });

export interface FilePart {
  name: string;
  content: Buffer;
  type?: string;
}

const CRLF = '\r\n';

function fieldPart(boundary: string, name: string, value: string): string {
  return `--${boundary}${CRLF}content-disposition: form-data; name="${name}"${CRLF}${CRLF}${value}${CRLF}`;
}

function fileHeader(boundary: string, file: { name: string; type?: string }): Buffer {
  // The name goes out byte for byte (NUL, slashes and all), as a hostile client would send it.
  const escaped = file.name.replace(/"/g, '%22').replace(/\r|\n/g, ' ');
  return Buffer.concat([
    Buffer.from(`--${boundary}${CRLF}content-disposition: form-data; name="file"; filename="`),
    Buffer.from(escaped, 'utf8'),
    Buffer.from(`"${CRLF}content-type: ${file.type ?? 'application/octet-stream'}${CRLF}${CRLF}`),
  ]);
}

/** A multipart/form-data body and its headers, for `app.inject`. Fields go first unless `fieldsAfterFile`. */
export function multipart(
  fields: Record<string, string>,
  file?: FilePart | FilePart[],
  options: { fieldsAfterFile?: boolean } = {},
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----assay${randomBytes(8).toString('hex')}`;
  const fieldText = Buffer.from(Object.entries(fields).map(([name, value]) => fieldPart(boundary, name, value)).join(''));
  const files = file === undefined ? [] : Array.isArray(file) ? file : [file];
  const filePart = Buffer.concat(files.flatMap((one) => [fileHeader(boundary, one), one.content, Buffer.from(CRLF)]));
  const parts = options.fieldsAfterFile ? [filePart, fieldText] : [fieldText, filePart];
  return {
    payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--${CRLF}`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/**
 * A multipart body whose file is `size` bytes (a PDF header, then zeros), produced chunk by chunk as it is
 * read: the test never holds the whole file in memory.
 */
export function largeMultipart(fields: Record<string, string>, size: number): { payload: Readable; headers: Record<string, string> } {
  const boundary = `----assay${randomBytes(8).toString('hex')}`;
  const head = Buffer.concat([
    Buffer.from(Object.entries(fields).map(([name, value]) => fieldPart(boundary, name, value)).join('')),
    fileHeader(boundary, { name: 'huge.pdf', type: 'application/pdf' }),
    Buffer.from('%PDF-1.4\n'),
  ]);
  const chunk = Buffer.alloc(256 * 1024);
  let remaining = size - '%PDF-1.4\n'.length;
  function* pieces(): Generator<Buffer> {
    yield head;
    while (remaining > 0) {
      const length = Math.min(remaining, chunk.length);
      remaining -= length;
      yield length === chunk.length ? chunk : chunk.subarray(0, length);
    }
    yield Buffer.from(`${CRLF}--${boundary}--${CRLF}`);
  }
  return { payload: Readable.from(pieces(), { objectMode: false }), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
