import { Logger } from '@nestjs/common';
import PDFDocument from 'pdfkit';
import type { Language } from '@assay/domain';
import { PAYLOAD_ATTACHMENT, SIGNATURE_ATTACHMENT } from './certificate-attachments.js';
import { certificateFonts, missingFaceGlyphs, type CertificateFonts } from './certificate-fonts.js';
import { CERTIFICATE_LABELS, formatCertificateDate, type CertificateLabels } from './certificate-labels.js';
import { CertificateLevel, type CertificatePayload } from './certificate-payload.js';
import type { SignedCertificate } from './certificate-signature.js';
import { drawLine, drawParagraph } from './certificate-text.drawing.js';
import { drawQrCode } from './qr-code.drawing.js';

// A4 in points, and the layout's fixed geometry. Everything is placed at explicit coordinates on one page.
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 48;
const CONTENT_WIDTH = PAGE.width - 2 * MARGIN;
const INK = '#1a1a2e';
const MUTED = '#5c5f6b';
const ACCENT = '#1f4e79';
const BAR_TRACK = '#e6e9ef';
const QR_SIZE = 92;
const FOOTER_TOP = PAGE.height - MARGIN - QR_SIZE - 22;
const PRODUCT_ROW = 13;
const THEME_ROW = 17;

export interface CertificateRenderOptions {
  language: Language;
}

/**
 * The certificate as an A4 PDF in English, French or Spanish, carrying its signed payload and signature as
 * embedded files. Pure: payload in, bytes out; the worker decides where they are stored.
 */
export class CertificatePdfRenderer {
  private readonly logger = new Logger(CertificatePdfRenderer.name);

  constructor(private readonly fonts: CertificateFonts = certificateFonts()) {}

  async render(signed: SignedCertificate, { language }: CertificateRenderOptions): Promise<Buffer> {
    const { payload } = signed;
    const labels = CERTIFICATE_LABELS[language];
    const missing = [
      ...new Set([
        ...missingFaceGlyphs(this.fonts.bold, `${payload.issuer.name.toUpperCase()} ${payload.supplier.legalName}`),
        ...missingFaceGlyphs(this.fonts.regular, [...payload.products.map((product) => product.name), payload.conditions ?? '', ...payload.themes.map((theme) => theme.title[language])].join(' ')),
      ]),
    ];
    if (missing.length > 0) this.logger.warn({ serial: payload.serial, missing: missing.join('') }, 'certificate text has characters the embedded font cannot draw');

    const doc = new PDFDocument({
      size: 'A4',
      margin: 0,
      font: null, // no Helvetica: every glyph comes from the embedded Unicode fonts
      lang: language,
      displayTitle: true,
      info: {
        Title: `${labels.title} ${payload.serial}`,
        Author: payload.issuer.name,
        Subject: payload.supplier.legalName,
        Keywords: `certificate, ${payload.serial}, ${payload.level}`,
        Creator: 'Assay',
        // Dates from the payload, not the clock: the same certificate renders to the same content.
        CreationDate: new Date(payload.issuedAt),
        ModDate: new Date(payload.issuedAt),
      },
    });
    // The CJK fallbacks are registered by the text drawing, only in documents that use them.
    doc.registerFont(this.fonts.regular.name, this.fonts.regular.font).registerFont(this.fonts.bold.name, this.fonts.bold.font);
    const done = collect(doc);
    const fonts = this.fonts;

    drawHeader(doc, fonts, payload, labels);
    let y = drawSupplier(doc, fonts, payload, labels, 150);
    y = drawLevel(doc, fonts, payload, labels, y + 14);
    // Products get the lines the chart and footer leave; the rest are counted (all are in the signed payload).
    const chartHeight = 18 + payload.themes.length * THEME_ROW;
    const productLines = Math.max(1, Math.floor((FOOTER_TOP - 14 - chartHeight - 16 - (y + 16) - 17) / PRODUCT_ROW) - 1);
    y = drawProducts(doc, fonts, payload, labels, y + 16, productLines);
    drawThemeChart(doc, fonts, payload, labels, language, y + 16);
    drawFooter(doc, signed, labels, language);
    attachSignedPayload(doc, signed);

    doc.end();
    return done;
  }
}

