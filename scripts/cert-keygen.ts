/**
 * `npm run cert:keygen -- [key-id]`: a new Ed25519 certificate signing key, printed as the environment lines to
 * configure it (CERTIFICATE_SIGNING_KEY with `\n` escapes, CERTIFICATE_SIGNING_KEY_ID) and the public key to add
 * to CERTIFICATE_RETIRED_PUBLIC_KEYS once this key is itself rotated out. Nothing is written to disk.
 */
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { generateSigningKeyPem, KEY_ID_PATTERN } from '@assay/certificates';

const keyId = process.argv[2] ?? `assay-${new Date().toISOString().slice(0, 7)}`;
if (!KEY_ID_PATTERN.test(keyId)) {
  console.error(`key id "${keyId}" must be 1-64 letters, digits, ".", "_" or "-"`);
  process.exit(3);
}
const pem = generateSigningKeyPem();
const publicKey = createPublicKey(createPrivateKey(pem)).export({ type: 'spki', format: 'der' }).toString('base64');
console.log(`# Keep the private key secret (a secret store, not the repository).`);
console.log(`CERTIFICATE_SIGNING_KEY_ID=${keyId}`);
console.log(`CERTIFICATE_SIGNING_KEY="${pem.trim().replaceAll('\n', '\\n')}"`);
console.log(`# When this key is rotated out, keep its public key verifying:`);
console.log(`# CERTIFICATE_RETIRED_PUBLIC_KEYS={"${keyId}":"${publicKey}"}`);
