/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  displayName: string;
  password: string;
  token: string;
};

export type AnswerInput = {
  /** At most 5000 characters. A save replaces the whole answer: send the comment again to keep it */
  comment?: string | null | undefined;
  /** The version of the answer the respondent last saw; 0 for a question not answered yet */
  expectedVersion: number;
  /** NOT_APPLICABLE, where the question allows it (default false); the value must then be null */
  notApplicable?: boolean | null | undefined;
  /** The question code, e.g. `T6.3` */
  questionCode: string;
  /** The value as JSON: true/false, "OPTION", ["A","B"], 0-4, a number, "text"; null clears it (or with notApplicable) */
  value?: string | null | undefined;
};

export type ApproveAssessmentInput = {
  assessmentId: string | number;
  comment?: string | null | undefined;
  /** Required when the effective scores give CERTIFIED_WITH_CONDITIONS: the conditions the certificate carries */
  conditions?: string | null | undefined;
};

export type AssessmentStatus =
  | 'APPROVED'
  | 'CHANGES_REQUESTED'
  | 'IN_PROGRESS'
  | 'REJECTED'
  | 'REQUESTED'
  | 'SCORED'
  | 'SCORING_FAILED'
  | 'SUBMITTED'
  | 'UNDER_REVIEW';

export type Capability =
  | 'AI_ML_INFERENCE'
  | 'AUTOMATED_DECISIONS'
  | 'BIOMETRIC_PROCESSING'
  | 'COVERT_COLLECTION'
  | 'EXPORT_CONTROLLED_DUAL_USE'
  | 'MASS_COLLECTION';

export type CertificateLanguage =
  | 'EN'
  | 'ES'
  | 'FR';

export type CertificateLevel =
  | 'CERTIFIED'
  | 'CERTIFIED_WITH_CONDITIONS';

export type CertificateStatus =
  | 'EXPIRED'
  | 'REVOKED'
  | 'SUSPENDED'
  | 'VALID';

/** Give exactly one of certificateId and serial, and the reason (recorded, and told to whoever follows the supplier) */
export type CertificateStatusChangeInput = {
  certificateId?: string | number | null | undefined;
  /** Not blank, at most 2000 characters */
  reason: string;
  /** As printed on the certificate, e.g. ASSAY-2026-7K3F9QXD */
  serial?: string | null | undefined;
};

export type CreateProductInput = {
  capabilities?: Array<Capability> | null | undefined;
  category: ProductCategory;
  /** ISO 3166-1 alpha-2 codes */
  deployedCountries?: Array<string> | null | undefined;
  deploymentContexts?: Array<DeploymentContext> | null | undefined;
  description?: string | null | undefined;
  name: string;
  /** Defaults to the caller's own organisation (association admins must give it) */
  supplierId?: string | number | null | undefined;
};

export type CreateWorkingGroupInput = {
  /** Empty when left out */
  description?: string | null | undefined;
  /** Unique, e.g. "Extractives client working group" */
  name: string;
};

export type DeploymentContext =
  | 'BORDER_MIGRATION'
  | 'COMMERCIAL_INDUSTRIAL'
  | 'CONFLICT_HIGH_RISK_AREAS'
  | 'PRISONS_PROBATION'
  | 'PUBLIC_ORDER_PROTEST';

export type DirectoryFilterInput = {
  /** Suppliers with at least one product of this category */
  category?: ProductCategory | null | undefined;
  /** true: only suppliers holding a VALID certificate still within its validity */
  certified?: boolean | null | undefined;
  /** ISO 3166-1 alpha-2: headquarters, a country of operation, or where a product is deployed */
  country?: string | null | undefined;
  membershipStatus?: MembershipStatus | null | undefined;
  /** Case-insensitive, in the legal name, description, services or product names */
  text?: string | null | undefined;
};

export type EligibilityCondition =
  | 'CONFIDENCE_BELOW_0_8'
  | 'MATURITY_BELOW_70'
  | 'NOT_APPROVED'
  | 'RED_FLAG'
  | 'TIER_NOT_LOW_OR_MEDIUM';

/** An evidence file and the answer (of one assessment's question) it supports */
export type EvidenceAttachmentInput = {
  assessmentId: string | number;
  evidenceId: string | number;
  /** e.g. T6.3 */
  questionCode: string;
};

/** A whole questionnaire as one document in the questionnaire format (docs/questionnaire-format.md) */
export type ImportQuestionnaireInput = {
  /** The document, at most 2 MB */
  content: string;
  format: QuestionnaireFormat;
};

export type IssueCertificateInput = {
  /** An APPROVED assessment whose effective scores are eligible */
  assessmentId: string | number;
};

export type JurisdictionRiskLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'SEVERE';

export type LoginInput = {
  email: string;
  password: string;
};

export type MembershipStatus =
  | 'CERTIFIED'
  | 'MEMBER'
  | 'NONE';

export type NotificationKind =
  | 'ASSESSMENT_APPROVED'
  | 'ASSESSMENT_REJECTED'
  | 'ASSESSMENT_REQUESTED'
  | 'ASSESSMENT_SCORED'
  | 'ASSESSMENT_SHARED'
  | 'ASSESSMENT_SUBMITTED'
  | 'CERTIFICATE_EXPIRED'
  | 'CERTIFICATE_EXPIRING'
  | 'CERTIFICATE_ISSUED'
  | 'CERTIFICATE_REINSTATED'
  | 'CERTIFICATE_REVOKED'
  | 'CERTIFICATE_SUSPENDED'
  | 'CHANGES_REQUESTED'
  | 'REASSESSMENT_OPENED';

export type OrganisationKind =
  | 'ASSOCIATION'
  | 'CLIENT'
  | 'PROVIDER';

export type OrganisationStatus =
  | 'ACTIVE'
  | 'PENDING_VERIFICATION';

export type ProductCategory =
  | 'ACCESS_CONTROL_PERIMETER'
  | 'BIOMETRIC_IDENTIFICATION'
  | 'BODY_WORN_CAMERAS'
  | 'BORDER_MIGRATION_TECH'
  | 'DRONES_AERIAL_SURVEILLANCE'
  | 'ELECTRONIC_MONITORING'
  | 'FACIAL_RECOGNITION'
  | 'IMSI_CATCHER'
  | 'LAWFUL_INTERCEPTION_MONITORING_CENTRE'
  | 'LICENCE_PLATE_RECOGNITION'
  | 'PREDICTIVE_POLICING_RISK_ASSESSMENT'
  | 'SOCIAL_MEDIA_MONITORING_OSINT'
  | 'SPYWARE_REMOTE_INTRUSION'
  | 'VIDEO_ANALYTICS_CCTV';

export type ProposeScoreOverrideInput = {
  assessmentId: string | number;
  /** Why the methodology got it wrong (at least 20 characters); kept on the score with both names */
  justification: string;
  /** 0 to 100 */
  maturity?: number | null | undefined;
  tier?: Tier | null | undefined;
};

export type QuestionCommentInput = {
  comment: string;
  questionCode: string;
};

export type QuestionType =
  | 'BOOLEAN'
  | 'MULTI_CHOICE'
  | 'NUMBER'
  | 'SCALE_0_4'
  | 'SINGLE_CHOICE'
  | 'TEXT';

export type QuestionnaireFormat =
  | 'JSON'
  | 'YAML';

