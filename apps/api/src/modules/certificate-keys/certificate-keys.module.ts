import { Module } from '@nestjs/common';
import { CertificateKeysModule as CertificateKeyRingModule } from '@assay/certificates';
import { CertificateKeysController } from './certificate-keys.controller.js';

@Module({
  imports: [CertificateKeyRingModule],
  controllers: [CertificateKeysController],
})
export class CertificateKeysModule {}
