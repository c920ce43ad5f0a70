import { detectEvidenceType, isUtf8Text, nameMismatch } from './evidence-content-type.js';

const PNG_SIGNATURE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

describe('the content type of evidence, from its bytes', () => {
  it('recognises a signature whatever the name says', async () => {
    expect(await detectEvidenceType(PNG_SIGNATURE, true, { fileName: 'report.pdf', mimeType: 'application/pdf' })).toEqual({ allowed: true, contentType: 'image/png' });
    expect(await detectEvidenceType(Buffer.from('%PDF-1.7\n'), true, { fileName: 'x.txt' })).toEqual({ allowed: true, contentType: 'application/pdf' });
  });

  it('refuses a recognised type that is not on the list', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01]), Buffer.alloc(60)]);
    expect(await detectEvidenceType(elf, true, { fileName: 'notes.txt' })).toEqual({ allowed: false, detected: 'application/x-elf' });
  });

  it('takes UTF-8 text without NUL as CSV when so named or declared, else as plain text', async () => {
    const text = Buffer.from('a,b\n1,2\n');
    expect(await detectEvidenceType(text, true, { fileName: 'data.CSV' })).toEqual({ allowed: true, contentType: 'text/csv' });
    expect(await detectEvidenceType(text, true, { fileName: 'data', mimeType: 'text/csv' })).toEqual({ allowed: true, contentType: 'text/csv' });
    expect(await detectEvidenceType(text, true, { fileName: 'data.txt' })).toEqual({ allowed: true, contentType: 'text/plain' });
    expect(await detectEvidenceType(Buffer.from('a\u0000b'), true, { fileName: 'data.csv' })).toEqual({ allowed: false, detected: 'application/octet-stream' });
  });

  it('accepts a head that cuts a character in two, but not a whole file that ends mid-character', () => {
    const cut = Buffer.from('café', 'utf8').subarray(0, 4); // "caf" and the first byte of "é"
    expect(isUtf8Text(cut, false)).toBe(true);
    expect(isUtf8Text(cut, true)).toBe(false);
    expect(isUtf8Text(Buffer.from([0x63, 0xe9, 0x20]), false)).toBe(false); // Latin-1
  });

  it('says when the name announces another type', () => {
    expect(nameMismatch('report.pdf', 'image/png')).toContain('ends in .pdf but its content is image/png');
    expect(nameMismatch('photo.JPEG', 'image/jpeg')).toBeNull();
    expect(nameMismatch('README', 'text/plain')).toBeNull();
  });
});
