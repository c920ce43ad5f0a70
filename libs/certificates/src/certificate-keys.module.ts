import { Global, Logger, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@assay/config';
import { loadSigningKeyRing } from './certificate-keys.config.js';
import type { SigningKeyRing } from './signing-key-ring.js';

/** Injection token for the SigningKeyRing built once at start from configuration. */
export const CERTIFICATE_KEYS = Symbol('CERTIFICATE_KEYS');

/** The certificate key ring for the api (public keys) and the worker (signing); a bad key stops the start. */
@Global()
@Module({
  providers: [
    {
      provide: CERTIFICATE_KEYS,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<SigningKeyRing> => {
        const keys = await loadSigningKeyRing(config);
        new Logger('CertificateKeys').log({ activeKeyId: keys.activeKeyId, keyIds: keys.publicKeys.keyIds() }, 'certificate keys loaded');
        return keys;
      },
    },
  ],
  exports: [CERTIFICATE_KEYS],
})
export class CertificateKeysModule {}
