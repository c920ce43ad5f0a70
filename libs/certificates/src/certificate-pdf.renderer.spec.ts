import { jest } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { LANGUAGES } from '@assay/domain';
import { samplePayload } from './certificate.fixtures.js';
import { certificateFonts, missingFaceGlyphs, missingGlyphs } from './certificate-fonts.js';
import { CERTIFICATE_LABELS } from './certificate-labels.js';
import { CertificatePdfRenderer } from './certificate-pdf.renderer.js';
import { readCertificatePdf } from './certificate-pdf.reader.js';
import { signCertificate, verifyCertificate } from './certificate-signature.js';
import { SigningKeyRing } from './signing-key-ring.js';
import { hasToUnicode, inspectPdf } from './pdf-inspection.test-support.js';

const ring = new SigningKeyRing({ keyId: 'spec-key', privateKey: generateKeyPairSync('ed25519').privateKey });
const renderer = new CertificatePdfRenderer();
const A4 = [0, 0, 595.28, 841.89];

describe('CertificatePdfRenderer', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it.each(LANGUAGES)('renders in %s, and the reader gets back exactly the signed payload and signature', async (language) => {
    const signed = signCertificate(samplePayload(), ring);
    const pdf = await renderer.render(signed, { language });
    const read = await readCertificatePdf(pdf);
    expect(read.canonical).toBe(signed.canonical);
    expect(read.signature).toEqual(signed.signature);
    expect(read.payload).toEqual(signed.payload);
    expect(verifyCertificate(read, ring.publicKeys).outcome).toBe('VALID');
    const inspection = await inspectPdf(pdf);
    expect(inspection.language).toBe(language);
    // The page is drawn in the requested language: a word only that language's labels have is in the text.
    const word = CERTIFICATE_LABELS[language].themeScores.split(' ')[0]!;
    expect([...word].every((character) => hasToUnicode(inspection.streamsText, character))).toBe(true);
  });

  it('is one A4 page with DejaVu embedded once per face, under 150 KB for 10 products and 10 themes', async () => {
    const pdf = await renderer.render(signCertificate(samplePayload({}, { products: 10, themes: 10 }), ring), { language: 'fr' });
    const inspection = await inspectPdf(pdf);
    expect(inspection.pageCount).toBe(1);
    expect(inspection.mediaBoxes).toEqual([A4]);
    expect(inspection.fontPrograms).toBe(2);
    const faces = inspection.fontNames.map((name) => name.replace(/^[A-Z]{6}\+/, '')).filter((name) => name !== 'undefined');
    expect(faces.sort()).toEqual(['DejaVuSans', 'DejaVuSans', 'DejaVuSans-Bold', 'DejaVuSans-Bold']); // Type0 + its CIDFont, per face
    expect(inspection.fontNames.some((name) => /Helvetica/.test(name))).toBe(false);
    expect(pdf.length).toBeLessThan(150 * 1024);
  });

  it('keeps to one page however many products: the ones that do not fit are counted', async () => {
    const pdf = await renderer.render(signCertificate(samplePayload({}, { products: 60, themes: 10 }), ring), { language: 'en' });
    const inspection = await inspectPdf(pdf);
    expect(inspection.pageCount).toBe(1);
    expect((await readCertificatePdf(pdf)).payload.products).toHaveLength(60);
  });

  it.each([
    ['Cyrillic', 'ООО «Северный Щит»', 'RU'],
    ['Greek', 'Ασπίδα Τεχνολογίες Α.Ε.', 'GR'],
    ['Arabic', 'شركة الدرع للتقنية', 'AE'],
    ['Hebrew', 'מגן טכנולוגיות בע״מ', 'IL'],
    ['Armenian and Georgian', 'Վահան ՍՊԸ · ფარი შპს', 'AM'],
  ])('draws a %s legal name with glyphs of the embedded font', async (_script, legalName, country) => {
    expect(missingGlyphs(certificateFonts().regular.font, legalName)).toEqual([]);
    expect(missingGlyphs(certificateFonts().bold.font, legalName)).toEqual([]);
    const pdf = await renderer.render(signCertificate(samplePayload({ supplier: { id: 's', legalName, country } }), ring), { language: 'en' });
    const { streamsText } = await inspectPdf(pdf);
    // Every letter is extractable as text: the font's ToUnicode map covers it (Arabic through its shaped
    // presentation forms, so for Arabic it is enough that the Arabic block or its presentation forms appear).
    const letters = [...legalName].filter((character) => /\p{L}/u.test(character));
    if (_script === 'Arabic') expect(/<(06[0-9A-F]{2}|FE[7-9A-F][0-9A-F])>/i.test(streamsText)).toBe(true);
    else expect(letters.filter((character) => !hasToUnicode(streamsText, character))).toEqual([]);
    expect((await readCertificatePdf(pdf)).payload.supplier.legalName).toBe(legalName);
  });

  it('says which characters DejaVu cannot draw, and that the CJK fallbacks draw them', () => {
    const { regular, bold } = certificateFonts();
    expect(missingGlyphs(regular.font, '北京 Shield 株式会社')).toEqual(['北', '京', '株', '式', '会', '社']);
    expect(missingFaceGlyphs(regular, '北京 Shield 株式会社')).toEqual([]);
    expect(missingFaceGlyphs(bold, '北京 Shield 株式会社')).toEqual([]);
    // What no font has is still reported (a Linear B syllable, Devanagari).
    expect(missingFaceGlyphs(regular, 'Shield 𐀀 क')).toEqual(['𐀀', 'क']);
  });

  describe('CJK names (Noto Sans CJK fallback for what DejaVu lacks)', () => {
    const withoutCjkFonts = (pdf: Awaited<ReturnType<typeof inspectPdf>>) => pdf.fontNames.map((name) => name.replace(/^[A-Z]{6}\+/, '')).filter((name) => name !== 'undefined');

    it.each([
      ['Chinese', '杭州海康威视数字技术股份有限公司', 'CN', 'NotoSansHans-Bold'],
      ['traditional Chinese', '鴻海精密工業股份有限公司', 'TW', 'NotoSansHans-Bold'],
      ['Japanese (kanji and kana)', 'キヤノン電子株式会社', 'JP', 'NotoSansHans-Bold'],
      ['Korean', '한화비전 주식회사', 'KR', 'NotoSansKR-Bold'],
      ['Latin and Chinese', 'Zhejiang Dahua 大华技术股份有限公司 (Dahua Technology)', 'CN', 'NotoSansHans-Bold'],
    ])('draws a %s legal name with every glyph present, extractable as text', async (_script, legalName, country, cjkFace) => {
      expect(missingFaceGlyphs(certificateFonts().bold, legalName)).toEqual([]);
      const warnings = jest.spyOn(Logger.prototype, 'warn');
      const pdf = await renderer.render(signCertificate(samplePayload({ supplier: { id: 's', legalName, country } }), ring), { language: 'en' });
      expect(warnings).not.toHaveBeenCalled(); // the renderer logs characters no font can draw
      warnings.mockRestore();
      const inspection = await inspectPdf(pdf);
      const letters = [...legalName].filter((character) => /\p{L}/u.test(character));
      expect(letters.filter((character) => !hasToUnicode(inspection.streamsText, character))).toEqual([]);
      // The fallback is embedded (as a subset) beside DejaVu, and only for the face that needed it.
      expect(withoutCjkFonts(inspection)).toContain(cjkFace);
      expect(withoutCjkFonts(inspection).filter((name) => name.startsWith('Noto')).every((name) => name === cjkFace)).toBe(true);
      expect(inspection.pageCount).toBe(1);
      expect(pdf.length).toBeLessThan(150 * 1024);
      expect((await readCertificatePdf(pdf)).payload.supplier.legalName).toBe(legalName);
    });

    it('keeps a certificate all in Chinese (name, products, conditions) under 150 KB: only the glyphs used are embedded', async () => {
      const payload = samplePayload({
        supplier: { id: 's', legalName: '浙江大华技术股份有限公司', country: 'CN' },
        conditions: '在六个月内公布人脸比对模型的偏差测试结果，并将申诉机制扩展到在公共场所被拍摄的人员。',
      });
      payload.products = payload.products.map((product, index) => ({ ...product, name: `智能视频分析服务器第${index + 1}代（边缘计算）` }));
      const pdf = await renderer.render(signCertificate(payload, ring), { language: 'fr' });
      const inspection = await inspectPdf(pdf);
      expect(withoutCjkFonts(inspection).filter((name) => name.startsWith('Noto')).sort()).toEqual(['NotoSansHans-Bold', 'NotoSansHans-Bold', 'NotoSansHans-Regular', 'NotoSansHans-Regular']);
      expect(pdf.length).toBeLessThan(150 * 1024);
      const text = [payload.supplier.legalName, payload.conditions!, payload.products[0]!.name].join('');
      expect([...text].filter((character) => /\p{L}/u.test(character) && !hasToUnicode(inspection.streamsText, character))).toEqual([]);
    });

    it('embeds no CJK font in a certificate that needs none', async () => {
      const pdf = await renderer.render(signCertificate(samplePayload(), ring), { language: 'en' });
      expect((await inspectPdf(pdf)).fontNames.some((name) => /Noto/.test(name))).toBe(false);
    });
  });

  it('parses the font once per process: a second render does not re-read it', async () => {
    expect(certificateFonts()).toBe(certificateFonts());
    expect(certificateFonts().bold.fallbacks[0]!.font).toBe(certificateFonts().bold.fallbacks[0]!.font);
    const signed = signCertificate(samplePayload(), ring);
    await renderer.render(signed, { language: 'en' });
    const started = performance.now();
    await renderer.render(signed, { language: 'es' });
    // Generous: re-parsing DejaVu per document costs ~600 ms on these machines; a warm render is far below.
    expect(performance.now() - started).toBeLessThan(400);
  });
});
