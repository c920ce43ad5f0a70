import PDFDocument from 'pdfkit';
import { certificateFonts } from './certificate-fonts.js';
import { drawLine, drawParagraph, textRuns } from './certificate-text.drawing.js';
import { hasToUnicode, inspectPdf } from './pdf-inspection.test-support.js';

const fonts = certificateFonts();

function document(): PDFDocument {
  const doc = new PDFDocument({ size: 'A4', margin: 0, font: null });
  doc.registerFont(fonts.regular.name, fonts.regular.font).registerFont(fonts.bold.name, fonts.bold.font);
  return doc;
}

function finish(doc: PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.end();
  return done;
}

const runsOf = (text: string) => textRuns(fonts.regular, text).map(({ name, text }) => [name, text]);

describe('textRuns', () => {
  it('keeps text DejaVu covers in one run of the face itself', () => {
    expect(runsOf('Ασπίδα Shield ООО')).toEqual([['regular', 'Ασπίδα Shield ООО']]);
  });

  it('gives Han and kana to the Chinese fallback, spaces to the run before them', () => {
    expect(runsOf('NEC 日本電気株式会社 (Japan)')).toEqual([
      ['regular', 'NEC '],
      ['regular-sc', '日本電気株式会社 '],
      ['regular', '(Japan)'],
    ]);
  });

  it('takes Han from the Korean font in text that has Hangul anywhere, from the Chinese one otherwise', () => {
    expect(runsOf('한화 韓國')).toEqual([['regular-kr', '한화 韓國']]);
    expect(runsOf('韓國 한')).toEqual([['regular-kr', '韓國 한']]);
    expect(runsOf('韓國 Shield')).toEqual([['regular-sc', '韓國 '], ['regular', 'Shield']]);
  });

  it('takes Han the Korean font lacks from the Chinese one, even in Korean text', () => {
    expect(runsOf('한화 华')).toEqual([['regular-kr', '한화 '], ['regular-sc', '华']]);
  });
});

describe('drawParagraph with a fallback', () => {
  it('wraps to the width and cuts with an ellipsis at the lines that fit in the height', async () => {
    const doc = document();
    const name = `${'杭州海康威视数字技术股份有限公司'.repeat(8)}终`; // the last character never fits
    doc.font(fonts.bold.name, 18);
    const lineHeight = doc.currentLineHeight(true);
    const height = drawParagraph(doc, fonts.bold, 18, name, 48, 150, { width: 300, height: 48 });
    expect(height).toBeCloseTo(2 * lineHeight); // 48 pt holds two lines of 18 pt DejaVu
    const { streamsText } = await inspectPdf(await finish(doc));
    expect(hasToUnicode(streamsText, '…')).toBe(true);
    expect(hasToUnicode(streamsText, '杭')).toBe(true);
    expect(hasToUnicode(streamsText, '终')).toBe(false);
  });

  it('draws every line of a text that fits, with no ellipsis', () => {
    const doc = document();
    doc.font(fonts.regular.name, 9);
    const lineHeight = doc.currentLineHeight(true);
    expect(drawParagraph(doc, fonts.regular, 9, 'Dahua 大华', 48, 150, { width: 300, height: 48 })).toBeCloseTo(lineHeight);
  });
});

describe('drawLine with a fallback', () => {
  it('cuts a line wider than its width with an ellipsis: the cut-off characters are not in the document', async () => {
    const doc = document();
    drawLine(doc, fonts.regular, 9, '智能视频分析服务器 Edge 한화', 48, 150, { width: 60, ellipsis: true });
    const { streamsText } = await inspectPdf(await finish(doc));
    expect(hasToUnicode(streamsText, '智')).toBe(true);
    expect(hasToUnicode(streamsText, '…')).toBe(true);
    expect(hasToUnicode(streamsText, '한')).toBe(false);
  });

  it('draws the whole line when it fits', async () => {
    const doc = document();
    drawLine(doc, fonts.regular, 9, '智能 Edge 한화', 48, 150, { width: 300, ellipsis: true });
    const { streamsText } = await inspectPdf(await finish(doc));
    expect(['智', 'E', '한', '화'].every((character) => hasToUnicode(streamsText, character))).toBe(true);
    expect(hasToUnicode(streamsText, '…')).toBe(false);
  });
});
