import { createPrivateKey, createPublicKey, sign as edSign, verify as edVerify, type KeyObject } from 'node:crypto';

export const SIGNATURE_ALGORITHM = 'Ed25519';

export type KeyStatus = 'ACTIVE' | 'RETIRED';

/** Key ids travel inside PDFs and URLs: short, printable, no spaces. */
export const KEY_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** The outcome of checking a signature. Only VALID means the payload bytes are the ones the key holder signed. */
export type SignatureVerdict =
  | { outcome: 'VALID'; keyId: string; keyStatus: KeyStatus }
  | { outcome: 'BAD_SIGNATURE'; keyId: string }
  | { outcome: 'UNKNOWN_KEY'; keyId: string };

/** What `GET /.well-known/assay-certificate-keys.json` serves and `cert:verify --keys` reads. */
export interface PublicKeysDocument {
  keys: Record<string, { algorithm: typeof SIGNATURE_ALGORITHM; status: KeyStatus; publicKey: string }>;
}

export class KeyRingError extends Error {
  override readonly name = 'KeyRingError';
}

function assertKeyId(keyId: string): void {
  if (!KEY_ID_PATTERN.test(keyId)) throw new KeyRingError(`key id "${keyId}" must be 1-64 letters, digits, ".", "_" or "-"`);
}

function assertEd25519(key: KeyObject, what: string): void {
  if (key.asymmetricKeyType !== 'ed25519') throw new KeyRingError(`${what} is a ${key.asymmetricKeyType ?? 'symmetric'} key, not Ed25519`);
}

/** A PEM text, or the base64 of an SPKI DER (the two forms people paste). */
export function parsePublicKey(text: string, what = 'public key'): KeyObject {
  let key: KeyObject;
  try {
    key = text.includes('-----BEGIN') ? createPublicKey(text) : createPublicKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'spki' });
  } catch (error) {
    throw new KeyRingError(`${what} is not a readable public key (${(error as Error).message})`);
  }
  assertEd25519(key, what);
  return key;
}

/** A PKCS#8 PEM; `\n` escapes are accepted because environment variables rarely hold real newlines. */
export function parsePrivateKey(pem: string, what = 'private key'): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem.replaceAll('\\n', '\n'));
  } catch (error) {
    throw new KeyRingError(`${what} is not a readable PEM private key (${(error as Error).message})`);
  }
  assertEd25519(key, what);
  return key;
}

/** The public half of the ring: enough to verify, nothing to sign with. What an offline verifier holds. */
export class CertificatePublicKeys {
  private readonly keys: ReadonlyMap<string, { publicKey: KeyObject; status: KeyStatus }>;

  constructor(entries: { keyId: string; publicKey: KeyObject; status: KeyStatus }[]) {
    const keys = new Map<string, { publicKey: KeyObject; status: KeyStatus }>();
    for (const { keyId, publicKey, status } of entries) {
      assertKeyId(keyId);
      assertEd25519(publicKey, `key "${keyId}"`);
      if (keys.has(keyId)) throw new KeyRingError(`key id "${keyId}" appears twice`);
      keys.set(keyId, { publicKey, status });
    }
    this.keys = keys;
  }

  /** Reads a PublicKeysDocument (from the well-known URL or a file), refusing anything that is not one. */
  static fromDocument(document: unknown): CertificatePublicKeys {
    const keys = (document as PublicKeysDocument | null)?.keys;
    if (typeof keys !== 'object' || keys === null || Array.isArray(keys)) throw new KeyRingError('a keys document is an object with a "keys" object');
    return new CertificatePublicKeys(
      Object.entries(keys).map(([keyId, entry]) => {
        if (entry?.algorithm !== SIGNATURE_ALGORITHM) throw new KeyRingError(`key "${keyId}": algorithm must be ${SIGNATURE_ALGORITHM}`);
        if (typeof entry.publicKey !== 'string') throw new KeyRingError(`key "${keyId}": publicKey must be a string`);
        return { keyId, publicKey: parsePublicKey(entry.publicKey, `key "${keyId}"`), status: entry.status === 'ACTIVE' ? 'ACTIVE' : 'RETIRED' };
      }),
    );
  }

  keyIds(): string[] {
    return [...this.keys.keys()];
  }

  verify(message: Uint8Array, signature: Uint8Array, keyId: string): SignatureVerdict {
    const key = this.keys.get(keyId);
    if (!key) return { outcome: 'UNKNOWN_KEY', keyId };
    // Ed25519 takes no digest name (null); a signature of the wrong length is simply not valid.
    const valid = signature.length === 64 && edVerify(null, message, key.publicKey, signature);
    return valid ? { outcome: 'VALID', keyId, keyStatus: key.status } : { outcome: 'BAD_SIGNATURE', keyId };
  }

  toDocument(): PublicKeysDocument {
    const keys: PublicKeysDocument['keys'] = {};
    for (const [keyId, { publicKey, status }] of this.keys) {
      keys[keyId] = { algorithm: SIGNATURE_ALGORITHM, status, publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
    }
    return { keys };
  }
}

export interface SigningKey {
  keyId: string;
  privateKey: KeyObject;
}

export interface RetiredKey {
  keyId: string;
  publicKey: KeyObject;
}

/**
 * The association's certificate keys: one active private key that signs, and the public keys of retired ones,
 * which keep verifying the certificates they signed. Rotation = a new active key; the old one joins the retired.
 */
export class SigningKeyRing {
  readonly publicKeys: CertificatePublicKeys;

  constructor(
    private readonly active: SigningKey,
    private readonly retired: readonly RetiredKey[] = [],
  ) {
    assertEd25519(active.privateKey, `signing key "${active.keyId}"`);
    this.publicKeys = new CertificatePublicKeys([
      { keyId: active.keyId, publicKey: createPublicKey(active.privateKey), status: 'ACTIVE' },
      ...retired.map((key) => ({ ...key, status: 'RETIRED' as const })),
    ]);
  }

  get activeKeyId(): string {
    return this.active.keyId;
  }

  sign(message: Uint8Array): { keyId: string; signature: Buffer } {
    return { keyId: this.active.keyId, signature: edSign(null, message, this.active.privateKey) };
  }

  verify(message: Uint8Array, signature: Uint8Array, keyId: string): SignatureVerdict {
    return this.publicKeys.verify(message, signature, keyId);
  }

  /** A ring where `next` signs and the current active key is retired (its public key still verifies). */
  rotate(next: SigningKey): SigningKeyRing {
    return new SigningKeyRing(next, [...this.retired, { keyId: this.active.keyId, publicKey: createPublicKey(this.active.privateKey) }]);
  }
}