export type RejectAssessmentInput = {
  assessmentId: string | number;
  /** Why: the provider and the requester read it */
  comment: string;
};

export type RequestAssessmentChangesInput = {
  assessmentId: string | number;
  /** What to change, in general */
  comment: string;
  /** What to change where: codes of the pinned questionnaire */
  questionComments?: Array<QuestionCommentInput> | null | undefined;
};

/** An assessment of a supplier for a scope of its products, answered against the pinned questionnaire version */
export type RequestAssessmentInput = {
  /** ISO date (YYYY-MM-DD), from today to two years ahead */
  dueDate: string;
  /** The scope: 1 to 50 products of that supplier */
  productIds: Array<string | number>;
  /** The provider organisation to assess */
  supplierId: string | number;
  /** A published questionnaire version; default: the newest published version of the default questionnaire */
  templateId?: string | number | null | undefined;
  /** Request on behalf of a working group (its members will see the assessment) */
  workingGroupId?: string | number | null | undefined;
};

export type RequesterKind =
  | 'ASSOCIATION'
  | 'CLIENT'
  | 'PROVIDER'
  | 'WORKING_GROUP';

export type RescoreAssessmentsInput = {
  /** The methodology version to score with, e.g. "assay-v1" */
  methodologyVersion: string;
};

export type RescoringStatus =
  | 'COMPLETED'
  | 'COMPLETED_WITH_FAILURES'
  | 'RUNNING';

export type ReviewDecision =
  | 'APPROVE'
  | 'REJECT'
  | 'REQUEST_CHANGES';

/** A batch of answers, saved all together or not at all */
export type SaveAnswersInput = {
  /** 1 to 200 answers, each question at most once */
  answers: Array<AnswerInput>;
  assessmentId: string | number;
};

export type ScoreOverrideStatus =
  | 'CONFIRMED'
  | 'PENDING'
  | 'WITHDRAWN';

export type ScoreRunTrigger =
  | 'RESCORE'
  | 'SUBMISSION';

export type SetJurisdictionRiskInput = {
  /** ISO 3166-1 alpha-2 */
  country: string;
  level: JurisdictionRiskLevel;
  /** Why the country has this level (sources, events); shown beside the rating */
  rationale: string;
};

/** Give exactly one of clientOrganisationId and workingGroupId */
export type ShareAssessmentInput = {
  assessmentId: string | number;
  /** A CLIENT organisation */
  clientOrganisationId?: string | number | null | undefined;
  workingGroupId?: string | number | null | undefined;
};

export type TemplateStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'RETIRED';

export type Tier =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** Only the fields given change; website and registrationNumber are cleared with null */
export type UpdateOrganisationInput = {
  /** ISO 3166-1 alpha-2 of the headquarters */
  country?: string | null | undefined;
  id: string | number;
  legalName?: string | null | undefined;
  registrationNumber?: string | null | undefined;
  website?: string | null | undefined;
};

/** Only the fields given change; a field cannot be set to null */
export type UpdateProductInput = {
  capabilities?: Array<Capability> | null | undefined;
  category?: ProductCategory | null | undefined;
  /** ISO 3166-1 alpha-2 codes */
  deployedCountries?: Array<string> | null | undefined;
  deploymentContexts?: Array<DeploymentContext> | null | undefined;
  description?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
};

/** Only the fields given change; a field cannot be set to null */
export type UpdateSupplierProfileInput = {
  description?: string | null | undefined;
  /** ISO 3166-1 alpha-2 */
  headquartersCountry?: string | null | undefined;
  /** ISO 3166-1 alpha-2 codes */
  operatingCountries?: Array<string> | null | undefined;
  services?: Array<string> | null | undefined;
  /** Defaults to the caller's own organisation (association admins must give it) */
  supplierId?: string | number | null | undefined;
};

export type UserRole =
  | 'ADMIN'
  | 'MEMBER'
  | 'REVIEWER';

export type SessionFieldsFragment = { accessToken: string, refreshToken: string, user: { id: string, displayName: string, email: string, role: UserRole, organisation: { id: string, kind: OrganisationKind, legalName: string } } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, refreshToken: string, user: { id: string, displayName: string, email: string, role: UserRole, organisation: { id: string, kind: OrganisationKind, legalName: string } } } };

export type LogoutMutationVariables = Exact<{
  refreshToken: string;
}>;


export type LogoutMutation = { logout: boolean };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string, refreshToken: string, user: { id: string, displayName: string, email: string, role: UserRole, organisation: { id: string, kind: OrganisationKind, legalName: string } } } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { accessToken: string, refreshToken: string, user: { id: string, displayName: string, email: string, role: UserRole, organisation: { id: string, kind: OrganisationKind, legalName: string } } } };

