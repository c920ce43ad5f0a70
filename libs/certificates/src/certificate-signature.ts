import { canonicalPayload, parseCertificatePayload, type CertificatePayload } from './certificate-payload.js';
import { SIGNATURE_ALGORITHM, type CertificatePublicKeys, type SignatureVerdict, type SigningKeyRing } from './signing-key-ring.js';

/** The signature as embedded beside the payload in the PDF. */
export interface CertificateSignature {
  algorithm: typeof SIGNATURE_ALGORITHM;
  keyId: string;
  /** Base64 of the 64-byte Ed25519 signature over the UTF-8 bytes of `canonical`. */
  signature: string;
}

/** A payload, the exact bytes that were signed (its canonical JSON), and the signature: what a PDF carries. */
export interface SignedCertificate {
  payload: CertificatePayload;
  canonical: string;
  signature: CertificateSignature;
}

export function signCertificate(payload: CertificatePayload, keys: SigningKeyRing): SignedCertificate {
  const canonical = canonicalPayload(payload);
  const { keyId, signature } = keys.sign(Buffer.from(canonical, 'utf8'));
  return { payload: parseCertificatePayload(JSON.parse(canonical)), canonical, signature: { algorithm: SIGNATURE_ALGORITHM, keyId, signature: signature.toString('base64') } };
}

export type CertificateVerdict = SignatureVerdict | { outcome: 'NOT_CANONICAL'; keyId: string } | { outcome: 'UNSUPPORTED_ALGORITHM'; keyId: string };

/**
 * Checks the signature over the exact embedded bytes, then that those bytes are the canonical form of the
 * payload they hold (so two spellings of one payload can never both carry a valid signature).
 */
export function verifyCertificate(signed: Pick<SignedCertificate, 'canonical' | 'signature'>, keys: CertificatePublicKeys): CertificateVerdict {
  const { algorithm, keyId, signature } = signed.signature;
  if (algorithm !== SIGNATURE_ALGORITHM) return { outcome: 'UNSUPPORTED_ALGORITHM', keyId };
  const verdict = keys.verify(Buffer.from(signed.canonical, 'utf8'), Buffer.from(signature, 'base64'), keyId);
  if (verdict.outcome !== 'VALID') return verdict;
  try {
    if (canonicalPayload(parseCertificatePayload(JSON.parse(signed.canonical))) !== signed.canonical) return { outcome: 'NOT_CANONICAL', keyId };
  } catch {
    return { outcome: 'NOT_CANONICAL', keyId };
  }
  return verdict;
}

/** One line a person can read for each verdict. */
export function describeVerdict(verdict: CertificateVerdict): string {
  switch (verdict.outcome) {
    case 'VALID':
      return `signed by key "${verdict.keyId}" (${verdict.keyStatus === 'ACTIVE' ? 'the current key' : 'a retired key'})`;
    case 'BAD_SIGNATURE':
      return `the signature does not match the payload for key "${verdict.keyId}": the payload or the signature was altered`;
    case 'UNKNOWN_KEY':
      return `signed by key "${verdict.keyId}", which is not among the association's keys`;
    case 'NOT_CANONICAL':
      return 'the signed bytes are not the canonical form of a certificate payload';
    case 'UNSUPPORTED_ALGORITHM':
      return `the signature algorithm is not ${SIGNATURE_ALGORITHM}`;
  }
}
