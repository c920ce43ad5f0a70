import { OrganisationKind, badInput, type Actor } from '@assay/domain';

/** The supplier a mutation acts on: the one given, else the caller's own provider organisation. */
export function targetSupplierId(caller: Actor, given: string | null | undefined, field: string): string {
  if (given) return given;
  if (caller.organisationKind === OrganisationKind.PROVIDER) return caller.organisationId;
  throw badInput([{ field, message: 'is required when you act for another organisation' }]);
}

/** Keeps the first of each value, in order: a repeated country or flag says nothing more. */
export function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
