import { OrganisationKind, OrganisationStatus, UserRole } from '../organisation.js';
import type { Actor } from '../actor.js';
import { canAnswerAssessment, canSeeAssessment, type AssessmentAccessFacts } from './assessment-access.js';

const actor = (organisationKind: OrganisationKind, organisationId: string): Actor => ({
  userId: 'u',
  organisationId,
  organisationKind,
  organisationStatus: OrganisationStatus.ACTIVE,
  role: UserRole.MEMBER,
});

const facts: AssessmentAccessFacts = {
  supplierId: 'provider-p',
  requestedByOrganisationId: 'client-a',
  workingGroupId: null,
  sharedWithOrganisationIds: [],
  sharedWithWorkingGroupIds: [],
};

describe('who sees an assessment', () => {
  it('nobody anonymous', () => expect(canSeeAssessment(null, facts, [])).toBe(false));
  it('the provider assessed, not another provider', () => {
    expect(canSeeAssessment(actor(OrganisationKind.PROVIDER, 'provider-p'), facts, [])).toBe(true);
    expect(canSeeAssessment(actor(OrganisationKind.PROVIDER, 'provider-q'), facts, [])).toBe(false);
  });
  it('the client that requested it, not another client', () => {
    expect(canSeeAssessment(actor(OrganisationKind.CLIENT, 'client-a'), facts, [])).toBe(true);
    expect(canSeeAssessment(actor(OrganisationKind.CLIENT, 'client-b'), facts, [])).toBe(false);
  });
  it('a client of the working group it was requested for', () => {
    const forGroup = { ...facts, workingGroupId: 'wg-1' };
    expect(canSeeAssessment(actor(OrganisationKind.CLIENT, 'client-b'), forGroup, ['wg-1'])).toBe(true);
    expect(canSeeAssessment(actor(OrganisationKind.CLIENT, 'client-b'), forGroup, ['wg-2'])).toBe(false);
  });
  it('a client it was shared with, directly or through a working group', () => {
    expect(canSeeAssessment(actor(OrganisationKind.CLIENT, 'client-b'), { ...facts, sharedWithOrganisationIds: ['client-b'] }, [])).toBe(true);
    expect(canSeeAssessment(actor(OrganisationKind.CLIENT, 'client-c'), { ...facts, sharedWithWorkingGroupIds: ['wg-3'] }, ['wg-3'])).toBe(true);
  });
  it('association staff, always', () => expect(canSeeAssessment(actor(OrganisationKind.ASSOCIATION, 'assoc'), facts, [])).toBe(true));
  it('only the provider answers', () => {
    expect(canAnswerAssessment(actor(OrganisationKind.PROVIDER, 'provider-p'), facts)).toBe(true);
    expect(canAnswerAssessment(actor(OrganisationKind.CLIENT, 'client-a'), facts)).toBe(false);
    expect(canAnswerAssessment(actor(OrganisationKind.ASSOCIATION, 'assoc'), facts)).toBe(false);
  });
});
