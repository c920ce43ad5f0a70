import { generateKeyPairSync } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { LANGUAGES } from '@assay/domain';
import { samplePayload } from './certificate.fixtures.js';
import { certificateFonts, missingGlyphs } from './certificate-fonts.js';
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
    expect(missingGlyphs(certificateFonts().regular, legalName)).toEqual([]);
    expect(missingGlyphs(certificateFonts().bold, legalName)).toEqual([]);
    const pdf = await renderer.render(signCertificate(samplePayload({ supplier: { id: 's', legalName, country } }), ring), { language: 'en' });
    const { streamsText } = await inspectPdf(pdf);
    // Every letter is extractable as text: the font's ToUnicode map covers it (Arabic through its shaped
    // presentation forms, so for Arabic it is enough that the Arabic block or its presentation forms appear).
    const letters = [...legalName].filter((character) => /\p{L}/u.test(character));
    if (_script === 'Arabic') expect(/<(06[0-9A-F]{2}|FE[7-9A-F][0-9A-F])>/i.test(streamsText)).toBe(true);
    else expect(letters.filter((character) => !hasToUnicode(streamsText, character))).toEqual([]);
    expect((await readCertificatePdf(pdf)).payload.supplier.legalName).toBe(legalName);
  });

  it('says which characters DejaVu cannot draw (CJK: see docs/certificates.md)', () => {
    expect(missingGlyphs(certificateFonts().regular, '北京 Shield 株式会社')).toEqual(['北', '京', '株', '式', '会', '社']);
  });

  it('parses the font once per process: a second render does not re-read it', async () => {
    expect(certificateFonts()).toBe(certificateFonts());
    const signed = signCertificate(samplePayload(), ring);
    await renderer.render(signed, { language: 'en' });
    const started = performance.now();
    await renderer.render(signed, { language: 'es' });
    // Generous: re-parsing DejaVu per document costs ~600 ms on these machines; a warm render is far below.
    expect(performance.now() - started).toBeLessThan(400);
  });
});
