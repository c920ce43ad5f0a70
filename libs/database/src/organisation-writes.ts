import { QueryFailedError, type EntityManager } from 'typeorm';
import { OrganisationKind } from '@assay/domain';
import { Organisation } from './entities/organisation.entity.js';
import { SupplierProfile } from './entities/supplier-profile.entity.js';

export type NewOrganisation = Pick<Organisation, 'kind' | 'status' | 'legalName' | 'country'> &
  Partial<Pick<Organisation, 'website' | 'registrationNumber'>>;

/** An organisation and, for a provider, its supplier profile (headquartered and operating in its country). */
export async function insertOrganisation(manager: EntityManager, fields: NewOrganisation): Promise<Organisation> {
  const organisation = await manager.save(
    manager.create(Organisation, { ...fields, website: fields.website ?? null, registrationNumber: fields.registrationNumber ?? null }),
  );
  if (organisation.kind === OrganisationKind.PROVIDER) {
    await manager.insert(SupplierProfile, { organisationId: organisation.id, headquartersCountry: organisation.country, operatingCountries: [organisation.country] });
  }
  return organisation;
}

/** PostgreSQL's unique_violation: a concurrent writer got there first. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}
