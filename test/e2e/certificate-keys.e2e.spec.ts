import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CERTIFICATE_KEYS, CertificatePublicKeys, GENERATED_KEY_FILE, signCertificate, verifyCertificate, type SigningKeyRing } from '@assay/certificates';
import { TestApi } from '@assay/testing';
import { samplePayload } from '../../libs/certificates/src/certificate.fixtures.js';

describe('GET /.well-known/assay-certificate-keys.json', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(() => api.close());

  it('serves the public keys without sign-in, cacheable, with nothing private in it', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/.well-known/assay-certificate-keys.json' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    const document = response.json() as { keys: Record<string, { algorithm: string; status: string; publicKey: string }> };
    const active = Object.entries(document.keys).filter(([, key]) => key.status === 'ACTIVE');
    expect(active).toHaveLength(1);
    expect(active[0]![1]).toMatchObject({ algorithm: 'Ed25519', publicKey: expect.stringMatching(/^-----BEGIN PUBLIC KEY-----/) });
    expect(response.body).not.toMatch(/PRIVATE/);
  });

  it('verifies a certificate the running app signs, and only with the key it names', async () => {
    const keys = api.app.get<SigningKeyRing>(CERTIFICATE_KEYS);
    const response = await api.app.inject({ method: 'GET', url: '/.well-known/assay-certificate-keys.json' });
    const published = CertificatePublicKeys.fromDocument(response.json());
    const signed = signCertificate(samplePayload(), keys);
    expect(verifyCertificate(signed, published)).toMatchObject({ outcome: 'VALID', keyId: keys.activeKeyId, keyStatus: 'ACTIVE' });
    expect(verifyCertificate({ ...signed, canonical: signed.canonical.replace('Sentinel', 'Sentinal') }, published).outcome).toBe('BAD_SIGNATURE');
  });

  it('the test run keeps its generated key out of the repository', () => {
    expect(process.env.CERTIFICATE_KEYS_DIR).toBeTruthy();
    expect(existsSync(join(process.env.CERTIFICATE_KEYS_DIR!, GENERATED_KEY_FILE))).toBe(true);
    expect(process.env.CERTIFICATE_KEYS_DIR!.startsWith(process.cwd())).toBe(false);
  });
});
