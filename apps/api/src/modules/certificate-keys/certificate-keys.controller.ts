import { Controller, Get, Header, Inject, UseFilters } from '@nestjs/common';
import { CERTIFICATE_KEYS, type PublicKeysDocument, type SigningKeyRing } from '@assay/certificates';
import { RestExceptionFilter } from '../../common/rest-exception.filter.js';

/**
 * The association's certificate public keys, for anyone verifying a certificate (no sign-in). Retired keys stay
 * listed so the certificates they signed keep verifying. Cached briefly: a rotation shows within minutes.
 */
@Controller('.well-known')
@UseFilters(RestExceptionFilter)
export class CertificateKeysController {
  constructor(@Inject(CERTIFICATE_KEYS) private readonly keys: SigningKeyRing) {}

  @Get('assay-certificate-keys.json')
  @Header('cache-control', 'public, max-age=300')
  @Header('access-control-allow-origin', '*')
  publicKeys(): PublicKeysDocument {
    return this.keys.publicKeys.toDocument();
  }
}
