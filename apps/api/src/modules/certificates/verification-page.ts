import { CertificateStatus } from '@assay/domain';
import type { CertificateVerification } from './certificate-verification.service.js';

/** Every character that could end a text or attribute context in HTML, as an entity. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const STATUS_TEXT: Record<CertificateStatus, { headline: string; colour: string }> = {
  [CertificateStatus.VALID]: { headline: 'Valid: this certificate is in force', colour: '#1b6e3a' },
  [CertificateStatus.EXPIRED]: { headline: 'Expired: this certificate is no longer in force', colour: '#6b4e00' },
  [CertificateStatus.SUSPENDED]: { headline: 'Suspended: do not rely on this certificate', colour: '#a14a00' },
  [CertificateStatus.REVOKED]: { headline: 'Revoked: this certificate has been withdrawn', colour: '#a11a1a' },
};

/** No external assets: the styles are inline, so the page works offline and under a strict CSP. */
const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1a1a2e;line-height:1.5}
h1{font-size:1.4rem;margin-bottom:.25rem}.serial{font-family:ui-monospace,monospace;color:#5c5f6b}
.status{border-left:.5rem solid var(--c);background:#f5f6f8;padding:.75rem 1rem;margin:1.25rem 0;font-size:1.15rem;font-weight:600;color:var(--c)}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.35rem 1.25rem}dt{font-weight:600}dd{margin:0}ul{margin:0;padding-left:1.2rem}
footer{margin-top:2rem;font-size:.85rem;color:#5c5f6b}`;

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
<footer>Assay certificate verification. The status shown is the one in force when this page was produced; the signed PDF can be checked offline with <code>npm run cert:verify</code>.</footer>
</body>
</html>
`;
}

const day = (instant: string) => instant.slice(0, 10);

export function verificationPage(verification: CertificateVerification): string {
  const { headline, colour } = STATUS_TEXT[verification.status];
  const rows: [string, string][] = [
    ['Status', escapeHtml(verification.status)],
    ['Supplier', `${escapeHtml(verification.supplier.legalName)} (${escapeHtml(verification.supplier.country)})`],
    ['Level', escapeHtml(verification.level.replaceAll('_', ' ').toLowerCase())],
    ...(verification.conditions ? [['Conditions', escapeHtml(verification.conditions)] as [string, string]] : []),
    ['Products', `<ul>${verification.products.map((p) => `<li>${escapeHtml(p.name)} <small>(${escapeHtml(p.category)})</small></li>`).join('')}</ul>`],
    ['Issued', `<time datetime="${escapeHtml(verification.issuedAt)}">${day(verification.issuedAt)}</time>`],
    ['Valid until', `<time datetime="${escapeHtml(verification.validUntil)}">${day(verification.validUntil)}</time>`],
    ['Methodology', escapeHtml(verification.methodologyVersion)],
    ...(verification.statusChangedAt
      ? [[verification.status === CertificateStatus.REVOKED ? 'Revoked on' : 'Suspended on', `<time datetime="${escapeHtml(verification.statusChangedAt)}">${day(verification.statusChangedAt)}</time>`] as [string, string]]
      : []),
    ...(verification.statusReason ? [['Reason', escapeHtml(verification.statusReason)] as [string, string]] : []),
  ];
  return page(
    `Certificate ${verification.serial}: ${verification.status}`,
    `<h1>Certificate <span class="serial">${escapeHtml(verification.serial)}</span></h1>
<p class="status" style="--c:${colour}" role="status">${escapeHtml(headline)}</p>
<dl>
${rows.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join('\n')}
</dl>
<p>Checked at <time datetime="${escapeHtml(verification.checkedAt)}">${escapeHtml(verification.checkedAt.replace('T', ' ').slice(0, 19))} UTC</time>.</p>`,
  );
}

/** A page for what is not a certificate: an unknown serial, a malformed one, too many requests. */
export function verificationProblemPage(title: string, message: string): string {
  return page(title, `<h1>${escapeHtml(title)}</h1>\n<p class="status" style="--c:#5c5f6b" role="status">${escapeHtml(message)}</p>`);
}
