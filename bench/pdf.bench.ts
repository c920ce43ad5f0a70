/**
 * `npm run bench:pdf`: rendering a full certificate (10 products, 10 themes, bar chart, QR code, embedded
 * DejaVu fonts, signed payload attached) beside a bare pdfkit A4 page with the same fonts (shared, pre-parsed)
 * and the same text, interleaved in one run. Writes bench/results/pdf.json.
 *
 * BENCH_ROUNDS (default 200) timed rounds of each, after BENCH_WARMUP (default 20) untimed ones.
 *
 * An extra row, outside the ratio: the same certificate with a Chinese legal name, which pulls in the Noto Sans
 * CJK fallback (first render, which parses it, then BENCH_CJK_ROUNDS, default 20, warm ones). Its size counts
 * toward the 150 KB target.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { Logger } from '@nestjs/common';
import PDFDocument from 'pdfkit';
import { CERTIFICATE_LABELS, certificateFonts, CertificatePdfRenderer, signCertificate, SigningKeyRing, type SignedCertificate } from '@assay/certificates';
import { samplePayload } from '../libs/certificates/src/certificate.fixtures.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);
const CJK_ROUNDS = Number(process.env.BENCH_CJK_ROUNDS ?? 20);
const CJK_LEGAL_NAME = '杭州海康威视数字技术股份有限公司';
const TARGET_RATIO = 3;
const TARGET_BYTES = 150 * 1024;

/** Every string the certificate prints, so the bare page lays out and embeds the same glyphs. */
function certificateText(signed: SignedCertificate): string[] {
  const { payload } = signed;
  const labels = CERTIFICATE_LABELS.en;
  return [
    payload.issuer.name.toUpperCase(),
    labels.title,
    labels.subtitle,
    labels.supplier,
    payload.supplier.legalName,
    `${labels.country}: ${payload.supplier.country}`,
    labels.level[payload.level],
    `${labels.maturity} ${payload.maturity} / 100 · ${labels.tier}: ${labels.tiers[payload.tier]}`,
    `${labels.conditions}: ${payload.conditions ?? ''}`,
    labels.productsAndScope,
    ...payload.products.flatMap((product) => [product.name, labels.categories[product.category]]),
    labels.themeScores,
    ...payload.themes.flatMap((theme) => [`${theme.code}  ${theme.title.en}`, String(theme.score ?? labels.notApplicable)]),
    `${labels.serial} ${payload.serial}`,
    `${labels.issuedAt} 1 March 2026`,
    `${labels.validUntil} 1 March 2027`,
    `${labels.methodology} ${payload.methodologyVersion}`,
    labels.verify,
    payload.verificationUrl,
    labels.signature(signed.signature.keyId),
  ];
}

/** The baseline: one A4 page, the same two shared fonts, the same strings one per line; nothing else. */
function barePage(lines: string[]): Promise<Buffer> {
  const fonts = certificateFonts();
  const doc = new PDFDocument({ size: 'A4', margin: 0, font: null });
  doc.registerFont(fonts.regular.name, fonts.regular.font).registerFont(fonts.bold.name, fonts.bold.font);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  lines.forEach((line, index) => {
    doc.font(index % 2 === 0 ? 'regular' : 'bold', 8).text(line, 40, 30 + index * 11, { width: 515, lineBreak: false });
  });
  doc.end();
  return done;
}

async function timed(work: () => Promise<Buffer>): Promise<{ ms: number; bytes: number }> {
  const start = process.hrtime.bigint();
  const pdf = await work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, bytes: pdf.length };
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return { median: round(at(0.5)), p95: round(at(0.95)), mean: round(samples.reduce((a, b) => a + b, 0) / samples.length), min: round(sorted[0]!) };
}

