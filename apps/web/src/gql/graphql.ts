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

export type DeploymentContext =
  | 'BORDER_MIGRATION'
  | 'COMMERCIAL_INDUSTRIAL'
  | 'CONFLICT_HIGH_RISK_AREAS'
  | 'PRISONS_PROBATION'
  | 'PUBLIC_ORDER_PROTEST';

export type DirectoryFilterInput = {
  /** Suppliers with at least one product of this category */
  category?: ProductCategory | null | undefined;
  /** ISO 3166-1 alpha-2: headquarters, a country of operation, or where a product is deployed */
  country?: string | null | undefined;
  membershipStatus?: MembershipStatus | null | undefined;
  /** Case-insensitive, in the legal name, description, services or product names */
  text?: string | null | undefined;
};

/** An evidence file and the answer (of one assessment's question) it supports */
export type EvidenceAttachmentInput = {
  assessmentId: string | number;
  evidenceId: string | number;
  /** e.g. T6.3 */
  questionCode: string;
};

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

export type QuestionType =
  | 'BOOLEAN'
  | 'MULTI_CHOICE'
  | 'NUMBER'
  | 'SCALE_0_4'
  | 'SINGLE_CHOICE'
  | 'TEXT';

export type RequesterKind =
  | 'ASSOCIATION'
  | 'CLIENT'
  | 'PROVIDER'
  | 'WORKING_GROUP';

/** A batch of answers, saved all together or not at all */
export type SaveAnswersInput = {
  /** 1 to 200 answers, each question at most once */
  answers: Array<AnswerInput>;
  assessmentId: string | number;
};

export type ScoreRunTrigger =
  | 'RESCORE'
  | 'SUBMISSION';

/** Give exactly one of clientOrganisationId and workingGroupId */
export type ShareAssessmentInput = {
  assessmentId: string | number;
  /** A CLIENT organisation */
  clientOrganisationId?: string | number | null | undefined;
  workingGroupId?: string | number | null | undefined;
};

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

export type ReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewQueueQuery = { reviewQueue: { nodes: Array<{ tier: Tier, maturity: number, scoredAt: string, overridden: boolean, claim: { claimedBy: { displayName: string } } | null, assessment: { id: string, status: AssessmentStatus, supplier: { legalName: string }, requestedByOrganisation: { legalName: string } } }> } };

export type DirectoryQueryVariables = Exact<{
  filter?: DirectoryFilterInput | null | undefined;
}>;


export type DirectoryQuery = { directory: { nodes: Array<{ id: string, legalName: string, headquartersCountry: string, membershipStatus: MembershipStatus, products: Array<{ id: string, name: string, category: ProductCategory }>, currentCertificate: { serial: string, status: CertificateStatus } | null }> } };

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