export type NotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsQuery = { notifications: { nodes: Array<{ id: string, kind: NotificationKind, data: string, createdAt: string, readAt: string | null }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type SuspendCertificateMutationVariables = Exact<{
  input: CertificateStatusChangeInput;
}>;


export type SuspendCertificateMutation = { suspendCertificate: { id: string, status: CertificateStatus } };

export type ReinstateCertificateMutationVariables = Exact<{
  input: CertificateStatusChangeInput;
}>;


export type ReinstateCertificateMutation = { reinstateCertificate: { id: string, status: CertificateStatus } };

export type RevokeCertificateMutationVariables = Exact<{
  input: CertificateStatusChangeInput;
}>;


export type RevokeCertificateMutation = { revokeCertificate: { id: string, status: CertificateStatus } };

export type ApprovedAssessmentsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ApprovedAssessmentsQuery = { assessments: { nodes: Array<{ id: string, supplier: { legalName: string }, certificate: { id: string, serial: string, status: CertificateStatus, level: CertificateLevel, issuedAt: string, validUntil: string, statusReason: string | null, rendered: boolean, downloads: Array<{ language: CertificateLanguage, url: string }> } | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type IssueCertificateMutationVariables = Exact<{
  input: IssueCertificateInput;
}>;


export type IssueCertificateMutation = { issueCertificate: { id: string, serial: string } };

export type JurisdictionRisksQueryVariables = Exact<{ [key: string]: never; }>;


export type JurisdictionRisksQuery = { jurisdictionRisks: Array<{ country: string, level: JurisdictionRiskLevel, rationale: string, updatedAt: string | null }> };

export type SetJurisdictionRiskMutationVariables = Exact<{
  input: SetJurisdictionRiskInput;
}>;


export type SetJurisdictionRiskMutation = { setJurisdictionRisk: { country: string, level: JurisdictionRiskLevel } };

export type ClearJurisdictionRiskMutationVariables = Exact<{
  country: string;
}>;


export type ClearJurisdictionRiskMutation = { clearJurisdictionRisk: { country: string } };

export type OrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationsQuery = { organisations: Array<{ id: string, kind: OrganisationKind, legalName: string, country: string, status: OrganisationStatus, website: string | null, createdAt: string }> };

export type VerifyOrganisationMutationVariables = Exact<{
  id: string | number;
}>;


export type VerifyOrganisationMutation = { verifyOrganisation: { id: string, status: OrganisationStatus } };

export type SupplierMembershipQueryVariables = Exact<{
  id: string | number;
}>;


export type SupplierMembershipQuery = { supplier: { id: string, membershipStatus: MembershipStatus } };

export type SetSupplierMembershipMutationVariables = Exact<{
  supplierId: string | number;
  status: MembershipStatus;
}>;


export type SetSupplierMembershipMutation = { setSupplierMembershipStatus: { id: string, membershipStatus: MembershipStatus } };

export type RescoringsQueryVariables = Exact<{ [key: string]: never; }>;


export type RescoringsQuery = { rescorings: { nodes: Array<{ id: string, methodologyVersion: string, status: RescoringStatus, total: number, done: number, failed: number, requestedAt: string, finishedAt: string | null, requestedBy: { displayName: string }, failures: Array<{ assessmentId: string, error: string, failedAt: string }> }> } };

export type RescoringProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type RescoringProgressQuery = { rescoring: { id: string, methodologyVersion: string, status: RescoringStatus, total: number, done: number, failed: number } };

export type RescoreAssessmentsMutationVariables = Exact<{
  input: RescoreAssessmentsInput;
}>;


export type RescoreAssessmentsMutation = { rescoreAssessments: { id: string } };

export type ApproveAssessmentMutationVariables = Exact<{
  input: ApproveAssessmentInput;
}>;


export type ApproveAssessmentMutation = { approveAssessment: { id: string, status: AssessmentStatus } };

export type RequestAssessmentChangesMutationVariables = Exact<{
  input: RequestAssessmentChangesInput;
}>;


export type RequestAssessmentChangesMutation = { requestAssessmentChanges: { id: string, status: AssessmentStatus } };

export type RejectAssessmentMutationVariables = Exact<{
  input: RejectAssessmentInput;
}>;


export type RejectAssessmentMutation = { rejectAssessment: { id: string, status: AssessmentStatus } };

export type ReviewAssessmentQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewAssessmentQuery = { assessment: { id: string, status: AssessmentStatus, dueDate: string, submittedAt: string | null, submissionNumber: number, requesterKind: RequesterKind, supplier: { id: string, legalName: string }, requestedByOrganisation: { legalName: string }, products: Array<{ id: string, name: string, category: ProductCategory }>, reviewClaim: { claimedAt: string, claimedBy: { id: string, displayName: string } } | null, template: { id: string, version: number, themes: Array<{ code: string, title: { en: string, fr: string, es: string } }> }, questions: Array<{ themeCode: string, question: { code: string, type: QuestionType, evidenceExpected: boolean, text: { en: string, fr: string, es: string }, options: Array<{ value: string, label: { en: string, fr: string, es: string } }> } }>, answers: Array<{ questionCode: string, value: string | null, notApplicable: boolean, comment: string, evidence: Array<{ id: string, originalName: string }> }>, scorecard: { tier: Tier, maturity: number, inherentRisk: number, residualRisk: number, confidence: number, methodologyVersion: string, redFlags: Array<{ questionCode: string, ruleId: string, label: { en: string, fr: string, es: string } | null }>, themes: Array<{ code: string, score: number | null, weight: number, title: { en: string, fr: string, es: string } }>, eligibility: { level: string | null }, override: { scoredTier: Tier, scoredMaturity: number } | null } | null, certificateEligibility: { eligible: boolean, unmet: Array<{ code: EligibilityCondition, message: string }> } | null, certificate: { serial: string, status: CertificateStatus } | null, scoreOverrides: Array<{ id: string, status: ScoreOverrideStatus, tier: Tier | null, maturity: number | null, justification: string, proposedAt: string, confirmedAt: string | null, proposedBy: { id: string, displayName: string }, confirmedBy: { displayName: string } | null }>, reviews: Array<{ id: string, decision: ReviewDecision, comment: string | null, conditions: string | null, decidedAt: string, reviewer: { displayName: string }, questionComments: Array<{ questionCode: string, comment: string }> }> } };

export type ClaimReviewMutationVariables = Exact<{
  assessmentId: string | number;
}>;


export type ClaimReviewMutation = { claimAssessmentReview: { id: string, status: AssessmentStatus } };

export type ReleaseReviewMutationVariables = Exact<{
  assessmentId: string | number;
}>;


export type ReleaseReviewMutation = { releaseAssessmentReview: { id: string, status: AssessmentStatus } };

export type ReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewQueueQuery = { reviewQueue: { nodes: Array<{ tier: Tier, maturity: number, scoredAt: string, overridden: boolean, claim: { claimedBy: { displayName: string } } | null, assessment: { id: string, status: AssessmentStatus, supplier: { legalName: string }, requestedByOrganisation: { legalName: string } } }> } };

export type ProposeScoreOverrideMutationVariables = Exact<{
  input: ProposeScoreOverrideInput;
}>;


export type ProposeScoreOverrideMutation = { proposeScoreOverride: { id: string } };

export type ConfirmScoreOverrideMutationVariables = Exact<{
  overrideId: string | number;
}>;


export type ConfirmScoreOverrideMutation = { confirmScoreOverride: { id: string } };

export type WithdrawScoreOverrideMutationVariables = Exact<{
  overrideId: string | number;
}>;


export type WithdrawScoreOverrideMutation = { withdrawScoreOverride: { id: string } };

export type QuestionnaireTemplateQueryVariables = Exact<{
  id: string | number;
}>;


export type QuestionnaireTemplateQuery = { questionnaireTemplate: { id: string, key: string, version: number, status: TemplateStatus, title: { en: string, fr: string, es: string }, description: { en: string, fr: string, es: string } | null, themes: Array<{ code: string, title: { en: string, fr: string, es: string }, questions: Array<{ code: string, type: QuestionType, weight: number, required: boolean, evidenceExpected: boolean, notApplicableAllowed: boolean, references: Array<string>, text: { en: string, fr: string, es: string }, options: Array<{ value: string, points: number, label: { en: string, fr: string, es: string } }>, redFlags: Array<{ id: string, label: { en: string, fr: string, es: string } }> }> }> } };

export type PublishTemplateMutationVariables = Exact<{
  templateId: string | number;
}>;


export type PublishTemplateMutation = { publishTemplate: { id: string, status: TemplateStatus } };

export type RetireTemplateMutationVariables = Exact<{
  templateId: string | number;
}>;


export type RetireTemplateMutation = { retireTemplate: { id: string, status: TemplateStatus } };

export type QuestionnaireTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type QuestionnaireTemplatesQuery = { questionnaireTemplates: Array<{ id: string, key: string, version: number, status: TemplateStatus, questionCount: number, createdAt: string, publishedAt: string | null, retiredAt: string | null, title: { en: string, fr: string, es: string } }> };

export type ImportQuestionnaireMutationVariables = Exact<{
  input: ImportQuestionnaireInput;
}>;


export type ImportQuestionnaireMutation = { importQuestionnaire: { id: string } };

export type WorkingGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkingGroupsQuery = { workingGroups: Array<{ id: string, name: string, description: string, members: Array<{ id: string, legalName: string }>, watchList: Array<{ id: string, legalName: string }> }>, organisations: Array<{ id: string, legalName: string }> };

export type CreateWorkingGroupMutationVariables = Exact<{
  input: CreateWorkingGroupInput;
}>;


export type CreateWorkingGroupMutation = { createWorkingGroup: { id: string } };

export type AddWorkingGroupMemberMutationVariables = Exact<{
  workingGroupId: string | number;
  organisationId: string | number;
}>;


export type AddWorkingGroupMemberMutation = { addWorkingGroupMember: { id: string } };

export type RemoveWorkingGroupMemberMutationVariables = Exact<{
  workingGroupId: string | number;
  organisationId: string | number;
}>;


export type RemoveWorkingGroupMemberMutation = { removeWorkingGroupMember: { id: string } };

export type ClientAssessmentsQueryVariables = Exact<{
  status?: AssessmentStatus | null | undefined;
}>;


export type ClientAssessmentsQuery = { assessments: { nodes: Array<{ id: string, status: AssessmentStatus, dueDate: string, createdAt: string, requesterKind: RequesterKind, requestedByOrganisation: { id: string, legalName: string }, workingGroup: { id: string, name: string } | null, supplier: { id: string, legalName: string }, products: Array<{ id: string, name: string }>, scorecard: { tier: Tier } | null }> } };

export type ClientAssessmentFieldsFragment = { id: string, status: AssessmentStatus, dueDate: string, createdAt: string, requesterKind: RequesterKind, requestedByOrganisation: { id: string, legalName: string }, workingGroup: { id: string, name: string } | null, supplier: { id: string, legalName: string }, products: Array<{ id: string, name: string }>, scorecard: { tier: Tier } | null };

export type DirectoryQueryVariables = Exact<{
  filter?: DirectoryFilterInput | null | undefined;
}>;


export type DirectoryQuery = { directory: { nodes: Array<{ id: string, legalName: string, headquartersCountry: string, membershipStatus: MembershipStatus, products: Array<{ id: string, name: string, category: ProductCategory }>, currentCertificate: { serial: string, status: CertificateStatus } | null }> } };

export type ClientRequestAssessmentMutationVariables = Exact<{
  input: RequestAssessmentInput;
}>;


export type ClientRequestAssessmentMutation = { requestAssessment: { id: string, status: AssessmentStatus, dueDate: string, createdAt: string, requesterKind: RequesterKind, requestedByOrganisation: { id: string, legalName: string }, workingGroup: { id: string, name: string } | null, supplier: { id: string, legalName: string }, products: Array<{ id: string, name: string }>, scorecard: { tier: Tier } | null } };

export type ClientCertificateFieldsFragment = { serial: string, level: CertificateLevel, status: CertificateStatus, conditions: string | null, validUntil: string, products: Array<{ id: string, name: string }>, downloads: Array<{ language: CertificateLanguage, url: string }> };

export type ClientSupplierQueryVariables = Exact<{
  id: string | number;
}>;


export type ClientSupplierQuery = { supplier: { id: string, legalName: string, description: string, website: string | null, headquartersCountry: string, operatingCountries: Array<string>, services: Array<string>, membershipStatus: MembershipStatus, products: Array<{ id: string, name: string, category: ProductCategory, capabilities: Array<Capability>, deploymentContexts: Array<DeploymentContext>, deployedCountries: Array<string>, description: string }>, currentCertificate: { serial: string, level: CertificateLevel, status: CertificateStatus, conditions: string | null, validUntil: string, products: Array<{ id: string, name: string }>, downloads: Array<{ language: CertificateLanguage, url: string }> } | null }, workingGroups: Array<{ id: string, name: string, watchList: Array<{ id: string }> }> };

export type ClientSupplierAssessmentsQueryVariables = Exact<{
  supplierId: string | number;
}>;


export type ClientSupplierAssessmentsQuery = { assessments: { nodes: Array<{ id: string, status: AssessmentStatus, dueDate: string, createdAt: string, requesterKind: RequesterKind, requestedByOrganisation: { id: string, legalName: string }, workingGroup: { id: string, name: string } | null, supplier: { id: string, legalName: string }, products: Array<{ id: string, name: string }>, scorecard: { tier: Tier } | null }> } };

export type ClientWorkingGroupQueryVariables = Exact<{
  id: string | number;
}>;


export type ClientWorkingGroupQuery = { workingGroup: { id: string, name: string, description: string, members: Array<{ id: string, legalName: string, country: string }>, watchList: Array<{ id: string, legalName: string, country: string }> }, assessments: { nodes: Array<{ id: string, status: AssessmentStatus, dueDate: string, createdAt: string, requesterKind: RequesterKind, requestedByOrganisation: { id: string, legalName: string }, workingGroup: { id: string, name: string } | null, supplier: { id: string, legalName: string }, products: Array<{ id: string, name: string }>, scorecard: { tier: Tier } | null }> } };

export type ClientWorkingGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClientWorkingGroupsQuery = { workingGroups: Array<{ id: string, name: string, description: string }> };

export type CompanyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyProfileQuery = { me: { organisation: { id: string, legalName: string, country: string, website: string | null, registrationNumber: string | null } }, mySupplier: { id: string, description: string, headquartersCountry: string, operatingCountries: Array<string>, services: Array<string>, membershipStatus: MembershipStatus, products: Array<{ id: string, name: string, category: ProductCategory, capabilities: Array<Capability>, deploymentContexts: Array<DeploymentContext>, deployedCountries: Array<string>, description: string }> } };

export type UpdateCompanyMutationVariables = Exact<{
  organisation: UpdateOrganisationInput;
  profile: UpdateSupplierProfileInput;
}>;


export type UpdateCompanyMutation = { updateOrganisation: { id: string }, updateSupplierProfile: { id: string } };

export type CreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type CreateProductMutation = { createProduct: { id: string } };

export type UpdateProductMutationVariables = Exact<{
  input: UpdateProductInput;
}>;


export type UpdateProductMutation = { updateProduct: { id: string } };

export type DeleteProductMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteProductMutation = { deleteProduct: string };

export type ProviderAssessmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProviderAssessmentsQuery = { assessments: { nodes: Array<{ id: string, status: AssessmentStatus, dueDate: string, requesterKind: RequesterKind, requestedByOrganisation: { legalName: string }, products: Array<{ id: string, name: string }>, progress: { answered: number, required: number }, certificate: { serial: string, downloads: Array<{ language: CertificateLanguage, url: string }> } | null }> } };

export type AttachEvidenceMutationVariables = Exact<{
  input: EvidenceAttachmentInput;
}>;


export type AttachEvidenceMutation = { attachEvidence: { id: string } };

export type DetachEvidenceMutationVariables = Exact<{
  input: EvidenceAttachmentInput;
}>;


export type DetachEvidenceMutation = { detachEvidence: { id: string } };

export type QuestionnaireQueryVariables = Exact<{
  id: string | number;
}>;


export type QuestionnaireQuery = { assessment: { id: string, status: AssessmentStatus, dueDate: string, supplier: { legalName: string }, requestedByOrganisation: { legalName: string }, products: Array<{ id: string, name: string }>, template: { id: string, title: { en: string, fr: string, es: string }, themes: Array<{ code: string, title: { en: string, fr: string, es: string } }> }, questions: Array<{ applicable: boolean, themeCode: string, question: { code: string, type: QuestionType, required: boolean, weight: number, evidenceExpected: boolean, notApplicableAllowed: boolean, min: number | null, max: number | null, maxLength: number | null, references: Array<string>, text: { en: string, fr: string, es: string }, help: { en: string, fr: string, es: string } | null, options: Array<{ value: string, label: { en: string, fr: string, es: string } }> } }>, answers: Array<{ questionCode: string, value: string | null, notApplicable: boolean, comment: string, version: number, answeredAt: string, answeredBy: { displayName: string } | null, evidence: Array<{ id: string, originalName: string, sizeBytes: number }> }>, progress: { answered: number, required: number, themes: Array<{ code: string, answered: number, required: number }> } }, evidenceUploadLimits: { maxBytes: number, extensions: Array<string> } };

export type SubmitAssessmentMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitAssessmentMutation = { submitAssessment: { id: string, status: AssessmentStatus } };

export type SaveAnswersMutationVariables = Exact<{
  input: SaveAnswersInput;
}>;


export type SaveAnswersMutation = { saveAnswers: Array<{ questionCode: string, value: string | null, notApplicable: boolean, comment: string, version: number, answeredAt: string, answeredBy: { displayName: string } | null }> };

export type CurrentAnswersQueryVariables = Exact<{
  id: string | number;
}>;


export type CurrentAnswersQuery = { assessment: { id: string, answers: Array<{ questionCode: string, value: string | null, notApplicable: boolean, comment: string, version: number, answeredAt: string, answeredBy: { displayName: string } | null }> } };

export type ScorecardQueryVariables = Exact<{
  id: string | number;
}>;


export type ScorecardQuery = { assessment: { id: string, status: AssessmentStatus, supplier: { legalName: string }, products: Array<{ id: string, name: string }>, questions: Array<{ question: { code: string, type: QuestionType, text: { en: string, fr: string, es: string }, options: Array<{ value: string, label: { en: string, fr: string, es: string } }> } }>, scorecard: { inherentRisk: number, residualRisk: number, maturity: number, tier: Tier, confidence: number, methodologyVersion: string, scoredAt: string, submissionNumber: number, eligibility: { eligible: boolean, level: string | null, unmet: Array<string> }, override: { justification: string, scoredTier: Tier, scoredMaturity: number, tier: Tier | null, maturity: number | null, proposedBy: { displayName: string }, confirmedBy: { displayName: string } } | null, themes: Array<{ code: string, score: number | null, weight: number, title: { en: string, fr: string, es: string } }>, redFlags: Array<{ questionCode: string, ruleId: string, label: { en: string, fr: string, es: string } | null }>, questions: Array<{ code: string, themeCode: string, answer: string | null, answered: boolean, applicable: boolean, excluded: boolean, weight: number, score: number, evidenceFactor: number, contribution: number }> } | null, scoreRuns: Array<{ id: string, scoredAt: string, submissionNumber: number, trigger: ScoreRunTrigger, methodologyVersion: string, inherentRisk: number, residualRisk: number, maturity: number, tier: Tier, confidence: number }>, certificate: { serial: string, status: CertificateStatus, downloads: Array<{ language: CertificateLanguage, url: string }> } | null } };

export type AssessmentSharingQueryVariables = Exact<{
  id: string | number;
}>;


export type AssessmentSharingQuery = { assessmentShares: Array<{ id: string, active: boolean, clientOrganisationName: string | null, workingGroupName: string | null, grantedAt: string, grantedByName: string | null, withdrawnAt: string | null }>, assessments: { nodes: Array<{ requesterKind: RequesterKind, requestedByOrganisation: { id: string, legalName: string }, workingGroup: { id: string, name: string } | null }> } };

export type ShareAssessmentMutationVariables = Exact<{
  input: ShareAssessmentInput;
}>;


export type ShareAssessmentMutation = { shareAssessment: { id: string } };

export type WithdrawAssessmentShareMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawAssessmentShareMutation = { withdrawAssessmentShare: { id: string } };

export type CertifiedProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type CertifiedProvidersQuery = { certifiedProviders: { nodes: Array<{ supplier: { id: string, legalName: string, headquartersCountry: string }, certificate: { serial: string, level: CertificateLevel, validUntil: string, products: Array<{ id: string, name: string, category: ProductCategory }> } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionFields on AuthPayload {
  accessToken
  refreshToken
  user {
    id
    displayName
    email
    role
    organisation {
      id
      kind
      legalName
    }
  }
}
    `, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const ClientAssessmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment ClientAssessmentFields on Assessment {
  id
  status
  dueDate
  createdAt
  requesterKind
  requestedByOrganisation {
    id
    legalName
  }
  workingGroup {
    id
    name
  }
  supplier {
    id
    legalName
  }
  products {
    id
    name
  }
  scorecard {
    tier
  }
}
    `, {"fragmentName":"ClientAssessmentFields"}) as unknown as TypedDocumentString<ClientAssessmentFieldsFragment, unknown>;
export const ClientCertificateFieldsFragmentDoc = new TypedDocumentString(`
    fragment ClientCertificateFields on Certificate {
  serial
  level
  status
  conditions
  validUntil
  products {
    id
    name
  }
  downloads {
    language
    url
  }
}
    `, {"fragmentName":"ClientCertificateFields"}) as unknown as TypedDocumentString<ClientCertificateFieldsFragment, unknown>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($refreshToken: String!) {
  refreshSession(input: {refreshToken: $refreshToken}) {
    ...SessionFields
  }
}
    fragment SessionFields on AuthPayload {
  accessToken
  refreshToken
  user {
    id
    displayName
    email
    role
    organisation {
      id
      kind
      legalName
    }
  }
}`) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($refreshToken: String!) {
  logout(input: {refreshToken: $refreshToken})
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    ...SessionFields
  }
}
    fragment SessionFields on AuthPayload {
  accessToken
  refreshToken
  user {
    id
    displayName
    email
    role
    organisation {
      id
      kind
      legalName
    }
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    ...SessionFields
  }
}
    fragment SessionFields on AuthPayload {
  accessToken
  refreshToken
  user {
    id
    displayName
    email
    role
    organisation {
      id
      kind
      legalName
    }
  }
}`) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications {
  notifications(first: 50) {
    nodes {
      id
      kind
      data
      createdAt
      readAt
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const SuspendCertificateDocument = new TypedDocumentString(`
    mutation SuspendCertificate($input: CertificateStatusChangeInput!) {
  suspendCertificate(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SuspendCertificateMutation, SuspendCertificateMutationVariables>;
export const ReinstateCertificateDocument = new TypedDocumentString(`
    mutation ReinstateCertificate($input: CertificateStatusChangeInput!) {
  reinstateCertificate(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReinstateCertificateMutation, ReinstateCertificateMutationVariables>;
export const RevokeCertificateDocument = new TypedDocumentString(`
    mutation RevokeCertificate($input: CertificateStatusChangeInput!) {
  revokeCertificate(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RevokeCertificateMutation, RevokeCertificateMutationVariables>;
export const ApprovedAssessmentsDocument = new TypedDocumentString(`
    query ApprovedAssessments($after: String) {
  assessments(first: 100, after: $after, filter: {status: APPROVED}) {
    nodes {
      id
      supplier {
        legalName
      }
      certificate {
        id
        serial
        status
        level
        issuedAt
        validUntil
        statusReason
        rendered
        downloads {
          language
          url
        }
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<ApprovedAssessmentsQuery, ApprovedAssessmentsQueryVariables>;
export const IssueCertificateDocument = new TypedDocumentString(`
    mutation IssueCertificate($input: IssueCertificateInput!) {
  issueCertificate(input: $input) {
    id
    serial
  }
}
    `) as unknown as TypedDocumentString<IssueCertificateMutation, IssueCertificateMutationVariables>;
export const JurisdictionRisksDocument = new TypedDocumentString(`
    query JurisdictionRisks {
  jurisdictionRisks {
    country
    level
    rationale
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<JurisdictionRisksQuery, JurisdictionRisksQueryVariables>;
export const SetJurisdictionRiskDocument = new TypedDocumentString(`
    mutation SetJurisdictionRisk($input: SetJurisdictionRiskInput!) {
  setJurisdictionRisk(input: $input) {
    country
    level
  }
}
    `) as unknown as TypedDocumentString<SetJurisdictionRiskMutation, SetJurisdictionRiskMutationVariables>;
export const ClearJurisdictionRiskDocument = new TypedDocumentString(`
    mutation ClearJurisdictionRisk($country: String!) {
  clearJurisdictionRisk(country: $country) {
    country
  }
}
    `) as unknown as TypedDocumentString<ClearJurisdictionRiskMutation, ClearJurisdictionRiskMutationVariables>;
export const OrganisationsDocument = new TypedDocumentString(`
    query Organisations {
  organisations {
    id
    kind
    legalName
    country
    status
    website
    createdAt
  }
}
    `) as unknown as TypedDocumentString<OrganisationsQuery, OrganisationsQueryVariables>;
export const VerifyOrganisationDocument = new TypedDocumentString(`
    mutation VerifyOrganisation($id: ID!) {
  verifyOrganisation(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<VerifyOrganisationMutation, VerifyOrganisationMutationVariables>;
export const SupplierMembershipDocument = new TypedDocumentString(`
    query SupplierMembership($id: ID!) {
  supplier(id: $id) {
    id
    membershipStatus
  }
}
    `) as unknown as TypedDocumentString<SupplierMembershipQuery, SupplierMembershipQueryVariables>;
export const SetSupplierMembershipDocument = new TypedDocumentString(`
    mutation SetSupplierMembership($supplierId: ID!, $status: MembershipStatus!) {
  setSupplierMembershipStatus(supplierId: $supplierId, status: $status) {
    id
    membershipStatus
  }
}
    `) as unknown as TypedDocumentString<SetSupplierMembershipMutation, SetSupplierMembershipMutationVariables>;
export const RescoringsDocument = new TypedDocumentString(`
    query Rescorings {
  rescorings(first: 20) {
    nodes {
      id
      methodologyVersion
      status
      total
      done
      failed
      requestedAt
      finishedAt
      requestedBy {
        displayName
      }
      failures(first: 20) {
        assessmentId
        error
        failedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RescoringsQuery, RescoringsQueryVariables>;
export const RescoringProgressDocument = new TypedDocumentString(`
    query RescoringProgress($id: ID!) {
  rescoring(id: $id) {
    id
    methodologyVersion
    status
    total
    done
    failed
  }
}
    `) as unknown as TypedDocumentString<RescoringProgressQuery, RescoringProgressQueryVariables>;
export const RescoreAssessmentsDocument = new TypedDocumentString(`
    mutation RescoreAssessments($input: RescoreAssessmentsInput!) {
  rescoreAssessments(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RescoreAssessmentsMutation, RescoreAssessmentsMutationVariables>;
export const ApproveAssessmentDocument = new TypedDocumentString(`
    mutation ApproveAssessment($input: ApproveAssessmentInput!) {
  approveAssessment(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ApproveAssessmentMutation, ApproveAssessmentMutationVariables>;
export const RequestAssessmentChangesDocument = new TypedDocumentString(`
    mutation RequestAssessmentChanges($input: RequestAssessmentChangesInput!) {
  requestAssessmentChanges(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RequestAssessmentChangesMutation, RequestAssessmentChangesMutationVariables>;
export const RejectAssessmentDocument = new TypedDocumentString(`
    mutation RejectAssessment($input: RejectAssessmentInput!) {
  rejectAssessment(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RejectAssessmentMutation, RejectAssessmentMutationVariables>;
export const ReviewAssessmentDocument = new TypedDocumentString(`
    query ReviewAssessment($id: ID!) {
  assessment(id: $id) {
    id
    status
    dueDate
    submittedAt
    submissionNumber
    requesterKind
    supplier {
      id
      legalName
    }
    requestedByOrganisation {
      legalName
    }
    products {
      id
      name
      category
    }
    reviewClaim {
      claimedAt
      claimedBy {
        id
        displayName
      }
    }
    template {
      id
      version
      themes {
        code
        title {
          en
          fr
          es
        }
      }
    }
    questions(applicableOnly: true) {
      themeCode
      question {
        code
        type
        evidenceExpected
        text {
          en
          fr
          es
        }
        options {
          value
          label {
            en
            fr
            es
          }
        }
      }
    }
    answers {
      questionCode
      value
      notApplicable
      comment
      evidence {
        id
        originalName
      }
    }
    scorecard {
      tier
      maturity
      inherentRisk
      residualRisk
      confidence
      methodologyVersion
      redFlags {
        questionCode
        ruleId
        label {
          en
          fr
          es
        }
      }
      themes {
        code
        score
        weight
        title {
          en
          fr
          es
        }
      }
      eligibility {
        level
      }
      override {
        scoredTier
        scoredMaturity
      }
    }
    certificateEligibility {
      eligible
      unmet {
        code
        message
      }
    }
    certificate {
      serial
      status
    }
    scoreOverrides {
      id
      status
      tier
      maturity
      justification
      proposedAt
      proposedBy {
        id
        displayName
      }
      confirmedAt
      confirmedBy {
        displayName
      }
    }
    reviews {
      id
      decision
      comment
      conditions
      decidedAt
      reviewer {
        displayName
      }
      questionComments {
        questionCode
        comment
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewAssessmentQuery, ReviewAssessmentQueryVariables>;
export const ClaimReviewDocument = new TypedDocumentString(`
    mutation ClaimReview($assessmentId: ID!) {
  claimAssessmentReview(assessmentId: $assessmentId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ClaimReviewMutation, ClaimReviewMutationVariables>;
export const ReleaseReviewDocument = new TypedDocumentString(`
    mutation ReleaseReview($assessmentId: ID!) {
  releaseAssessmentReview(assessmentId: $assessmentId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReleaseReviewMutation, ReleaseReviewMutationVariables>;
export const ReviewQueueDocument = new TypedDocumentString(`
    query ReviewQueue {
  reviewQueue(first: 100) {
    nodes {
      tier
      maturity
      scoredAt
      overridden
      claim {
        claimedBy {
          displayName
        }
      }
      assessment {
        id
        status
        supplier {
          legalName
        }
        requestedByOrganisation {
          legalName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ProposeScoreOverrideDocument = new TypedDocumentString(`
    mutation ProposeScoreOverride($input: ProposeScoreOverrideInput!) {
  proposeScoreOverride(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ProposeScoreOverrideMutation, ProposeScoreOverrideMutationVariables>;
export const ConfirmScoreOverrideDocument = new TypedDocumentString(`
    mutation ConfirmScoreOverride($overrideId: ID!) {
  confirmScoreOverride(overrideId: $overrideId) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConfirmScoreOverrideMutation, ConfirmScoreOverrideMutationVariables>;
export const WithdrawScoreOverrideDocument = new TypedDocumentString(`
    mutation WithdrawScoreOverride($overrideId: ID!) {
  withdrawScoreOverride(overrideId: $overrideId) {
    id
  }
}
    `) as unknown as TypedDocumentString<WithdrawScoreOverrideMutation, WithdrawScoreOverrideMutationVariables>;
export const QuestionnaireTemplateDocument = new TypedDocumentString(`
    query QuestionnaireTemplate($id: ID!) {
  questionnaireTemplate(id: $id) {
    id
    key
    version
    status
    title {
      en
      fr
      es
    }
    description {
      en
      fr
      es
    }
    themes {
      code
      title {
        en
        fr
        es
      }
      questions {
        code
        type
        weight
        required
        evidenceExpected
        notApplicableAllowed
        references
        text {
          en
          fr
          es
        }
        options {
          value
          points
          label {
            en
            fr
            es
          }
        }
        redFlags {
          id
          label {
            en
            fr
            es
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QuestionnaireTemplateQuery, QuestionnaireTemplateQueryVariables>;
export const PublishTemplateDocument = new TypedDocumentString(`
    mutation PublishTemplate($templateId: ID!) {
  publishTemplate(templateId: $templateId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PublishTemplateMutation, PublishTemplateMutationVariables>;
export const RetireTemplateDocument = new TypedDocumentString(`
    mutation RetireTemplate($templateId: ID!) {
  retireTemplate(templateId: $templateId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RetireTemplateMutation, RetireTemplateMutationVariables>;
export const QuestionnaireTemplatesDocument = new TypedDocumentString(`
    query QuestionnaireTemplates {
  questionnaireTemplates {
    id
    key
    version
    status
    questionCount
    createdAt
    publishedAt
    retiredAt
    title {
      en
      fr
      es
    }
  }
}
    `) as unknown as TypedDocumentString<QuestionnaireTemplatesQuery, QuestionnaireTemplatesQueryVariables>;
export const ImportQuestionnaireDocument = new TypedDocumentString(`
    mutation ImportQuestionnaire($input: ImportQuestionnaireInput!) {
  importQuestionnaire(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ImportQuestionnaireMutation, ImportQuestionnaireMutationVariables>;
export const WorkingGroupsDocument = new TypedDocumentString(`
    query WorkingGroups {
  workingGroups {
    id
    name
    description
    members {
      id
      legalName
    }
    watchList {
      id
      legalName
    }
  }
  organisations(kind: CLIENT) {
    id
    legalName
  }
}
    `) as unknown as TypedDocumentString<WorkingGroupsQuery, WorkingGroupsQueryVariables>;
export const CreateWorkingGroupDocument = new TypedDocumentString(`
    mutation CreateWorkingGroup($input: CreateWorkingGroupInput!) {
  createWorkingGroup(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateWorkingGroupMutation, CreateWorkingGroupMutationVariables>;
export const AddWorkingGroupMemberDocument = new TypedDocumentString(`
    mutation AddWorkingGroupMember($workingGroupId: ID!, $organisationId: ID!) {
  addWorkingGroupMember(
    workingGroupId: $workingGroupId
    organisationId: $organisationId
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddWorkingGroupMemberMutation, AddWorkingGroupMemberMutationVariables>;
export const RemoveWorkingGroupMemberDocument = new TypedDocumentString(`
    mutation RemoveWorkingGroupMember($workingGroupId: ID!, $organisationId: ID!) {
  removeWorkingGroupMember(
    workingGroupId: $workingGroupId
    organisationId: $organisationId
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveWorkingGroupMemberMutation, RemoveWorkingGroupMemberMutationVariables>;
export const ClientAssessmentsDocument = new TypedDocumentString(`
    query ClientAssessments($status: AssessmentStatus) {
  assessments(first: 100, filter: {status: $status}) {
    nodes {
      ...ClientAssessmentFields
    }
  }
}
    fragment ClientAssessmentFields on Assessment {
  id
  status
  dueDate
  createdAt
  requesterKind
  requestedByOrganisation {
    id
    legalName
  }
  workingGroup {
    id
    name
  }
  supplier {
    id
    legalName
  }
  products {
    id
    name
  }
  scorecard {
    tier
  }
}`) as unknown as TypedDocumentString<ClientAssessmentsQuery, ClientAssessmentsQueryVariables>;
export const DirectoryDocument = new TypedDocumentString(`
    query Directory($filter: DirectoryFilterInput) {
  directory(first: 50, filter: $filter) {
    nodes {
      id
      legalName
      headquartersCountry
      membershipStatus
      products {
        id
        name
        category
      }
      currentCertificate {
        serial
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DirectoryQuery, DirectoryQueryVariables>;
export const ClientRequestAssessmentDocument = new TypedDocumentString(`
    mutation ClientRequestAssessment($input: RequestAssessmentInput!) {
  requestAssessment(input: $input) {
    ...ClientAssessmentFields
  }
}
    fragment ClientAssessmentFields on Assessment {
  id
  status
  dueDate
  createdAt
  requesterKind
  requestedByOrganisation {
    id
    legalName
  }
  workingGroup {
    id
    name
  }
  supplier {
    id
    legalName
  }
  products {
    id
    name
  }
  scorecard {
    tier
  }
}`) as unknown as TypedDocumentString<ClientRequestAssessmentMutation, ClientRequestAssessmentMutationVariables>;
export const ClientSupplierDocument = new TypedDocumentString(`
    query ClientSupplier($id: ID!) {
  supplier(id: $id) {
    id
    legalName
    description
    website
    headquartersCountry
    operatingCountries
    services
    membershipStatus
    products {
      id
      name
      category
      capabilities
      deploymentContexts
      deployedCountries
      description
    }
    currentCertificate {
      ...ClientCertificateFields
    }
  }
  workingGroups {
    id
    name
    watchList {
      id
    }
  }
}
    fragment ClientCertificateFields on Certificate {
  serial
  level
  status
  conditions
  validUntil
  products {
    id
    name
  }
  downloads {
    language
    url
  }
}`) as unknown as TypedDocumentString<ClientSupplierQuery, ClientSupplierQueryVariables>;
export const ClientSupplierAssessmentsDocument = new TypedDocumentString(`
    query ClientSupplierAssessments($supplierId: ID!) {
  assessments(first: 100, filter: {supplierId: $supplierId}) {
    nodes {
      ...ClientAssessmentFields
    }
  }
}
    fragment ClientAssessmentFields on Assessment {
  id
  status
  dueDate
  createdAt
  requesterKind
  requestedByOrganisation {
    id
    legalName
  }
  workingGroup {
    id
    name
  }
  supplier {
    id
    legalName
  }
  products {
    id
    name
  }
  scorecard {
    tier
  }
}`) as unknown as TypedDocumentString<ClientSupplierAssessmentsQuery, ClientSupplierAssessmentsQueryVariables>;
export const ClientWorkingGroupDocument = new TypedDocumentString(`
    query ClientWorkingGroup($id: ID!) {
  workingGroup(id: $id) {
    id
    name
    description
    members {
      id
      legalName
      country
    }
    watchList {
      id
      legalName
      country
    }
  }
  assessments(first: 100) {
    nodes {
      ...ClientAssessmentFields
    }
  }
}
    fragment ClientAssessmentFields on Assessment {
  id
  status
  dueDate
  createdAt
  requesterKind
  requestedByOrganisation {
    id
    legalName
  }
  workingGroup {
    id
    name
  }
  supplier {
    id
    legalName
  }
  products {
    id
    name
  }
  scorecard {
    tier
  }
}`) as unknown as TypedDocumentString<ClientWorkingGroupQuery, ClientWorkingGroupQueryVariables>;
export const ClientWorkingGroupsDocument = new TypedDocumentString(`
    query ClientWorkingGroups {
  workingGroups {
    id
    name
    description
  }
}
    `) as unknown as TypedDocumentString<ClientWorkingGroupsQuery, ClientWorkingGroupsQueryVariables>;
export const CompanyProfileDocument = new TypedDocumentString(`
    query CompanyProfile {
  me {
    organisation {
      id
      legalName
      country
      website
      registrationNumber
    }
  }
  mySupplier {
    id
    description
    headquartersCountry
    operatingCountries
    services
    membershipStatus
    products {
      id
      name
      category
      capabilities
      deploymentContexts
      deployedCountries
      description
    }
  }
}
    `) as unknown as TypedDocumentString<CompanyProfileQuery, CompanyProfileQueryVariables>;
export const UpdateCompanyDocument = new TypedDocumentString(`
    mutation UpdateCompany($organisation: UpdateOrganisationInput!, $profile: UpdateSupplierProfileInput!) {
  updateOrganisation(input: $organisation) {
    id
  }
  updateSupplierProfile(input: $profile) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateCompanyMutation, UpdateCompanyMutationVariables>;
export const CreateProductDocument = new TypedDocumentString(`
    mutation CreateProduct($input: CreateProductInput!) {
  createProduct(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateProductMutation, CreateProductMutationVariables>;
export const UpdateProductDocument = new TypedDocumentString(`
    mutation UpdateProduct($input: UpdateProductInput!) {
  updateProduct(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateProductMutation, UpdateProductMutationVariables>;
export const DeleteProductDocument = new TypedDocumentString(`
    mutation DeleteProduct($id: ID!) {
  deleteProduct(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteProductMutation, DeleteProductMutationVariables>;
export const ProviderAssessmentsDocument = new TypedDocumentString(`
    query ProviderAssessments {
  assessments(first: 100) {
    nodes {
      id
      status
      dueDate
      requesterKind
      requestedByOrganisation {
        legalName
      }
      products {
        id
        name
      }
      progress {
        answered
        required
      }
      certificate {
        serial
        downloads {
          language
          url
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProviderAssessmentsQuery, ProviderAssessmentsQueryVariables>;
export const AttachEvidenceDocument = new TypedDocumentString(`
    mutation AttachEvidence($input: EvidenceAttachmentInput!) {
  attachEvidence(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AttachEvidenceMutation, AttachEvidenceMutationVariables>;
export const DetachEvidenceDocument = new TypedDocumentString(`
    mutation DetachEvidence($input: EvidenceAttachmentInput!) {
  detachEvidence(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DetachEvidenceMutation, DetachEvidenceMutationVariables>;
export const QuestionnaireDocument = new TypedDocumentString(`
    query Questionnaire($id: ID!) {
  assessment(id: $id) {
    id
    status
    dueDate
    supplier {
      legalName
    }
    requestedByOrganisation {
      legalName
    }
    products {
      id
      name
    }
    template {
      id
      title {
        en
        fr
        es
      }
      themes {
        code
        title {
          en
          fr
          es
        }
      }
    }
    questions {
      applicable
      themeCode
      question {
        code
        type
        required
        weight
        evidenceExpected
        notApplicableAllowed
        min
        max
        maxLength
        references
        text {
          en
          fr
          es
        }
        help {
          en
          fr
          es
        }
        options {
          value
          label {
            en
            fr
            es
          }
        }
      }
    }
    answers {
      questionCode
      value
      notApplicable
      comment
      version
      answeredAt
      answeredBy {
        displayName
      }
      evidence {
        id
        originalName
        sizeBytes
      }
    }
    progress {
      answered
      required
      themes {
        code
        answered
        required
      }
    }
  }
  evidenceUploadLimits {
    maxBytes
    extensions
  }
}
    `) as unknown as TypedDocumentString<QuestionnaireQuery, QuestionnaireQueryVariables>;
export const SubmitAssessmentDocument = new TypedDocumentString(`
    mutation SubmitAssessment($id: ID!) {
  submitAssessment(assessmentId: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SubmitAssessmentMutation, SubmitAssessmentMutationVariables>;
export const SaveAnswersDocument = new TypedDocumentString(`
    mutation SaveAnswers($input: SaveAnswersInput!) {
  saveAnswers(input: $input) {
    questionCode
    value
    notApplicable
    comment
    version
    answeredAt
    answeredBy {
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<SaveAnswersMutation, SaveAnswersMutationVariables>;
export const CurrentAnswersDocument = new TypedDocumentString(`
    query CurrentAnswers($id: ID!) {
  assessment(id: $id) {
    id
    answers {
      questionCode
      value
      notApplicable
      comment
      version
      answeredAt
      answeredBy {
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CurrentAnswersQuery, CurrentAnswersQueryVariables>;
export const ScorecardDocument = new TypedDocumentString(`
    query Scorecard($id: ID!) {
  assessment(id: $id) {
    id
    status
    supplier {
      legalName
    }
    products {
      id
      name
    }
    questions {
      question {
        code
        type
        text {
          en
          fr
          es
        }
        options {
          value
          label {
            en
            fr
            es
          }
        }
      }
    }
    scorecard {
      inherentRisk
      residualRisk
      maturity
      tier
      confidence
      methodologyVersion
      scoredAt
      submissionNumber
      eligibility {
        eligible
        level
        unmet
      }
      override {
        justification
        scoredTier
        scoredMaturity
        tier
        maturity
        proposedBy {
          displayName
        }
        confirmedBy {
          displayName
        }
      }
      themes {
        code
        score
        weight
        title {
          en
          fr
          es
        }
      }
      redFlags {
        questionCode
        ruleId
        label {
          en
          fr
          es
        }
      }
      questions {
        code
        themeCode
        answer
        answered
        applicable
        excluded
        weight
        score
        evidenceFactor
        contribution
      }
    }
    scoreRuns {
      id
      scoredAt
      submissionNumber
      trigger
      methodologyVersion
      inherentRisk
      residualRisk
      maturity
      tier
      confidence
    }
    certificate {
      serial
      status
      downloads {
        language
        url
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScorecardQuery, ScorecardQueryVariables>;
export const AssessmentSharingDocument = new TypedDocumentString(`
    query AssessmentSharing($id: ID!) {
  assessmentShares(assessmentId: $id) {
    id
    active
    clientOrganisationName
    workingGroupName
    grantedAt
    grantedByName
    withdrawnAt
  }
  assessments(first: 100) {
    nodes {
      requesterKind
      requestedByOrganisation {
        id
        legalName
      }
      workingGroup {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AssessmentSharingQuery, AssessmentSharingQueryVariables>;
export const ShareAssessmentDocument = new TypedDocumentString(`
    mutation ShareAssessment($input: ShareAssessmentInput!) {
  shareAssessment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ShareAssessmentMutation, ShareAssessmentMutationVariables>;
export const WithdrawAssessmentShareDocument = new TypedDocumentString(`
    mutation WithdrawAssessmentShare($id: ID!) {
  withdrawAssessmentShare(shareId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<WithdrawAssessmentShareMutation, WithdrawAssessmentShareMutationVariables>;
export const CertifiedProvidersDocument = new TypedDocumentString(`
    query CertifiedProviders {
  certifiedProviders(first: 50) {
    nodes {
      supplier {
        id
        legalName
        headquartersCountry
      }
      certificate {
        serial
        level
        validUntil
        products {
          id
          name
          category
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CertifiedProvidersQuery, CertifiedProvidersQueryVariables>;