import { isAssociation, type Actor } from '../actor.js';
import { OrganisationKind } from '../organisation.js';

/** What decides who may see an assessment (SPEC §5). Shares listed here are the ones not withdrawn. */
export interface AssessmentAccessFacts {
  supplierId: string;
  requestedByOrganisationId: string;
  /** The working group it was requested on behalf of, if any. */
  workingGroupId: string | null;
  sharedWithOrganisationIds: readonly string[];
  sharedWithWorkingGroupIds: readonly string[];
}

/**
 * Providers see their own assessments; clients see those they requested, those requested for or shared
 * with a working group they belong to, and those the provider shared with them; the association sees all.
 * `callerWorkingGroupIds` are the working groups of the caller's organisation.
 */
export function canSeeAssessment(actor: Actor | null, facts: AssessmentAccessFacts, callerWorkingGroupIds: readonly string[]): boolean {
  if (!actor) return false;
  if (isAssociation(actor)) return true;
  if (actor.organisationKind === OrganisationKind.PROVIDER) return facts.supplierId === actor.organisationId;
  const inGroup = (groupId: string | null) => groupId !== null && callerWorkingGroupIds.includes(groupId);
  return (
    facts.requestedByOrganisationId === actor.organisationId ||
    facts.sharedWithOrganisationIds.includes(actor.organisationId) ||
    inGroup(facts.workingGroupId) ||
    facts.sharedWithWorkingGroupIds.some(inGroup)
  );
}

/** Only the provider's own users answer, upload evidence and submit. */
export function canAnswerAssessment(actor: Actor | null, facts: Pick<AssessmentAccessFacts, 'supplierId'>): boolean {
  return actor?.organisationKind === OrganisationKind.PROVIDER && actor.organisationId === facts.supplierId;
}
