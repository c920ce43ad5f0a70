import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { badInput, type FieldError } from '@assay/domain';
import { decodeCursorPair, encodeCursorPair, toPage, type Connection } from '../../common/opaque-cursor.js';
import { CertificateRepository, type CertifiedProviderRow, type CertifiedProvidersCursor } from './certificate.repository.js';

export const CERTIFIED_PROVIDERS_DEFAULT_PAGE_SIZE = 20;
export const CERTIFIED_PROVIDERS_MAX_PAGE_SIZE = 50;

function decodeCursor(text: string): CertifiedProvidersCursor | null {
  const [legalName, id] = decodeCursorPair(text) ?? [];
  return typeof legalName === 'string' && typeof id === 'string' && isUUID(id) ? { legalName, id } : null;
}

/**
 * The public list of certified providers (SPEC §2, §5): verified suppliers with a VALID certificate whose
 * validity has not ended, by legal name, one entry per certificate. Anyone, signed in or not; one statement a page.
 */
@Injectable()
export class CertifiedProvidersService {
  constructor(private readonly certificates: CertificateRepository) {}

  async page(first: number, after: string | null | undefined): Promise<Connection<CertifiedProviderRow>> {
    const problems: FieldError[] = [];
    if (!Number.isInteger(first) || first < 1 || first > CERTIFIED_PROVIDERS_MAX_PAGE_SIZE) {
      problems.push({ field: 'first', message: `must be between 1 and ${CERTIFIED_PROVIDERS_MAX_PAGE_SIZE}` });
    }
    const cursor = after ? decodeCursor(after) : null;
    if (after && !cursor) problems.push({ field: 'after', message: 'is not a cursor from this list' });
    if (problems.length > 0) throw badInput(problems);
    const rows = await this.certificates.certifiedPage(first + 1, cursor);
    return toPage(rows, first, (last) => encodeCursorPair(last.supplier.legalName, last.certificate.id));
  }
}
