import { createHash, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AppConfig } from '@assay/config';
import { KeyRingError, parsePrivateKey, parsePublicKey, SigningKeyRing } from './signing-key-ring.js';

export type CertificateKeysConfig = Pick<
  AppConfig,
  'NODE_ENV' | 'CERTIFICATE_SIGNING_KEY' | 'CERTIFICATE_SIGNING_KEY_ID' | 'CERTIFICATE_RETIRED_PUBLIC_KEYS' | 'CERTIFICATE_KEYS_DIR'
>;

/** The file a development or test process generates its signing key into, under CERTIFICATE_KEYS_DIR. */
export const GENERATED_KEY_FILE = 'signing-key.pem';

/** A key id derived from the public key, so a generated key names itself the same way in every process. */
export function fingerprintKeyId(privateKey: KeyObject, prefix: string): string {
  const spki = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  return `${prefix}-${createHash('sha256').update(spki).digest('hex').slice(0, 16)}`;
}

export function generateSigningKeyPem(): string {
  return generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/**
 * Reads the generated development key, or generates it. `wx` makes the first of two processes starting at once
 * (api and worker) the only writer; the other reads what it wrote.
 */
async function generatedKey(directory: string): Promise<KeyObject> {
  const file = join(resolve(directory), GENERATED_KEY_FILE);
  try {
    return parsePrivateKey(await readFile(file, 'utf8'), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(resolve(directory), { recursive: true, mode: 0o700 });
  try {
    await writeFile(file, generateSigningKeyPem(), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return parsePrivateKey(await readFile(file, 'utf8'), file);
}

/**
 * The key ring from configuration: the configured key (production must have one: the environment schema
 * refuses to start without it), or in development and test a key generated once into CERTIFICATE_KEYS_DIR.
 * Retired public keys come from CERTIFICATE_RETIRED_PUBLIC_KEYS. Throws KeyRingError with the variable's name.
 */
export async function loadSigningKeyRing(config: CertificateKeysConfig): Promise<SigningKeyRing> {
  const retired = Object.entries(config.CERTIFICATE_RETIRED_PUBLIC_KEYS).map(([keyId, text]) => ({
    keyId,
    publicKey: parsePublicKey(text, `CERTIFICATE_RETIRED_PUBLIC_KEYS["${keyId}"]`),
  }));
  if (config.CERTIFICATE_SIGNING_KEY && config.CERTIFICATE_SIGNING_KEY_ID) {
    const privateKey = parsePrivateKey(config.CERTIFICATE_SIGNING_KEY, 'CERTIFICATE_SIGNING_KEY');
    return new SigningKeyRing({ keyId: config.CERTIFICATE_SIGNING_KEY_ID, privateKey }, retired);
  }
  if (config.NODE_ENV === 'production') throw new KeyRingError('CERTIFICATE_SIGNING_KEY and CERTIFICATE_SIGNING_KEY_ID must be set in production');
  const privateKey = await generatedKey(config.CERTIFICATE_KEYS_DIR);
  return new SigningKeyRing({ keyId: fingerprintKeyId(privateKey, 'dev'), privateKey }, retired);
}
