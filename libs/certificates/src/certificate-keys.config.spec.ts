import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@assay/config';
import { samplePayload } from './certificate.fixtures.js';
import { GENERATED_KEY_FILE, loadSigningKeyRing } from './certificate-keys.config.js';
import { signCertificate, verifyCertificate } from './certificate-signature.js';

const pem = () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

describe('certificate keys from configuration', () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'assay-cert-keys-'));
  });
  afterEach(() => rm(directory, { recursive: true, force: true }));

  it('development generates a key into CERTIFICATE_KEYS_DIR on first start and reuses it afterwards', async () => {
    const keysDir = join(directory, 'nested', 'keys');
    const config = loadConfig({ CERTIFICATE_KEYS_DIR: keysDir });
    const first = await loadSigningKeyRing(config);
    expect(first.activeKeyId).toMatch(/^dev-[0-9a-f]{16}$/);
    expect((await stat(join(keysDir, GENERATED_KEY_FILE))).mode & 0o777).toBe(0o600);
    const second = await loadSigningKeyRing(config);
    expect(second.activeKeyId).toBe(first.activeKeyId);
    expect(verifyCertificate(signCertificate(samplePayload(), first), second.publicKeys).outcome).toBe('VALID');
  });

  it('two processes starting at once end up with one key', async () => {
    const config = loadConfig({ CERTIFICATE_KEYS_DIR: directory });
    const rings = await Promise.all([loadSigningKeyRing(config), loadSigningKeyRing(config), loadSigningKeyRing(config)]);
    expect(new Set(rings.map((ring) => ring.activeKeyId)).size).toBe(1);
  });

  it('uses the configured key and id (PEM with \\n escapes, as in an env file) and keeps retired public keys verifying', async () => {
    const old = generateKeyPairSync('ed25519');
    const config = loadConfig({
      CERTIFICATE_KEYS_DIR: directory,
      CERTIFICATE_SIGNING_KEY: pem().replaceAll('\n', '\\n'),
      CERTIFICATE_SIGNING_KEY_ID: 'assay-2026-01',
      CERTIFICATE_RETIRED_PUBLIC_KEYS: JSON.stringify({ 'assay-2025-01': old.publicKey.export({ type: 'spki', format: 'der' }).toString('base64') }),
    });
    const ring = await loadSigningKeyRing(config);
    expect(ring.activeKeyId).toBe('assay-2026-01');
    expect(ring.publicKeys.toDocument().keys['assay-2025-01']?.status).toBe('RETIRED');
    await expect(readFile(join(directory, GENERATED_KEY_FILE))).rejects.toThrow(/ENOENT/);
  });

  it('production without a key fails with the variable named, and never generates one', async () => {
    await expect(
      loadSigningKeyRing({ NODE_ENV: 'production', CERTIFICATE_KEYS_DIR: directory, CERTIFICATE_RETIRED_PUBLIC_KEYS: {}, CERTIFICATE_SIGNING_KEY: undefined, CERTIFICATE_SIGNING_KEY_ID: undefined }),
    ).rejects.toThrow(/CERTIFICATE_SIGNING_KEY and CERTIFICATE_SIGNING_KEY_ID must be set in production/);
    await expect(readFile(join(directory, GENERATED_KEY_FILE))).rejects.toThrow(/ENOENT/);
  });

  it('a key that is not an Ed25519 PEM is refused with the variable named', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    await expect(loadSigningKeyRing(loadConfig({ CERTIFICATE_SIGNING_KEY: rsa, CERTIFICATE_SIGNING_KEY_ID: 'k' }))).rejects.toThrow(/CERTIFICATE_SIGNING_KEY is a rsa key, not Ed25519/);
    await expect(loadSigningKeyRing(loadConfig({ CERTIFICATE_SIGNING_KEY: 'nonsense', CERTIFICATE_SIGNING_KEY_ID: 'k' }))).rejects.toThrow(/CERTIFICATE_SIGNING_KEY is not a readable PEM private key/);
    await expect(loadSigningKeyRing(loadConfig({ CERTIFICATE_KEYS_DIR: directory, CERTIFICATE_RETIRED_PUBLIC_KEYS: '{"old":"garbage"}' }))).rejects.toThrow(/CERTIFICATE_RETIRED_PUBLIC_KEYS\["old"\]/);
  });
});
