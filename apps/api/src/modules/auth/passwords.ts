import { Algorithm, hash, verify } from '@node-rs/argon2';

/** argon2id with the library's OWASP-aligned defaults (19 MiB, 2 passes). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: Algorithm.Argon2id });
}

// Verifying against a fixed hash when the user does not exist keeps response times alike.
const UNKNOWN_USER_HASH = '$argon2id$v=19$m=19456,t=2,p=1$23CJQ78/1vGs6TM3kKXI8w$JxCY6Q4lMIXEdXF61Il6YDbE2HM1BHEz2roF/sRL8R0';

export async function passwordMatches(storedHash: string | null | undefined, password: string): Promise<boolean> {
  const matches = await verify(storedHash ?? UNKNOWN_USER_HASH, password).catch(() => false);
  return Boolean(storedHash) && matches;
}
