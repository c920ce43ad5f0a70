import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { APP_CONFIG, type AppConfig } from '@assay/config';
import { CertificateLanguage } from '@assay/database';
import { OrganisationKind, badInput, conflict, isAssociation, normaliseSerial, notFound, requireActor, type Actor } from '@assay/domain';
import { CertificateRepository } from './certificate.repository.js';
import type { CertificateView } from './certificate.view.js';

export interface CertificateLoaders {
  /** The certificate issued on each assessment (by assessment id). */
  byAssessment: DataLoader<string, CertificateView | null>;
  /** Each supplier's current certificate (by supplier id). */
  currentOfSupplier: DataLoader<string, CertificateView | null>;
}

export interface CertificatePdf {
  serial: string;
  language: CertificateLanguage;
  pdf: Buffer;
  sha256: string;
}

/**
 * Who may read a certificate's full record and download its PDF (docs/certificates.md): the association, the
 * supplier's own users, and every client organisation (the certificate is a public fact, and clients vet
 * suppliers with it). Other providers get NOT_FOUND; everyone, signed in or not, has the public summary at
 * /verify/<serial> and the current certificate in the directory.
 */
export function canSeeCertificate(actor: Actor, certificate: Pick<CertificateView, 'supplier'>): boolean {
  return isAssociation(actor) || actor.organisationId === certificate.supplier.id || actor.organisationKind === OrganisationKind.CLIENT;
}

/** Reads of certificates for signed-in callers, the per-request batches of the GraphQL fields, and the PDF download. */
@Injectable()
export class CertificatesService {
  private readonly perRequest = new WeakMap<object, CertificateLoaders>();

  constructor(
    private readonly certificates: CertificateRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Batches kept beside the request's context object (gone with the request): one statement per field per response. */
  loaders(requestContext: object): CertificateLoaders {
    let loaders = this.perRequest.get(requestContext);
    if (!loaders) {
      loaders = {
        byAssessment: new DataLoader(async (ids) => {
          const found = await this.certificates.newestOfAssessments(ids);
          return ids.map((id) => found.get(id) ?? null);
        }),
        currentOfSupplier: new DataLoader(async (ids) => {
          const found = await this.certificates.currentOfSuppliers(ids);
          return ids.map((id) => found.get(id) ?? null);
        }),
      };
      this.perRequest.set(requestContext, loaders);
    }
    return loaders;
  }

  async bySerial(actor: Actor | null, serialText: string): Promise<CertificateView> {
    const caller = requireActor(actor);
    const serial = this.parseSerial(serialText, 'serial');
    const certificate = await this.certificates.bySerial(serial);
    if (!certificate || !canSeeCertificate(caller, certificate)) throw notFound('Certificate');
    return certificate;
  }

  /** The PDF in one language; CONFLICT while the worker has not rendered it yet (moments after issue). */
  async pdf(actor: Actor | null, serialText: string, languageText: string | undefined): Promise<CertificatePdf> {
    const language = (languageText ?? CertificateLanguage.EN) as CertificateLanguage;
    if (!Object.values(CertificateLanguage).includes(language)) throw badInput([{ field: 'lang', message: 'must be en, fr or es' }]);
    const certificate = await this.bySerial(actor, serialText);
    if (!certificate.rendered) throw conflict('The certificate is being rendered; try again in a few seconds');
    const document = await this.certificates.document(certificate.id, language);
    if (!document) throw conflict('The certificate is being rendered; try again in a few seconds');
    return { serial: certificate.serial, language, ...document };
  }

  /** Where anyone checks the certificate (also its QR code). */
  verificationUrl(serial: string): string {
    return `${this.baseUrl()}/verify/${serial}`;
  }

  downloadUrl(serial: string, language: CertificateLanguage): string {
    return `${this.baseUrl()}/certificates/${serial}.pdf?lang=${language}`;
  }

  private baseUrl(): string {
    return this.config.PUBLIC_BASE_URL.replace(/\/+$/, '');
  }

  private parseSerial(text: string, field: string): string {
    const serial = normaliseSerial(text);
    if (!serial) throw badInput([{ field, message: 'is not a certificate serial (ASSAY-<year>-<8 characters>)' }]);
    return serial;
  }
}
