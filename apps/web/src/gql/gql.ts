/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      id\n      displayName\n      email\n      role\n      organisation {\n        id\n        kind\n        legalName\n      }\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(input: { refreshToken: $refreshToken }) {\n      ...SessionFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(input: { refreshToken: $refreshToken })\n  }\n": typeof types.LogoutDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query Notifications {\n    notifications(first: 50) {\n      nodes {\n        id\n        kind\n        data\n        createdAt\n        readAt\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query ReviewQueue {\n    reviewQueue(first: 100) {\n      nodes {\n        tier\n        maturity\n        scoredAt\n        overridden\n        claim {\n          claimedBy {\n            displayName\n          }\n        }\n        assessment {\n          id\n          status\n          supplier {\n            legalName\n          }\n          requestedByOrganisation {\n            legalName\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  query Directory($filter: DirectoryFilterInput) {\n    directory(first: 50, filter: $filter) {\n      nodes {\n        id\n        legalName\n        headquartersCountry\n        membershipStatus\n        products {\n          id\n          name\n          category\n        }\n        currentCertificate {\n          serial\n          status\n        }\n      }\n    }\n  }\n": typeof types.DirectoryDocument,
    "\n  query CompanyProfile {\n    me {\n      organisation {\n        id\n        legalName\n        country\n        website\n        registrationNumber\n      }\n    }\n    mySupplier {\n      id\n      description\n      headquartersCountry\n      operatingCountries\n      services\n      membershipStatus\n      products {\n        id\n        name\n        category\n        capabilities\n        deploymentContexts\n        deployedCountries\n        description\n      }\n    }\n  }\n": typeof types.CompanyProfileDocument,
    "\n  mutation UpdateCompany($organisation: UpdateOrganisationInput!, $profile: UpdateSupplierProfileInput!) {\n    updateOrganisation(input: $organisation) {\n      id\n    }\n    updateSupplierProfile(input: $profile) {\n      id\n    }\n  }\n": typeof types.UpdateCompanyDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateProductDocument,
    "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateProductDocument,
    "\n  mutation DeleteProduct($id: ID!) {\n    deleteProduct(id: $id)\n  }\n": typeof types.DeleteProductDocument,
    "\n  query ProviderAssessments {\n    assessments(first: 100) {\n      nodes {\n        id\n        status\n        dueDate\n        requesterKind\n        requestedByOrganisation {\n          legalName\n        }\n        products {\n          id\n          name\n        }\n        progress {\n          answered\n          required\n        }\n        certificate {\n          serial\n          downloads {\n            language\n            url\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProviderAssessmentsDocument,
    "\n  mutation AttachEvidence($input: EvidenceAttachmentInput!) {\n    attachEvidence(input: $input) {\n      id\n    }\n  }\n": typeof types.AttachEvidenceDocument,
    "\n  mutation DetachEvidence($input: EvidenceAttachmentInput!) {\n    detachEvidence(input: $input) {\n      id\n    }\n  }\n": typeof types.DetachEvidenceDocument,
    "\n  query Questionnaire($id: ID!) {\n    assessment(id: $id) {\n      id\n      status\n      dueDate\n      supplier {\n        legalName\n      }\n      requestedByOrganisation {\n        legalName\n      }\n      products {\n        id\n        name\n      }\n      template {\n        id\n        title {\n          en\n          fr\n          es\n        }\n        themes {\n          code\n          title {\n            en\n            fr\n            es\n          }\n        }\n      }\n      questions {\n        applicable\n        themeCode\n        question {\n          code\n          type\n          required\n          weight\n          evidenceExpected\n          notApplicableAllowed\n          min\n          max\n          maxLength\n          references\n          text {\n            en\n            fr\n            es\n          }\n          help {\n            en\n            fr\n            es\n          }\n          options {\n            value\n            label {\n              en\n              fr\n              es\n            }\n          }\n        }\n      }\n      answers {\n        questionCode\n        value\n        notApplicable\n        comment\n        version\n        answeredAt\n        answeredBy {\n          displayName\n        }\n        evidence {\n          id\n          originalName\n          sizeBytes\n        }\n      }\n      progress {\n        answered\n        required\n        themes {\n          code\n          answered\n          required\n        }\n      }\n    }\n    evidenceUploadLimits {\n      maxBytes\n      extensions\n    }\n  }\n": typeof types.QuestionnaireDocument,
    "\n  mutation SubmitAssessment($id: ID!) {\n    submitAssessment(assessmentId: $id) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitAssessmentDocument,
    "\n  mutation SaveAnswers($input: SaveAnswersInput!) {\n    saveAnswers(input: $input) {\n      questionCode\n      value\n      notApplicable\n      comment\n      version\n      answeredAt\n      answeredBy {\n        displayName\n      }\n    }\n  }\n": typeof types.SaveAnswersDocument,
    "\n  query CurrentAnswers($id: ID!) {\n    assessment(id: $id) {\n      id\n      answers {\n        questionCode\n        value\n        notApplicable\n        comment\n        version\n        answeredAt\n        answeredBy {\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.CurrentAnswersDocument,
    "\n  query Scorecard($id: ID!) {\n    assessment(id: $id) {\n      id\n      status\n      supplier {\n        legalName\n      }\n      products {\n        id\n        name\n      }\n      questions {\n        question {\n          code\n          type\n          text {\n            en\n            fr\n            es\n          }\n          options {\n            value\n            label {\n              en\n              fr\n              es\n            }\n          }\n        }\n      }\n      scorecard {\n        inherentRisk\n        residualRisk\n        maturity\n        tier\n        confidence\n        methodologyVersion\n        scoredAt\n        submissionNumber\n        eligibility {\n          eligible\n          level\n          unmet\n        }\n        override {\n          justification\n          scoredTier\n          scoredMaturity\n          tier\n          maturity\n          proposedBy {\n            displayName\n          }\n          confirmedBy {\n            displayName\n          }\n        }\n        themes {\n          code\n          score\n          weight\n          title {\n            en\n            fr\n            es\n          }\n        }\n        redFlags {\n          questionCode\n          ruleId\n          label {\n            en\n            fr\n            es\n          }\n        }\n        questions {\n          code\n          themeCode\n          answer\n          answered\n          applicable\n          excluded\n          weight\n          score\n          evidenceFactor\n          contribution\n        }\n      }\n      scoreRuns {\n        id\n        scoredAt\n        submissionNumber\n        trigger\n        methodologyVersion\n        inherentRisk\n        residualRisk\n        maturity\n        tier\n        confidence\n      }\n      certificate {\n        serial\n        status\n        downloads {\n          language\n          url\n        }\n      }\n    }\n  }\n": typeof types.ScorecardDocument,
    "\n  query AssessmentSharing($id: ID!) {\n    assessmentShares(assessmentId: $id) {\n      id\n      active\n      clientOrganisationName\n      workingGroupName\n      grantedAt\n      grantedByName\n      withdrawnAt\n    }\n    assessments(first: 100) {\n      nodes {\n        requesterKind\n        requestedByOrganisation {\n          id\n          legalName\n        }\n        workingGroup {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AssessmentSharingDocument,
    "\n  mutation ShareAssessment($input: ShareAssessmentInput!) {\n    shareAssessment(input: $input) {\n      id\n    }\n  }\n": typeof types.ShareAssessmentDocument,
    "\n  mutation WithdrawAssessmentShare($id: ID!) {\n    withdrawAssessmentShare(shareId: $id) {\n      id\n    }\n  }\n": typeof types.WithdrawAssessmentShareDocument,
    "\n  query CertifiedProviders {\n    certifiedProviders(first: 50) {\n      nodes {\n        supplier {\n          id\n          legalName\n          headquartersCountry\n        }\n        certificate {\n          serial\n          level\n          validUntil\n          products {\n            id\n            name\n            category\n          }\n        }\n      }\n    }\n  }\n": typeof types.CertifiedProvidersDocument,
};
const documents: Documents = {
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      id\n      displayName\n      email\n      role\n      organisation {\n        id\n        kind\n        legalName\n      }\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(input: { refreshToken: $refreshToken }) {\n      ...SessionFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(input: { refreshToken: $refreshToken })\n  }\n": types.LogoutDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.LoginDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query Notifications {\n    notifications(first: 50) {\n      nodes {\n        id\n        kind\n        data\n        createdAt\n        readAt\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query ReviewQueue {\n    reviewQueue(first: 100) {\n      nodes {\n        tier\n        maturity\n        scoredAt\n        overridden\n        claim {\n          claimedBy {\n            displayName\n          }\n        }\n        assessment {\n          id\n          status\n          supplier {\n            legalName\n          }\n          requestedByOrganisation {\n            legalName\n          }\n        }\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  query Directory($filter: DirectoryFilterInput) {\n    directory(first: 50, filter: $filter) {\n      nodes {\n        id\n        legalName\n        headquartersCountry\n        membershipStatus\n        products {\n          id\n          name\n          category\n        }\n        currentCertificate {\n          serial\n          status\n        }\n      }\n    }\n  }\n": types.DirectoryDocument,
    "\n  query CompanyProfile {\n    me {\n      organisation {\n        id\n        legalName\n        country\n        website\n        registrationNumber\n      }\n    }\n    mySupplier {\n      id\n      description\n      headquartersCountry\n      operatingCountries\n      services\n      membershipStatus\n      products {\n        id\n        name\n        category\n        capabilities\n        deploymentContexts\n        deployedCountries\n        description\n      }\n    }\n  }\n": types.CompanyProfileDocument,
    "\n  mutation UpdateCompany($organisation: UpdateOrganisationInput!, $profile: UpdateSupplierProfileInput!) {\n    updateOrganisation(input: $organisation) {\n      id\n    }\n    updateSupplierProfile(input: $profile) {\n      id\n    }\n  }\n": types.UpdateCompanyDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n    }\n  }\n": types.CreateProductDocument,
    "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      id\n    }\n  }\n": types.UpdateProductDocument,
    "\n  mutation DeleteProduct($id: ID!) {\n    deleteProduct(id: $id)\n  }\n": types.DeleteProductDocument,
    "\n  query ProviderAssessments {\n    assessments(first: 100) {\n      nodes {\n        id\n        status\n        dueDate\n        requesterKind\n        requestedByOrganisation {\n          legalName\n        }\n        products {\n          id\n          name\n        }\n        progress {\n          answered\n          required\n        }\n        certificate {\n          serial\n          downloads {\n            language\n            url\n          }\n        }\n      }\n    }\n  }\n": types.ProviderAssessmentsDocument,
    "\n  mutation AttachEvidence($input: EvidenceAttachmentInput!) {\n    attachEvidence(input: $input) {\n      id\n    }\n  }\n": types.AttachEvidenceDocument,
    "\n  mutation DetachEvidence($input: EvidenceAttachmentInput!) {\n    detachEvidence(input: $input) {\n      id\n    }\n  }\n": types.DetachEvidenceDocument,
    "\n  query Questionnaire($id: ID!) {\n    assessment(id: $id) {\n      id\n      status\n      dueDate\n      supplier {\n        legalName\n      }\n      requestedByOrganisation {\n        legalName\n      }\n      products {\n        id\n        name\n      }\n      template {\n        id\n        title {\n          en\n          fr\n          es\n        }\n        themes {\n          code\n          title {\n            en\n            fr\n            es\n          }\n        }\n      }\n      questions {\n        applicable\n        themeCode\n        question {\n          code\n          type\n          required\n          weight\n          evidenceExpected\n          notApplicableAllowed\n          min\n          max\n          maxLength\n          references\n          text {\n            en\n            fr\n            es\n          }\n          help {\n            en\n            fr\n            es\n          }\n          options {\n            value\n            label {\n              en\n              fr\n              es\n            }\n          }\n        }\n      }\n      answers {\n        questionCode\n        value\n        notApplicable\n        comment\n        version\n        answeredAt\n        answeredBy {\n          displayName\n        }\n        evidence {\n          id\n          originalName\n          sizeBytes\n        }\n      }\n      progress {\n        answered\n        required\n        themes {\n          code\n          answered\n          required\n        }\n      }\n    }\n    evidenceUploadLimits {\n      maxBytes\n      extensions\n    }\n  }\n": types.QuestionnaireDocument,
    "\n  mutation SubmitAssessment($id: ID!) {\n    submitAssessment(assessmentId: $id) {\n      id\n      status\n    }\n  }\n": types.SubmitAssessmentDocument,
    "\n  mutation SaveAnswers($input: SaveAnswersInput!) {\n    saveAnswers(input: $input) {\n      questionCode\n      value\n      notApplicable\n      comment\n      version\n      answeredAt\n      answeredBy {\n        displayName\n      }\n    }\n  }\n": types.SaveAnswersDocument,
    "\n  query CurrentAnswers($id: ID!) {\n    assessment(id: $id) {\n      id\n      answers {\n        questionCode\n        value\n        notApplicable\n        comment\n        version\n        answeredAt\n        answeredBy {\n          displayName\n        }\n      }\n    }\n  }\n": types.CurrentAnswersDocument,
    "\n  query Scorecard($id: ID!) {\n    assessment(id: $id) {\n      id\n      status\n      supplier {\n        legalName\n      }\n      products {\n        id\n        name\n      }\n      questions {\n        question {\n          code\n          type\n          text {\n            en\n            fr\n            es\n          }\n          options {\n            value\n            label {\n              en\n              fr\n              es\n            }\n          }\n        }\n      }\n      scorecard {\n        inherentRisk\n        residualRisk\n        maturity\n        tier\n        confidence\n        methodologyVersion\n        scoredAt\n        submissionNumber\n        eligibility {\n          eligible\n          level\n          unmet\n        }\n        override {\n          justification\n          scoredTier\n          scoredMaturity\n          tier\n          maturity\n          proposedBy {\n            displayName\n          }\n          confirmedBy {\n            displayName\n          }\n        }\n        themes {\n          code\n          score\n          weight\n          title {\n            en\n            fr\n            es\n          }\n        }\n        redFlags {\n          questionCode\n          ruleId\n          label {\n            en\n            fr\n            es\n          }\n        }\n        questions {\n          code\n          themeCode\n          answer\n          answered\n          applicable\n          excluded\n          weight\n          score\n          evidenceFactor\n          contribution\n        }\n      }\n      scoreRuns {\n        id\n        scoredAt\n        submissionNumber\n        trigger\n        methodologyVersion\n        inherentRisk\n        residualRisk\n        maturity\n        tier\n        confidence\n      }\n      certificate {\n        serial\n        status\n        downloads {\n          language\n          url\n        }\n      }\n    }\n  }\n": types.ScorecardDocument,
    "\n  query AssessmentSharing($id: ID!) {\n    assessmentShares(assessmentId: $id) {\n      id\n      active\n      clientOrganisationName\n      workingGroupName\n      grantedAt\n      grantedByName\n      withdrawnAt\n    }\n    assessments(first: 100) {\n      nodes {\n        requesterKind\n        requestedByOrganisation {\n          id\n          legalName\n        }\n        workingGroup {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AssessmentSharingDocument,
    "\n  mutation ShareAssessment($input: ShareAssessmentInput!) {\n    shareAssessment(input: $input) {\n      id\n    }\n  }\n": types.ShareAssessmentDocument,
    "\n  mutation WithdrawAssessmentShare($id: ID!) {\n    withdrawAssessmentShare(shareId: $id) {\n      id\n    }\n  }\n": types.WithdrawAssessmentShareDocument,
    "\n  query CertifiedProviders {\n    certifiedProviders(first: 50) {\n      nodes {\n        supplier {\n          id\n          legalName\n          headquartersCountry\n        }\n        certificate {\n          serial\n          level\n          validUntil\n          products {\n            id\n            name\n            category\n          }\n        }\n      }\n    }\n  }\n": types.CertifiedProvidersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      id\n      displayName\n      email\n      role\n      organisation {\n        id\n        kind\n        legalName\n      }\n    }\n  }\n"): typeof import('./graphql').SessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(input: { refreshToken: $refreshToken }) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql').RefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(input: { refreshToken: $refreshToken })\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): typeof import('./graphql').UnreadNotificationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications {\n    notifications(first: 50) {\n      nodes {\n        id\n        kind\n        data\n        createdAt\n        readAt\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue {\n    reviewQueue(first: 100) {\n      nodes {\n        tier\n        maturity\n        scoredAt\n        overridden\n        claim {\n          claimedBy {\n            displayName\n          }\n        }\n        assessment {\n          id\n          status\n          supplier {\n            legalName\n          }\n          requestedByOrganisation {\n            legalName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Directory($filter: DirectoryFilterInput) {\n    directory(first: 50, filter: $filter) {\n      nodes {\n        id\n        legalName\n        headquartersCountry\n        membershipStatus\n        products {\n          id\n          name\n          category\n        }\n        currentCertificate {\n          serial\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyProfile {\n    me {\n      organisation {\n        id\n        legalName\n        country\n        website\n        registrationNumber\n      }\n    }\n    mySupplier {\n      id\n      description\n      headquartersCountry\n      operatingCountries\n      services\n      membershipStatus\n      products {\n        id\n        name\n        category\n        capabilities\n        deploymentContexts\n        deployedCountries\n        description\n      }\n    }\n  }\n"): typeof import('./graphql').CompanyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompany($organisation: UpdateOrganisationInput!, $profile: UpdateSupplierProfileInput!) {\n    updateOrganisation(input: $organisation) {\n      id\n    }\n    updateSupplierProfile(input: $profile) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteProduct($id: ID!) {\n    deleteProduct(id: $id)\n  }\n"): typeof import('./graphql').DeleteProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderAssessments {\n    assessments(first: 100) {\n      nodes {\n        id\n        status\n        dueDate\n        requesterKind\n        requestedByOrganisation {\n          legalName\n        }\n        products {\n          id\n          name\n        }\n        progress {\n          answered\n          required\n        }\n        certificate {\n          serial\n          downloads {\n            language\n            url\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProviderAssessmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachEvidence($input: EvidenceAttachmentInput!) {\n    attachEvidence(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AttachEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetachEvidence($input: EvidenceAttachmentInput!) {\n    detachEvidence(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').DetachEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Questionnaire($id: ID!) {\n    assessment(id: $id) {\n      id\n      status\n      dueDate\n      supplier {\n        legalName\n      }\n      requestedByOrganisation {\n        legalName\n      }\n      products {\n        id\n        name\n      }\n      template {\n        id\n        title {\n          en\n          fr\n          es\n        }\n        themes {\n          code\n          title {\n            en\n            fr\n            es\n          }\n        }\n      }\n      questions {\n        applicable\n        themeCode\n        question {\n          code\n          type\n          required\n          weight\n          evidenceExpected\n          notApplicableAllowed\n          min\n          max\n          maxLength\n          references\n          text {\n            en\n            fr\n            es\n          }\n          help {\n            en\n            fr\n            es\n          }\n          options {\n            value\n            label {\n              en\n              fr\n              es\n            }\n          }\n        }\n      }\n      answers {\n        questionCode\n        value\n        notApplicable\n        comment\n        version\n        answeredAt\n        answeredBy {\n          displayName\n        }\n        evidence {\n          id\n          originalName\n          sizeBytes\n        }\n      }\n      progress {\n        answered\n        required\n        themes {\n          code\n          answered\n          required\n        }\n      }\n    }\n    evidenceUploadLimits {\n      maxBytes\n      extensions\n    }\n  }\n"): typeof import('./graphql').QuestionnaireDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAssessment($id: ID!) {\n    submitAssessment(assessmentId: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SubmitAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAnswers($input: SaveAnswersInput!) {\n    saveAnswers(input: $input) {\n      questionCode\n      value\n      notApplicable\n      comment\n      version\n      answeredAt\n      answeredBy {\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').SaveAnswersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentAnswers($id: ID!) {\n    assessment(id: $id) {\n      id\n      answers {\n        questionCode\n        value\n        notApplicable\n        comment\n        version\n        answeredAt\n        answeredBy {\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CurrentAnswersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Scorecard($id: ID!) {\n    assessment(id: $id) {\n      id\n      status\n      supplier {\n        legalName\n      }\n      products {\n        id\n        name\n      }\n      questions {\n        question {\n          code\n          type\n          text {\n            en\n            fr\n            es\n          }\n          options {\n            value\n            label {\n              en\n              fr\n              es\n            }\n          }\n        }\n      }\n      scorecard {\n        inherentRisk\n        residualRisk\n        maturity\n        tier\n        confidence\n        methodologyVersion\n        scoredAt\n        submissionNumber\n        eligibility {\n          eligible\n          level\n          unmet\n        }\n        override {\n          justification\n          scoredTier\n          scoredMaturity\n          tier\n          maturity\n          proposedBy {\n            displayName\n          }\n          confirmedBy {\n            displayName\n          }\n        }\n        themes {\n          code\n          score\n          weight\n          title {\n            en\n            fr\n            es\n          }\n        }\n        redFlags {\n          questionCode\n          ruleId\n          label {\n            en\n            fr\n            es\n          }\n        }\n        questions {\n          code\n          themeCode\n          answer\n          answered\n          applicable\n          excluded\n          weight\n          score\n          evidenceFactor\n          contribution\n        }\n      }\n      scoreRuns {\n        id\n        scoredAt\n        submissionNumber\n        trigger\n        methodologyVersion\n        inherentRisk\n        residualRisk\n        maturity\n        tier\n        confidence\n      }\n      certificate {\n        serial\n        status\n        downloads {\n          language\n          url\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ScorecardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentSharing($id: ID!) {\n    assessmentShares(assessmentId: $id) {\n      id\n      active\n      clientOrganisationName\n      workingGroupName\n      grantedAt\n      grantedByName\n      withdrawnAt\n    }\n    assessments(first: 100) {\n      nodes {\n        requesterKind\n        requestedByOrganisation {\n          id\n          legalName\n        }\n        workingGroup {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AssessmentSharingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareAssessment($input: ShareAssessmentInput!) {\n    shareAssessment(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ShareAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawAssessmentShare($id: ID!) {\n    withdrawAssessmentShare(shareId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').WithdrawAssessmentShareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertifiedProviders {\n    certifiedProviders(first: 50) {\n      nodes {\n        supplier {\n          id\n          legalName\n          headquartersCountry\n        }\n        certificate {\n          serial\n          level\n          validUntil\n          products {\n            id\n            name\n            category\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CertifiedProvidersDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
