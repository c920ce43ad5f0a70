import { generateKeyPairSync } from 'node:crypto';
import { samplePayload } from './certificate.fixtures.js';
import { signCertificate, verifyCertificate } from './certificate-signature.js';
import { CertificatePublicKeys, KeyRingError, SigningKeyRing } from './signing-key-ring.js';

const ed25519 = () => generateKeyPairSync('ed25519').privateKey;

describe('SigningKeyRing', () => {
  const ring = new SigningKeyRing({ keyId: '2026-01', privateKey: ed25519() });

  it('verifies what it signed', () => {
    const signed = signCertificate(samplePayload(), ring);
    expect(signed.signature).toMatchObject({ algorithm: 'Ed25519', keyId: '2026-01' });
    expect(Buffer.from(signed.signature.signature, 'base64')).toHaveLength(64);
    expect(verifyCertificate(signed, ring.publicKeys)).toEqual({ outcome: 'VALID', keyId: '2026-01', keyStatus: 'ACTIVE' });
  });

  it('refuses a payload with one byte changed', () => {
    const signed = signCertificate(samplePayload({ maturity: 76.4 }), ring);
    const altered = { ...signed, canonical: signed.canonical.replace('"maturity":76.4', '"maturity":96.4') };
    expect(altered.canonical).not.toBe(signed.canonical);
    expect(verifyCertificate(altered, ring.publicKeys)).toEqual({ outcome: 'BAD_SIGNATURE', keyId: '2026-01' });
  });

  it('refuses a signature with one bit flipped', () => {
    const signed = signCertificate(samplePayload(), ring);
    const bytes = Buffer.from(signed.signature.signature, 'base64');
    bytes[10] = bytes[10]! ^ 1;
    expect(verifyCertificate({ ...signed, signature: { ...signed.signature, signature: bytes.toString('base64') } }, ring.publicKeys).outcome).toBe('BAD_SIGNATURE');
  });

  it('refuses a certificate signed by a key it does not know, even one with a known key id', () => {
    const impostor = new SigningKeyRing({ keyId: 'someone-else', privateKey: ed25519() });
    expect(verifyCertificate(signCertificate(samplePayload(), impostor), ring.publicKeys)).toEqual({ outcome: 'UNKNOWN_KEY', keyId: 'someone-else' });
    const sameId = new SigningKeyRing({ keyId: '2026-01', privateKey: ed25519() });
    expect(verifyCertificate(signCertificate(samplePayload(), sameId), ring.publicKeys).outcome).toBe('BAD_SIGNATURE');
  });

  it('refuses validly signed bytes that are not the canonical form of the payload', () => {
    const spaced = JSON.stringify(samplePayload(), null, 2);
    const { keyId, signature } = ring.sign(Buffer.from(spaced));
    const verdict = verifyCertificate({ canonical: spaced, signature: { algorithm: 'Ed25519', keyId, signature: signature.toString('base64') } }, ring.publicKeys);
    expect(verdict.outcome).toBe('NOT_CANONICAL');
  });

  it('rotation: certificates signed with the old key still verify, the new key signs from then on', () => {
    const before = signCertificate(samplePayload(), ring);
    const rotated = ring.rotate({ keyId: '2027-01', privateKey: ed25519() });
    const after = signCertificate(samplePayload(), rotated);
    expect(after.signature.keyId).toBe('2027-01');
    expect(verifyCertificate(before, rotated.publicKeys)).toEqual({ outcome: 'VALID', keyId: '2026-01', keyStatus: 'RETIRED' });
    expect(verifyCertificate(after, rotated.publicKeys)).toEqual({ outcome: 'VALID', keyId: '2027-01', keyStatus: 'ACTIVE' });
    // The old ring never learnt the new key.
    expect(verifyCertificate(after, ring.publicKeys).outcome).toBe('UNKNOWN_KEY');
  });

  it('publishes its public keys as a document a verifier can load back, and nothing private', () => {
    const rotated = ring.rotate({ keyId: '2027-01', privateKey: ed25519() });
    const document = rotated.publicKeys.toDocument();
    expect(Object.keys(document.keys).sort()).toEqual(['2026-01', '2027-01']);
    expect(document.keys['2027-01']).toMatchObject({ algorithm: 'Ed25519', status: 'ACTIVE' });
    expect(document.keys['2026-01']?.status).toBe('RETIRED');
    expect(JSON.stringify(document)).not.toContain('PRIVATE');
    const loaded = CertificatePublicKeys.fromDocument(JSON.parse(JSON.stringify(document)));
    expect(verifyCertificate(signCertificate(samplePayload(), rotated), loaded).outcome).toBe('VALID');
  });

  it('refuses keys that are not Ed25519, duplicate key ids and malformed key documents', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
    expect(() => new SigningKeyRing({ keyId: 'rsa', privateKey: rsa })).toThrow(/not Ed25519/);
    const privateKey = ed25519();
    expect(() => new SigningKeyRing({ keyId: 'a', privateKey }).rotate({ keyId: 'a', privateKey: ed25519() })).toThrow(/appears twice/);
    expect(() => new SigningKeyRing({ keyId: 'has space', privateKey })).toThrow(KeyRingError);
    expect(() => CertificatePublicKeys.fromDocument({ keys: [] })).toThrow(KeyRingError);
    expect(() => CertificatePublicKeys.fromDocument({ keys: { a: { algorithm: 'Ed25519', publicKey: 'bm90IGEga2V5' } } })).toThrow(/not a readable public key/);
  });
});