function collect(doc: PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

// User-supplied text (names, products, conditions, theme titles) goes through drawLine/drawParagraph, which
// take the characters DejaVu lacks from the CJK fallbacks; fixed labels are drawn by pdfkit directly.

function drawHeader(doc: PDFDocument, fonts: CertificateFonts, payload: CertificatePayload, labels: CertificateLabels): void {
  doc.rect(0, 0, PAGE.width, 8).fill(ACCENT);
  doc.fillColor(ACCENT);
  drawLine(doc, fonts.bold, 11, payload.issuer.name.toUpperCase(), MARGIN, 36, { width: CONTENT_WIDTH, ellipsis: true, characterSpacing: 1 });
  doc.font('bold', 20).fillColor(INK).text(labels.title, MARGIN, 58, { width: CONTENT_WIDTH, height: 52, ellipsis: true });
  doc.font('regular', 10).fillColor(MUTED).text(labels.subtitle, MARGIN, 112, { width: CONTENT_WIDTH, lineBreak: false });
  doc.moveTo(MARGIN, 134).lineTo(PAGE.width - MARGIN, 134).lineWidth(0.75).stroke(BAR_TRACK);
}

function drawSupplier(doc: PDFDocument, fonts: CertificateFonts, payload: CertificatePayload, labels: CertificateLabels, top: number): number {
  doc.font('regular', 9).fillColor(MUTED).text(labels.supplier.toUpperCase(), MARGIN, top, { lineBreak: false });
  doc.fillColor(INK);
  const nameHeight = drawParagraph(doc, fonts.bold, 18, payload.supplier.legalName, MARGIN, top + 13, { width: CONTENT_WIDTH, height: 48 });
  const after = top + 13 + nameHeight + 2;
  doc.font('regular', 10).fillColor(MUTED).text(`${labels.country}: ${payload.supplier.country}`, MARGIN, after, { lineBreak: false });
  return after + 14;
}

function drawLevel(doc: PDFDocument, fonts: CertificateFonts, payload: CertificatePayload, labels: CertificateLabels, top: number): number {
  const level = labels.level[payload.level];
  doc.font('bold', 12);
  const badgeWidth = doc.widthOfString(level) + 24;
  doc.roundedRect(MARGIN, top, badgeWidth, 24, 12).fill(payload.level === CertificateLevel.CERTIFIED ? '#2e7d32' : '#b26a00');
  doc.fillColor('#ffffff').text(level, MARGIN + 12, top + 6, { lineBreak: false });
  const facts = `${labels.maturity} ${payload.maturity.toFixed(1)} / 100   ·   ${labels.tier}: ${labels.tiers[payload.tier]}`;
  doc.font('regular', 10).fillColor(INK).text(facts, MARGIN + badgeWidth + 14, top + 7, { width: CONTENT_WIDTH - badgeWidth - 14, lineBreak: false, ellipsis: true });
  let y = top + 32;
  if (payload.conditions) {
    doc.font('bold', 9).fillColor(INK).text(`${labels.conditions}:`, MARGIN, y, { lineBreak: false });
    const height = drawParagraph(doc, fonts.regular, 9, payload.conditions, MARGIN, y + 12, { width: CONTENT_WIDTH, height: 48 });
    y += 12 + height;
  }
  return y;
}

function drawProducts(doc: PDFDocument, fonts: CertificateFonts, payload: CertificatePayload, labels: CertificateLabels, top: number, maxLines: number): number {
  doc.font('bold', 11).fillColor(ACCENT).text(labels.productsAndScope, MARGIN, top, { lineBreak: false });
  let y = top + 17;
  const shown = payload.products.length <= maxLines + 1 ? payload.products : payload.products.slice(0, maxLines);
  const nameWidth = CONTENT_WIDTH * 0.5;
  for (const product of shown) {
    doc.fillColor(INK);
    drawLine(doc, fonts.regular, 9, product.name, MARGIN, y, { width: nameWidth - 8, ellipsis: true });
    doc.font('regular', 9).fillColor(MUTED).text(labels.categories[product.category], MARGIN + nameWidth, y, { width: CONTENT_WIDTH - nameWidth, lineBreak: false, ellipsis: true });
    y += PRODUCT_ROW;
  }
  if (payload.products.length > shown.length) {
    doc.font('regular', 9).fillColor(MUTED).text(labels.moreProducts(payload.products.length - shown.length), MARGIN, y, { lineBreak: false });
    y += PRODUCT_ROW;
  }
  return y;
}

/** One horizontal bar per theme, 0-100, drawn with vector paths; a theme with no applicable question says so. */
function drawThemeChart(doc: PDFDocument, fonts: CertificateFonts, payload: CertificatePayload, labels: CertificateLabels, language: Language, top: number): void {
  doc.font('bold', 11).fillColor(ACCENT).text(labels.themeScores, MARGIN, top, { lineBreak: false });
  const labelWidth = 230;
  const valueWidth = 34;
  const barX = MARGIN + labelWidth + 8;
  const barWidth = CONTENT_WIDTH - labelWidth - 8 - valueWidth;
  const row = THEME_ROW;
  let y = top + 18;
  // Gridlines at 0, 50 and 100 so a reader can judge a bar's length.
  const chartHeight = payload.themes.length * row;
  for (const mark of [0, 50, 100]) {
    const x = barX + (barWidth * mark) / 100;
    doc.moveTo(x, y - 2).lineTo(x, y + chartHeight - 4).lineWidth(0.5).stroke(BAR_TRACK);
  }
  for (const theme of payload.themes) {
    doc.fillColor(INK);
    drawLine(doc, fonts.regular, 8.5, `${theme.code}  ${theme.title[language]}`, MARGIN, y + 1, { width: labelWidth, ellipsis: true });
    doc.rect(barX, y, barWidth, 10).fill(BAR_TRACK);
    if (theme.score !== null) {
      doc.rect(barX, y, (barWidth * theme.score) / 100, 10).fill(theme.score >= 70 ? ACCENT : '#b26a00');
    }
    const value = theme.score === null ? labels.notApplicable : theme.score.toFixed(0);
    doc.font('bold', 8.5).fillColor(INK).text(value, barX + barWidth, y + 1, { width: valueWidth, align: 'right', lineBreak: false });
    y += row;
  }
}

function drawFooter(doc: PDFDocument, signed: SignedCertificate, labels: CertificateLabels, language: Language): void {
  const { payload } = signed;
  const top = FOOTER_TOP;
  doc.moveTo(MARGIN, top - 10).lineTo(PAGE.width - MARGIN, top - 10).lineWidth(0.75).stroke(BAR_TRACK);
  const textWidth = CONTENT_WIDTH - QR_SIZE - 16;
  const facts: [string, string][] = [
    [labels.serial, payload.serial],
    [labels.issuedAt, formatCertificateDate(payload.issuedAt, language)],
    [labels.validUntil, formatCertificateDate(payload.validUntil, language)],
    [labels.methodology, payload.methodologyVersion],
  ];
  let y = top;
  for (const [label, value] of facts) {
    doc.font('regular', 9).fillColor(MUTED).text(label, MARGIN, y, { width: 110, lineBreak: false });
    doc.font('bold', 9).fillColor(INK).text(value, MARGIN + 110, y, { width: textWidth - 110, lineBreak: false, ellipsis: true });
    y += 14;
  }
  y += 4;
  doc.font('regular', 8.5).fillColor(MUTED).text(labels.verify, MARGIN, y, { width: textWidth, lineBreak: false, ellipsis: true });
  doc.fillColor(ACCENT).text(payload.verificationUrl, MARGIN, y + 12, { width: textWidth, lineBreak: false, ellipsis: true, link: payload.verificationUrl });
  doc.font('regular', 7).fillColor(MUTED).text(labels.signature(signed.signature.keyId), MARGIN, y + 28, { width: textWidth, height: 30, ellipsis: true });
  drawQrCode(doc, payload.verificationUrl, PAGE.width - MARGIN - QR_SIZE, top - 4, QR_SIZE);
  doc.link(PAGE.width - MARGIN - QR_SIZE, top - 4, QR_SIZE, QR_SIZE, payload.verificationUrl);
}

/** The exact signed bytes and the signature, as embedded files a viewer lists and the reader extracts. */
function attachSignedPayload(doc: PDFDocument, signed: SignedCertificate): void {
  const issued = new Date(signed.payload.issuedAt);
  doc.file(Buffer.from(signed.canonical, 'utf8'), {
    name: PAYLOAD_ATTACHMENT,
    type: 'application/json',
    description: 'Certificate payload (RFC 8785 canonical JSON), exactly as signed',
    relationship: 'Source',
    creationDate: issued,
    modifiedDate: issued,
  });
  doc.file(Buffer.from(JSON.stringify(signed.signature), 'utf8'), {
    name: SIGNATURE_ATTACHMENT,
    type: 'application/json',
    description: 'Ed25519 signature of the payload, with the id of the signing key',
    relationship: 'Supplement',
    creationDate: issued,
    modifiedDate: issued,
  });
}
