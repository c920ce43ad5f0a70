import { attachmentDisposition, sanitiseFileName } from './evidence-file-name.js';

describe('the displayed name of an evidence file', () => {
  it('keeps an ordinary name', () => expect(sanitiseFileName('Policy v2 (final).pdf', 'application/pdf')).toBe('Policy v2 (final).pdf'));
  it('drops every path part, / or \\', () => {
    expect(sanitiseFileName('../../etc/passwd', 'text/plain')).toBe('passwd');
    expect(sanitiseFileName('C:\\Users\\me\\report.docx', 'text/plain')).toBe('report.docx');
  });
  it('drops NUL, control characters and bidirectional overrides', () => {
    expect(sanitiseFileName('inv\u0000oice\r\n.pdf', 'application/pdf')).toBe('invoice.pdf');
    expect(sanitiseFileName('evil\u202efdp.exe', 'application/pdf')).toBe('evilfdp.exe');
  });
  it('names a file that has no usable name after its content type', () => {
    expect(sanitiseFileName('', 'image/png')).toBe('evidence.png');
    expect(sanitiseFileName('../..', 'application/pdf')).toBe('evidence.pdf');
    expect(sanitiseFileName(undefined, 'text/csv')).toBe('evidence.csv');
  });
  it('cuts a long name to 255 characters, keeping its extension and whole characters', () => {
    const cut = sanitiseFileName(`${'é'.repeat(300)}.xlsx`, 'text/plain');
    expect(Array.from(cut)).toHaveLength(255);
    expect(cut.endsWith('é.xlsx')).toBe(true);
    const emoji = sanitiseFileName('😀'.repeat(300), 'text/plain');
    expect(Array.from(emoji)).toEqual(Array(255).fill('😀'));
  });
});

describe('the content-disposition of a download', () => {
  it('gives an ASCII fallback and the exact name, percent-encoded', () => {
    expect(attachmentDisposition('données "v2".pdf')).toBe(`attachment; filename="donn_es _v2_.pdf"; filename*=UTF-8''donn%C3%A9es%20%22v2%22.pdf`);
    expect(attachmentDisposition("it's (1).txt")).toBe(`attachment; filename="it's (1).txt"; filename*=UTF-8''it%27s%20%281%29.txt`);
  });
});