async function main(): Promise<void> {
  Logger.overrideLogger(['error']);
  const ring = new SigningKeyRing({ keyId: 'bench', privateKey: generateKeyPairSync('ed25519').privateKey });
  const signed = signCertificate(samplePayload({}, { products: 10, themes: 10 }), ring);
  // Both sides share the fonts parsed once, as the worker does; the parse itself is measured apart.
  const parseStart = process.hrtime.bigint();
  certificateFonts();
  const fontParseMs = Number(process.hrtime.bigint() - parseStart) / 1e6;
  const renderer = new CertificatePdfRenderer();
  const lines = certificateText(signed);

  const samples = { certificate: [] as number[], bare: [] as number[] };
  const sizes = { certificate: 0, bare: 0 };
  for (let index = 0; index < WARMUP + ROUNDS; index += 1) {
    const a = () => timed(() => renderer.render(signed, { language: 'en' }));
    const b = () => timed(() => barePage(lines));
    // Alternate which side goes first, so neither always runs on a warmer heap.
    const first = index % 2 === 0 ? await a() : await b();
    const second = index % 2 === 0 ? await b() : await a();
    const [certificate, bare] = index % 2 === 0 ? [first, second] : [second, first];
    sizes.certificate = certificate.bytes;
    sizes.bare = bare.bytes;
    if (index < WARMUP) continue;
    samples.certificate.push(certificate.ms);
    samples.bare.push(bare.ms);
  }

  // After the interleaved rounds, so the CJK fonts are not parsed (nor in memory) while the ratio is measured.
  const cjkSigned = signCertificate(samplePayload({ supplier: { id: 's', legalName: CJK_LEGAL_NAME, country: 'CN' } }, { products: 10, themes: 10 }), ring);
  const cjkFirst = await timed(() => renderer.render(cjkSigned, { language: 'en' }));
  const cjkSamples: number[] = [];
  for (let index = 0; index < CJK_ROUNDS; index += 1) cjkSamples.push((await timed(() => renderer.render(cjkSigned, { language: 'en' }))).ms);
  const cjkStats = stats(cjkSamples);

  const certificateStats = stats(samples.certificate);
  const bareStats = stats(samples.bare);
  const ratio = Math.round((certificateStats.median / bareStats.median) * 100) / 100;
  const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  console.log(`\nCertificate PDF (10 products, 10 themes, chart, QR, embedded fonts, signed payload) vs bare A4 page, ${ROUNDS} rounds each (after ${WARMUP} warm-up), interleaved\n`);
  console.table({
    'certificate (CertificatePdfRenderer)': { 'median ms': certificateStats.median, 'p95 ms': certificateStats.p95, 'mean ms': certificateStats.mean, 'min ms': certificateStats.min, KB: kb(sizes.certificate) },
    'bare pdfkit page, same fonts and text': { 'median ms': bareStats.median, 'p95 ms': bareStats.p95, 'mean ms': bareStats.mean, 'min ms': bareStats.min, KB: kb(sizes.bare) },
    [`certificate, Chinese name (${CJK_ROUNDS} rounds)`]: { 'median ms': cjkStats.median, 'p95 ms': cjkStats.p95, 'mean ms': cjkStats.mean, 'min ms': cjkStats.min, KB: kb(cjkFirst.bytes) },
  });
  console.log(`Chinese-name certificate: first render (parses the CJK fallback) ${Math.round(cjkFirst.ms)} ms, ${kb(cjkFirst.bytes)} KB   (target ≤ ${TARGET_BYTES / 1024} KB)`);
  console.log(`ratio (median certificate / median bare): ${ratio}   (target ≤ ${TARGET_RATIO})`);
  console.log(`certificate size: ${kb(sizes.certificate)} KB   (target ≤ ${TARGET_BYTES / 1024} KB)   fonts parsed once in ${Math.round(fontParseMs)} ms`);

  const result = {
    ratio,
    targetRatio: TARGET_RATIO,
    certificateBytes: sizes.certificate,
    bareBytes: sizes.bare,
    targetCertificateBytes: TARGET_BYTES,
    withinTargets: ratio <= TARGET_RATIO && sizes.certificate <= TARGET_BYTES && cjkFirst.bytes <= TARGET_BYTES,
    cjkCertificate: { legalName: CJK_LEGAL_NAME, bytes: cjkFirst.bytes, firstRenderMs: Math.round(cjkFirst.ms * 10) / 10, rounds: CJK_ROUNDS, ms: cjkStats },
    rounds: ROUNDS,
    warmupRounds: WARMUP,
    certificateMs: certificateStats,
    bareMs: bareStats,
    fontParseMs: Math.round(fontParseMs * 10) / 10,
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version, platform: process.platform },
    measuredAt: new Date().toISOString(),
  };
  await mkdir(new URL('./results/', import.meta.url), { recursive: true });
  await writeFile(new URL('./results/pdf.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
  console.log('written: bench/results/pdf.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
