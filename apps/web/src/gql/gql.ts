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
    "\n  mutation SuspendCertificate($input: CertificateStatusChangeInput!) {\n    suspendCertificate(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SuspendCertificateDocument,
    "\n  mutation ReinstateCertificate($input: CertificateStatusChangeInput!) {\n    reinstateCertificate(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ReinstateCertificateDocument,
    "\n  mutation RevokeCertificate($input: CertificateStatusChangeInput!) {\n    revokeCertificate(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeCertificateDocument,
    "\n  query ApprovedAssessments($after: String) {\n    assessments(first: 100, after: $after, filter: { status: APPROVED }) {\n      nodes {\n        id\n        supplier {\n          legalName\n        }\n        certificate {\n          id\n          serial\n          status\n          level\n          issuedAt\n          validUntil\n          statusReason\n          rendered\n          downloads {\n            language\n            url\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ApprovedAssessmentsDocument,
    "\n  mutation IssueCertificate($input: IssueCertificateInput!) {\n    issueCertificate(input: $input) {\n      id\n      serial\n    }\n  }\n": typeof types.IssueCertificateDocument,
    "\n  query JurisdictionRisks {\n    jurisdictionRisks {\n      country\n      level\n      rationale\n      updatedAt\n    }\n  }\n": typeof types.JurisdictionRisksDocument,
    "\n  mutation SetJurisdictionRisk($input: SetJurisdictionRiskInput!) {\n    setJurisdictionRisk(input: $input) {\n      country\n      level\n    }\n  }\n": typeof types.SetJurisdictionRiskDocument,
    "\n  mutation ClearJurisdictionRisk($country: String!) {\n    clearJurisdictionRisk(country: $country) {\n      country\n    }\n  }\n": typeof types.ClearJurisdictionRiskDocument,
    "\n  query Organisations {\n    organisations {\n      id\n      kind\n      legalName\n      country\n      status\n      website\n      createdAt\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  mutation VerifyOrganisation($id: ID!) {\n    verifyOrganisation(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.VerifyOrganisationDocument,
    "\n  query SupplierMembership($id: ID!) {\n    supplier(id: $id) {\n      id\n      membershipStatus\n    }\n  }\n": typeof types.SupplierMembershipDocument,
    "\n  mutation SetSupplierMembership($supplierId: ID!, $status: MembershipStatus!) {\n    setSupplierMembershipStatus(supplierId: $supplierId, status: $status) {\n      id\n      membershipStatus\n    }\n  }\n": typeof types.SetSupplierMembershipDocument,
    "\n  query Rescorings {\n    rescorings(first: 20) {\n      nodes {\n        id\n        methodologyVersion\n        status\n        total\n        done\n        failed\n        requestedAt\n        finishedAt\n        requestedBy {\n          displayName\n        }\n        failures(first: 20) {\n          assessmentId\n          error\n          failedAt\n        }\n      }\n    }\n  }\n": typeof types.RescoringsDocument,
    "\n  query RescoringProgress($id: ID!) {\n    rescoring(id: $id) {\n      id\n      methodologyVersion\n      status\n      total\n      done\n      failed\n    }\n  }\n": typeof types.RescoringProgressDocument,
    "\n  mutation RescoreAssessments($input: RescoreAssessmentsInput!) {\n    rescoreAssessments(input: $input) {\n      id\n    }\n  }\n": typeof types.RescoreAssessmentsDocument,
    "\n  mutation ApproveAssessment($input: ApproveAssessmentInput!) {\n    approveAssessment(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveAssessmentDocument,
    "\n  mutation RequestAssessmentChanges($input: RequestAssessmentChangesInput!) {\n    requestAssessmentChanges(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RequestAssessmentChangesDocument,
    "\n  mutation RejectAssessment($input: RejectAssessmentInput!) {\n    rejectAssessment(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RejectAssessmentDocument,
    "\n  query ReviewAssessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      status\n      dueDate\n      submittedAt\n      submissionNumber\n      requesterKind\n      supplier {\n        id\n        legalName\n      }\n      requestedByOrganisation {\n        legalName\n      }\n      products {\n        id\n        name\n        category\n      }\n      reviewClaim {\n        claimedAt\n        claimedBy {\n          id\n          displayName\n        }\n      }\n      template {\n        id\n        version\n        themes {\n          code\n          title {\n            en\n            fr\n            es\n          }\n        }\n      }\n      questions(applicableOnly: true) {\n        themeCode\n        question {\n          code\n          type\n          evidenceExpected\n          text {\n            en\n            fr\n            es\n          }\n          options {\n            value\n            label {\n              en\n              fr\n              es\n            }\n          }\n        }\n      }\n      answers {\n        questionCode\n        value\n        notApplicable\n        comment\n        evidence {\n          id\n          originalName\n        }\n      }\n      scorecard {\n        tier\n        maturity\n        inherentRisk\n        residualRisk\n        confidence\n        methodologyVersion\n        redFlags {\n          questionCode\n          ruleId\n          label {\n            en\n            fr\n            es\n          }\n        }\n        themes {\n          code\n          score\n          weight\n          title {\n            en\n            fr\n            es\n          }\n        }\n        eligibility {\n          level\n        }\n        override {\n          scoredTier\n          scoredMaturity\n        }\n      }\n      certificateEligibility {\n        eligible\n        unmet {\n          code\n          message\n        }\n      }\n      certificate {\n        serial\n        status\n      }\n      scoreOverrides {\n        id\n        status\n        tier\n        maturity\n        justification\n        proposedAt\n        proposedBy {\n          id\n          displayName\n        }\n        confirmedAt\n        confirmedBy {\n          displayName\n        }\n      }\n      reviews {\n        id\n        decision\n        comment\n        conditions\n        decidedAt\n        reviewer {\n          displayName\n        }\n        questionComments {\n          questionCode\n          comment\n        }\n      }\n    }\n  }\n": typeof types.ReviewAssessmentDocument,
    "\n  mutation ClaimReview($assessmentId: ID!) {\n    claimAssessmentReview(assessmentId: $assessmentId) {\n      id\n      status\n    }\n  }\n": typeof types.ClaimReviewDocument,
    "\n  mutation ReleaseReview($assessmentId: ID!) {\n    releaseAssessmentReview(assessmentId: $assessmentId) {\n      id\n      status\n    }\n  }\n": typeof types.ReleaseReviewDocument,
    "\n  query ReviewQueue {\n    reviewQueue(first: 100) {\n      nodes {\n        tier\n        maturity\n        scoredAt\n        overridden\n        claim {\n          claimedBy {\n            displayName\n          }\n        }\n        assessment {\n          id\n          status\n          supplier {\n            legalName\n          }\n          requestedByOrganisation {\n            legalName\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  mutation ProposeScoreOverride($input: ProposeScoreOverrideInput!) {\n    proposeScoreOverride(input: $input) {\n      id\n    }\n  }\n": typeof types.ProposeScoreOverrideDocument,
    "\n  mutation ConfirmScoreOverride($overrideId: ID!) {\n    confirmScoreOverride(overrideId: $overrideId) {\n      id\n    }\n  }\n": typeof types.ConfirmScoreOverrideDocument,
    "\n  mutation WithdrawScoreOverride($overrideId: ID!) {\n    withdrawScoreOverride(overrideId: $overrideId) {\n      id\n    }\n  }\n": typeof types.WithdrawScoreOverrideDocument,
    "\n  query QuestionnaireTemplate($id: ID!) {\n    questionnaireTemplate(id: $id) {\n      id\n      key\n      version\n      status\n      title {\n        en\n        fr\n        es\n      }\n      description {\n        en\n        fr\n        es\n      }\n      themes {\n        code\n        title {\n          en\n          fr\n          es\n        }\n        questions {\n          code\n          type\n          weight\n          required\n          evidenceExpected\n          notApplicableAllowed\n          references\n          text {\n            en\n            fr\n            es\n          }\n          options {\n            value\n            points\n            label {\n              en\n              fr\n              es\n            }\n          }\n          redFlags {\n            id\n            label {\n              en\n              fr\n              es\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.QuestionnaireTemplateDocument,
    "\n  mutation PublishTemplate($templateId: ID!) {\n    publishTemplate(templateId: $templateId) {\n      id\n      status\n    }\n  }\n": typeof types.PublishTemplateDocument,
    "\n  mutation RetireTemplate($templateId: ID!) {\n    retireTemplate(templateId: $templateId) {\n      id\n      status\n    }\n  }\n": typeof types.RetireTemplateDocument,
    "\n  query QuestionnaireTemplates {\n    questionnaireTemplates {\n      id\n      key\n      version\n      status\n      questionCount\n      createdAt\n      publishedAt\n      retiredAt\n      title {\n        en\n        fr\n        es\n      }\n    }\n  }\n": typeof types.QuestionnaireTemplatesDocument,
    "\n  mutation ImportQuestionnaire($input: ImportQuestionnaireInput!) {\n    importQuestionnaire(input: $input) {\n      id\n    }\n  }\n": typeof types.ImportQuestionnaireDocument,
    "\n  query WorkingGroups {\n    workingGroups {\n      id\n      name\n      description\n      members {\n        id\n        legalName\n      }\n      watchList {\n        id\n        legalName\n      }\n    }\n    organisations(kind: CLIENT) {\n      id\n      legalName\n    }\n  }\n": typeof types.WorkingGroupsDocument,
    "\n  mutation CreateWorkingGroup($input: CreateWorkingGroupInput!) {\n    createWorkingGroup(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateWorkingGroupDocument,
    "\n  mutation AddWorkingGroupMember($workingGroupId: ID!, $organisationId: ID!) {\n    addWorkingGroupMember(workingGroupId: $workingGroupId, organisationId: $organisationId) {\n      id\n    }\n  }\n": typeof types.AddWorkingGroupMemberDocument,
    "\n  mutation RemoveWorkingGroupMember($workingGroupId: ID!, $organisationId: ID!) {\n    removeWorkingGroupMember(workingGroupId: $workingGroupId, organisationId: $organisationId) {\n      id\n    }\n  }\n": typeof types.RemoveWorkingGroupMemberDocument,
    "\n  query ClientAssessments($status: AssessmentStatus) {\n    assessments(first: 100, filter: { status: $status }) {\n      nodes {\n        ...ClientAssessmentFields\n      }\n    }\n  }\n": typeof types.ClientAssessmentsDocument,
    "\n  fragment ClientAssessmentFields on Assessment {\n    id\n    status\n    dueDate\n    createdAt\n    requesterKind\n    requestedByOrganisation {\n      id\n      legalName\n    }\n    workingGroup {\n      id\n      name\n    }\n    supplier {\n      id\n      legalName\n    }\n    products {\n      id\n      name\n    }\n    scorecard {\n      tier\n    }\n  }\n": typeof types.ClientAssessmentFieldsFragmentDoc,
    "\n  query Directory($filter: DirectoryFilterInput) {\n    directory(first: 50, filter: $filter) {\n      nodes {\n        id\n        legalName\n        headquartersCountry\n        membershipStatus\n        products {\n          id\n          name\n          category\n        }\n        currentCertificate {\n          serial\n          status\n        }\n      }\n    }\n  }\n": typeof types.DirectoryDocument,
    "\n  mutation ClientRequestAssessment($input: RequestAssessmentInput!) {\n    requestAssessment(input: $input) {\n      ...ClientAssessmentFields\n    }\n  }\n": typeof types.ClientRequestAssessmentDocument,
    "\n  fragment ClientCertificateFields on Certificate {\n    serial\n    level\n    status\n    conditions\n    validUntil\n    products {\n      id\n      name\n    }\n    downloads {\n      language\n      url\n    }\n  }\n": typeof types.ClientCertificateFieldsFragmentDoc,
    "\n  query ClientSupplier($id: ID!) {\n    supplier(id: $id) {\n      id\n      legalName\n      description\n      website\n      headquartersCountry\n      operatingCountries\n      services\n      membershipStatus\n      products {\n        id\n        name\n        category\n        capabilities\n        deploymentContexts\n        deployedCountries\n        description\n      }\n      currentCertificate {\n        ...ClientCertificateFields\n      }\n    }\n    workingGroups {\n      id\n      name\n      watchList {\n        id\n      }\n    }\n  }\n": typeof types.ClientSupplierDocument,
    "\n  query ClientSupplierAssessments($supplierId: ID!) {\n    assessments(first: 100, filter: { supplierId: $supplierId }) {\n      nodes {\n        ...ClientAssessmentFields\n      }\n    }\n  }\n": typeof types.ClientSupplierAssessmentsDocument,
    "\n  query ClientWorkingGroup($id: ID!) {\n    workingGroup(id: $id) {\n      id\n      name\n      description\n      members {\n        id\n        legalName\n        country\n      }\n      watchList {\n        id\n        legalName\n        country\n      }\n    }\n    assessments(first: 100) {\n      nodes {\n        ...ClientAssessmentFields\n      }\n    }\n  }\n": typeof types.ClientWorkingGroupDocument,
    "\n  query ClientWorkingGroups {\n    workingGroups {\n      id\n      name\n      description\n    }\n  }\n": typeof types.ClientWorkingGroupsDocument,
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
    "\n  mutation SuspendCertificate($input: CertificateStatusChangeInput!) {\n    suspendCertificate(input: $input) {\n      id\n      status\n    }\n  }\n": types.SuspendCertificateDocument,
    "\n  mutation ReinstateCertificate($input: CertificateStatusChangeInput!) {\n    reinstateCertificate(input: $input) {\n      id\n      status\n    }\n  }\n": types.ReinstateCertificateDocument,
    "\n  mutation RevokeCertificate($input: CertificateStatusChangeInput!) {\n    revokeCertificate(input: $input) {\n      id\n      status\n    }\n  }\n": types.RevokeCertificateDocument,
    "\n  query ApprovedAssessments($after: String) {\n    assessments(first: 100, after: $after, filter: { status: APPROVED }) {\n      nodes {\n        id\n        supplier {\n          legalName\n        }\n        certificate {\n          id\n          serial\n          status\n          level\n          issuedAt\n          validUntil\n          statusReason\n          rendered\n          downloads {\n            language\n            url\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ApprovedAssessmentsDocument,
    "\n  mutation IssueCertificate($input: IssueCertificateInput!) {\n    issueCertificate(input: $input) {\n      id\n      serial\n    }\n  }\n": types.IssueCertificateDocument,
    "\n  query JurisdictionRisks {\n    jurisdictionRisks {\n      country\n      level\n      rationale\n      updatedAt\n    }\n  }\n": types.JurisdictionRisksDocument,
    "\n  mutation SetJurisdictionRisk($input: SetJurisdictionRiskInput!) {\n    setJurisdictionRisk(input: $input) {\n      country\n      level\n    }\n  }\n": types.SetJurisdictionRiskDocument,
    "\n  mutation ClearJurisdictionRisk($country: String!) {\n    clearJurisdictionRisk(country: $country) {\n      country\n    }\n  }\n": types.ClearJurisdictionRiskDocument,
    "\n  query Organisations {\n    organisations {\n      id\n      kind\n      legalName\n      country\n      status\n      website\n      createdAt\n    }\n  }\n": types.OrganisationsDocument,
    "\n  mutation VerifyOrganisation($id: ID!) {\n    verifyOrganisation(id: $id) {\n      id\n      status\n    }\n  }\n": types.VerifyOrganisationDocument,
    "\n  query SupplierMembership($id: ID!) {\n    supplier(id: $id) {\n      id\n      membershipStatus\n    }\n  }\n": types.SupplierMembershipDocument,
    "\n  mutation SetSupplierMembership($supplierId: ID!, $status: MembershipStatus!) {\n    setSupplierMembershipStatus(supplierId: $supplierId, status: $status) {\n      id\n      membershipStatus\n    }\n  }\n": types.SetSupplierMembershipDocument,
    "\n  query Rescorings {\n    rescorings(first: 20) {\n      nodes {\n        id\n        methodologyVersion\n        status\n        total\n        done\n        failed\n        requestedAt\n        finishedAt\n        requestedBy {\n          displayName\n        }\n        failures(first: 20) {\n          assessmentId\n          error\n          failedAt\n        }\n      }\n    }\n  }\n": types.RescoringsDocument,
    "\n  query RescoringProgress($id: ID!) {\n    rescoring(id: $id) {\n      id\n      methodologyVersion\n      status\n      total\n      done\n      failed\n    }\n  }\n": types.RescoringProgressDocument,
    "\n  mutation RescoreAssessments($input: RescoreAssessmentsInput!) {\n    rescoreAssessments(input: $input) {\n      id\n    }\n  }\n": types.RescoreAssessmentsDocument,
    "\n  mutation ApproveAssessment($input: ApproveAssessmentInput!) {\n    approveAssessment(input: $input) {\n      id\n      status\n    }\n  }\n": types.ApproveAssessmentDocument,
    "\n  mutation RequestAssessmentChanges($input: RequestAssessmentChangesInput!) {\n    requestAssessmentChanges(input: $input) {\n      id\n      status\n    }\n  }\n": types.RequestAssessmentChangesDocument,
    "\n  mutation RejectAssessment($input: RejectAssessmentInput!) {\n    rejectAssessment(input: $input) {\n      id\n      status\n    }\n  }\n": types.RejectAssessmentDocument,
    "\n  query ReviewAssessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      status\n      dueDate\n      submittedAt\n      submissionNumber\n      requesterKind\n      supplier {\n        id\n        legalName\n      }\n      requestedByOrganisation {\n        legalName\n      }\n      products {\n        id\n        name\n        category\n      }\n      reviewClaim {\n        claimedAt\n        claimedBy {\n          id\n          displayName\n        }\n      }\n      template {\n        id\n        version\n        themes {\n          code\n          title {\n            en\n            fr\n            es\n          }\n        }\n      }\n      questions(applicableOnly: true) {\n        themeCode\n        question {\n          code\n          type\n          evidenceExpected\n          text {\n            en\n            fr\n            es\n          }\n          options {\n            value\n            label {\n              en\n              fr\n              es\n            }\n          }\n        }\n      }\n      answers {\n        questionCode\n        value\n        notApplicable\n        comment\n        evidence {\n          id\n          originalName\n        }\n      }\n      scorecard {\n        tier\n        maturity\n        inherentRisk\n        residualRisk\n        confidence\n        methodologyVersion\n        redFlags {\n          questionCode\n          ruleId\n          label {\n            en\n            fr\n            es\n          }\n        }\n        themes {\n          code\n          score\n          weight\n          title {\n            en\n            fr\n            es\n          }\n        }\n        eligibility {\n          level\n        }\n        override {\n          scoredTier\n          scoredMaturity\n        }\n      }\n      certificateEligibility {\n        eligible\n        unmet {\n          code\n          message\n        }\n      }\n      certificate {\n        serial\n        status\n      }\n      scoreOverrides {\n        id\n        status\n        tier\n        maturity\n        justification\n        proposedAt\n        proposedBy {\n          id\n          displayName\n        }\n        confirmedAt\n        confirmedBy {\n          displayName\n        }\n      }\n      reviews {\n        id\n        decision\n        comment\n        conditions\n        decidedAt\n        reviewer {\n          displayName\n        }\n        questionComments {\n          questionCode\n          comment\n        }\n      }\n    }\n  }\n": types.ReviewAssessmentDocument,
    "\n  mutation ClaimReview($assessmentId: ID!) {\n    claimAssessmentReview(assessmentId: $assessmentId) {\n      id\n      status\n    }\n  }\n": types.ClaimReviewDocument,
    "\n  mutation ReleaseReview($assessmentId: ID!) {\n    releaseAssessmentReview(assessmentId: $assessmentId) {\n      id\n      status\n    }\n  }\n": types.ReleaseReviewDocument,
    "\n  query ReviewQueue {\n    reviewQueue(first: 100) {\n      nodes {\n        tier\n        maturity\n        scoredAt\n        overridden\n        claim {\n          claimedBy {\n            displayName\n          }\n        }\n        assessment {\n          id\n          status\n          supplier {\n            legalName\n          }\n          requestedByOrganisation {\n            legalName\n          }\n        }\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  mutation ProposeScoreOverride($input: ProposeScoreOverrideInput!) {\n    proposeScoreOverride(input: $input) {\n      id\n    }\n  }\n": types.ProposeScoreOverrideDocument,
    "\n  mutation ConfirmScoreOverride($overrideId: ID!) {\n    confirmScoreOverride(overrideId: $overrideId) {\n      id\n    }\n  }\n": types.ConfirmScoreOverrideDocument,
    "\n  mutation WithdrawScoreOverride($overrideId: ID!) {\n    withdrawScoreOverride(overrideId: $overrideId) {\n      id\n    }\n  }\n": types.WithdrawScoreOverrideDocument,
    "\n  query QuestionnaireTemplate($id: ID!) {\n    questionnaireTemplate(id: $id) {\n      id\n      key\n      version\n      status\n      title {\n        en\n        fr\n        es\n      }\n      description {\n        en\n        fr\n        es\n      }\n      themes {\n        code\n        title {\n          en\n          fr\n          es\n        }\n        questions {\n          code\n          type\n          weight\n          required\n          evidenceExpected\n          notApplicableAllowed\n          references\n          text {\n            en\n            fr\n            es\n          }\n          options {\n            value\n            points\n            label {\n              en\n              fr\n              es\n            }\n          }\n          redFlags {\n            id\n            label {\n              en\n              fr\n              es\n            }\n          }\n        }\n      }\n    }\n  }\n": types.QuestionnaireTemplateDocument,
    "\n  mutation PublishTemplate($templateId: ID!) {\n    publishTemplate(templateId: $templateId) {\n      id\n      status\n    }\n  }\n": types.PublishTemplateDocument,
    "\n  mutation RetireTemplate($templateId: ID!) {\n    retireTemplate(templateId: $templateId) {\n      id\n      status\n    }\n  }\n": types.RetireTemplateDocument,
    "\n  query QuestionnaireTemplates {\n    questionnaireTemplates {\n      id\n      key\n      version\n      status\n      questionCount\n      createdAt\n      publishedAt\n      retiredAt\n      title {\n        en\n        fr\n        es\n      }\n    }\n  }\n": types.QuestionnaireTemplatesDocument,
    "\n  mutation ImportQuestionnaire($input: ImportQuestionnaireInput!) {\n    importQuestionnaire(input: $input) {\n      id\n    }\n  }\n": types.ImportQuestionnaireDocument,
    "\n  query WorkingGroups {\n    workingGroups {\n      id\n      name\n      description\n      members {\n        id\n        legalName\n      }\n      watchList {\n        id\n        legalName\n      }\n    }\n    organisations(kind: CLIENT) {\n      id\n      legalName\n    }\n  }\n": types.WorkingGroupsDocument,
    "\n  mutation CreateWorkingGroup($input: CreateWorkingGroupInput!) {\n    createWorkingGroup(input: $input) {\n      id\n    }\n  }\n": types.CreateWorkingGroupDocument,
    "\n  mutation AddWorkingGroupMember($workingGroupId: ID!, $organisationId: ID!) {\n    addWorkingGroupMember(workingGroupId: $workingGroupId, organisationId: $organisationId) {\n      id\n    }\n  }\n": types.AddWorkingGroupMemberDocument,
    "\n  mutation RemoveWorkingGroupMember($workingGroupId: ID!, $organisationId: ID!) {\n    removeWorkingGroupMember(workingGroupId: $workingGroupId, organisationId: $organisationId) {\n      id\n    }\n  }\n": types.RemoveWorkingGroupMemberDocument,
    "\n  query ClientAssessments($status: AssessmentStatus) {\n    assessments(first: 100, filter: { status: $status }) {\n      nodes {\n        ...ClientAssessmentFields\n      }\n    }\n  }\n": types.ClientAssessmentsDocument,
    "\n  fragment ClientAssessmentFields on Assessment {\n    id\n    status\n    dueDate\n    createdAt\n    requesterKind\n    requestedByOrganisation {\n      id\n      legalName\n    }\n    workingGroup {\n      id\n      name\n    }\n    supplier {\n      id\n      legalName\n    }\n    products {\n      id\n      name\n    }\n    scorecard {\n      tier\n    }\n  }\n": types.ClientAssessmentFieldsFragmentDoc,
    "\n  query Directory($filter: DirectoryFilterInput) {\n    directory(first: 50, filter: $filter) {\n      nodes {\n        id\n        legalName\n        headquartersCountry\n        membershipStatus\n        products {\n          id\n          name\n          category\n        }\n        currentCertificate {\n          serial\n          status\n        }\n      }\n    }\n  }\n": types.DirectoryDocument,
    "\n  mutation ClientRequestAssessment($input: RequestAssessmentInput!) {\n    requestAssessment(input: $input) {\n      ...ClientAssessmentFields\n    }\n  }\n": types.ClientRequestAssessmentDocument,
    "\n  fragment ClientCertificateFields on Certificate {\n    serial\n    level\n    status\n    conditions\n    validUntil\n    products {\n      id\n      name\n    }\n    downloads {\n      language\n      url\n    }\n  }\n": types.ClientCertificateFieldsFragmentDoc,
    "\n  query ClientSupplier($id: ID!) {\n    supplier(id: $id) {\n      id\n      legalName\n      description\n      website\n      headquartersCountry\n      operatingCountries\n      services\n      membershipStatus\n      products {\n        id\n        name\n        category\n        capabilities\n        deploymentContexts\n        deployedCountries\n        description\n      }\n      currentCertificate {\n        ...ClientCertificateFields\n      }\n    }\n    workingGroups {\n      id\n      name\n      watchList {\n        id\n      }\n    }\n  }\n": types.ClientSupplierDocument,
    "\n  query ClientSupplierAssessments($supplierId: ID!) {\n    assessments(first: 100, filter: { supplierId: $supplierId }) {\n      nodes {\n        ...ClientAssessmentFields\n      }\n    }\n  }\n": types.ClientSupplierAssessmentsDocument,
    "\n  query ClientWorkingGroup($id: ID!) {\n    workingGroup(id: $id) {\n      id\n      name\n      description\n      members {\n        id\n        legalName\n        country\n      }\n      watchList {\n        id\n        legalName\n        country\n      }\n    }\n    assessments(first: 100) {\n      nodes {\n        ...ClientAssessmentFields\n      }\n    }\n  }\n": types.ClientWorkingGroupDocument,
    "\n  query ClientWorkingGroups {\n    workingGroups {\n      id\n      name\n      description\n    }\n  }\n": types.ClientWorkingGroupsDocument,
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
export function graphql(source: "\n  mutation SuspendCertificate($input: CertificateStatusChangeInput!) {\n    suspendCertificate(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SuspendCertificateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReinstateCertificate($input: CertificateStatusChangeInput!) {\n    reinstateCertificate(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ReinstateCertificateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCertificate($input: CertificateStatusChangeInput!) {\n    revokeCertificate(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RevokeCertificateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovedAssessments($after: String) {\n    assessments(first: 100, after: $after, filter: { status: APPROVED }) {\n      nodes {\n        id\n        supplier {\n          legalName\n        }\n        certificate {\n          id\n          serial\n          status\n          level\n          issuedAt\n          validUntil\n          statusReason\n          rendered\n          downloads {\n            language\n            url\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql').ApprovedAssessmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCertificate($input: IssueCertificateInput!) {\n    issueCertificate(input: $input) {\n      id\n      serial\n    }\n  }\n"): typeof import('./graphql').IssueCertificateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JurisdictionRisks {\n    jurisdictionRisks {\n      country\n      level\n      rationale\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').JurisdictionRisksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetJurisdictionRisk($input: SetJurisdictionRiskInput!) {\n    setJurisdictionRisk(input: $input) {\n      country\n      level\n    }\n  }\n"): typeof import('./graphql').SetJurisdictionRiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearJurisdictionRisk($country: String!) {\n    clearJurisdictionRisk(country: $country) {\n      country\n    }\n  }\n"): typeof import('./graphql').ClearJurisdictionRiskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations {\n    organisations {\n      id\n      kind\n      legalName\n      country\n      status\n      website\n      createdAt\n    }\n  }\n"): typeof import('./graphql').OrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyOrganisation($id: ID!) {\n    verifyOrganisation(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').VerifyOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierMembership($id: ID!) {\n    supplier(id: $id) {\n      id\n      membershipStatus\n    }\n  }\n"): typeof import('./graphql').SupplierMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSupplierMembership($supplierId: ID!, $status: MembershipStatus!) {\n    setSupplierMembershipStatus(supplierId: $supplierId, status: $status) {\n      id\n      membershipStatus\n    }\n  }\n"): typeof import('./graphql').SetSupplierMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rescorings {\n    rescorings(first: 20) {\n      nodes {\n        id\n        methodologyVersion\n        status\n        total\n        done\n        failed\n        requestedAt\n        finishedAt\n        requestedBy {\n          displayName\n        }\n        failures(first: 20) {\n          assessmentId\n          error\n          failedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RescoringsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RescoringProgress($id: ID!) {\n    rescoring(id: $id) {\n      id\n      methodologyVersion\n      status\n      total\n      done\n      failed\n    }\n  }\n"): typeof import('./graphql').RescoringProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescoreAssessments($input: RescoreAssessmentsInput!) {\n    rescoreAssessments(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RescoreAssessmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveAssessment($input: ApproveAssessmentInput!) {\n    approveAssessment(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ApproveAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAssessmentChanges($input: RequestAssessmentChangesInput!) {\n    requestAssessmentChanges(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RequestAssessmentChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectAssessment($input: RejectAssessmentInput!) {\n    rejectAssessment(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RejectAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewAssessment($id: ID!) {\n    assessment(id: $id) {\n      id\n      status\n      dueDate\n      submittedAt\n      submissionNumber\n      requesterKind\n      supplier {\n        id\n        legalName\n      }\n      requestedByOrganisation {\n        legalName\n      }\n      products {\n        id\n        name\n        category\n      }\n      reviewClaim {\n        claimedAt\n        claimedBy {\n          id\n          displayName\n        }\n      }\n      template {\n        id\n        version\n        themes {\n          code\n          title {\n            en\n            fr\n            es\n          }\n        }\n      }\n      questions(applicableOnly: true) {\n        themeCode\n        question {\n          code\n          type\n          evidenceExpected\n          text {\n            en\n            fr\n            es\n          }\n          options {\n            value\n            label {\n              en\n              fr\n              es\n            }\n          }\n        }\n      }\n      answers {\n        questionCode\n        value\n        notApplicable\n        comment\n        evidence {\n          id\n          originalName\n        }\n      }\n      scorecard {\n        tier\n        maturity\n        inherentRisk\n        residualRisk\n        confidence\n        methodologyVersion\n        redFlags {\n          questionCode\n          ruleId\n          label {\n            en\n            fr\n            es\n          }\n        }\n        themes {\n          code\n          score\n          weight\n          title {\n            en\n            fr\n            es\n          }\n        }\n        eligibility {\n          level\n        }\n        override {\n          scoredTier\n          scoredMaturity\n        }\n      }\n      certificateEligibility {\n        eligible\n        unmet {\n          code\n          message\n        }\n      }\n      certificate {\n        serial\n        status\n      }\n      scoreOverrides {\n        id\n        status\n        tier\n        maturity\n        justification\n        proposedAt\n        proposedBy {\n          id\n          displayName\n        }\n        confirmedAt\n        confirmedBy {\n          displayName\n        }\n      }\n      reviews {\n        id\n        decision\n        comment\n        conditions\n        decidedAt\n        reviewer {\n          displayName\n        }\n        questionComments {\n          questionCode\n          comment\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimReview($assessmentId: ID!) {\n    claimAssessmentReview(assessmentId: $assessmentId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ClaimReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseReview($assessmentId: ID!) {\n    releaseAssessmentReview(assessmentId: $assessmentId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ReleaseReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue {\n    reviewQueue(first: 100) {\n      nodes {\n        tier\n        maturity\n        scoredAt\n        overridden\n        claim {\n          claimedBy {\n            displayName\n          }\n        }\n        assessment {\n          id\n          status\n          supplier {\n            legalName\n          }\n          requestedByOrganisation {\n            legalName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeScoreOverride($input: ProposeScoreOverrideInput!) {\n    proposeScoreOverride(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ProposeScoreOverrideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmScoreOverride($overrideId: ID!) {\n    confirmScoreOverride(overrideId: $overrideId) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConfirmScoreOverrideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawScoreOverride($overrideId: ID!) {\n    withdrawScoreOverride(overrideId: $overrideId) {\n      id\n    }\n  }\n"): typeof import('./graphql').WithdrawScoreOverrideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionnaireTemplate($id: ID!) {\n    questionnaireTemplate(id: $id) {\n      id\n      key\n      version\n      status\n      title {\n        en\n        fr\n        es\n      }\n      description {\n        en\n        fr\n        es\n      }\n      themes {\n        code\n        title {\n          en\n          fr\n          es\n        }\n        questions {\n          code\n          type\n          weight\n          required\n          evidenceExpected\n          notApplicableAllowed\n          references\n          text {\n            en\n            fr\n            es\n          }\n          options {\n            value\n            points\n            label {\n              en\n              fr\n              es\n            }\n          }\n          redFlags {\n            id\n            label {\n              en\n              fr\n              es\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').QuestionnaireTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishTemplate($templateId: ID!) {\n    publishTemplate(templateId: $templateId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').PublishTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireTemplate($templateId: ID!) {\n    retireTemplate(templateId: $templateId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RetireTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionnaireTemplates {\n    questionnaireTemplates {\n      id\n      key\n      version\n      status\n      questionCount\n      createdAt\n      publishedAt\n      retiredAt\n      title {\n        en\n        fr\n        es\n      }\n    }\n  }\n"): typeof import('./graphql').QuestionnaireTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportQuestionnaire($input: ImportQuestionnaireInput!) {\n    importQuestionnaire(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ImportQuestionnaireDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingGroups {\n    workingGroups {\n      id\n      name\n      description\n      members {\n        id\n        legalName\n      }\n      watchList {\n        id\n        legalName\n      }\n    }\n    organisations(kind: CLIENT) {\n      id\n      legalName\n    }\n  }\n"): typeof import('./graphql').WorkingGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkingGroup($input: CreateWorkingGroupInput!) {\n    createWorkingGroup(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateWorkingGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWorkingGroupMember($workingGroupId: ID!, $organisationId: ID!) {\n    addWorkingGroupMember(workingGroupId: $workingGroupId, organisationId: $organisationId) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddWorkingGroupMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveWorkingGroupMember($workingGroupId: ID!, $organisationId: ID!) {\n    removeWorkingGroupMember(workingGroupId: $workingGroupId, organisationId: $organisationId) {\n      id\n    }\n  }\n"): typeof import('./graphql').RemoveWorkingGroupMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientAssessments($status: AssessmentStatus) {\n    assessments(first: 100, filter: { status: $status }) {\n      nodes {\n        ...ClientAssessmentFields\n      }\n    }\n  }\n"): typeof import('./graphql').ClientAssessmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientAssessmentFields on Assessment {\n    id\n    status\n    dueDate\n    createdAt\n    requesterKind\n    requestedByOrganisation {\n      id\n      legalName\n    }\n    workingGroup {\n      id\n      name\n    }\n    supplier {\n      id\n      legalName\n    }\n    products {\n      id\n      name\n    }\n    scorecard {\n      tier\n    }\n  }\n"): typeof import('./graphql').ClientAssessmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Directory($filter: DirectoryFilterInput) {\n    directory(first: 50, filter: $filter) {\n      nodes {\n        id\n        legalName\n        headquartersCountry\n        membershipStatus\n        products {\n          id\n          name\n          category\n        }\n        currentCertificate {\n          serial\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientRequestAssessment($input: RequestAssessmentInput!) {\n    requestAssessment(input: $input) {\n      ...ClientAssessmentFields\n    }\n  }\n"): typeof import('./graphql').ClientRequestAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientCertificateFields on Certificate {\n    serial\n    level\n    status\n    conditions\n    validUntil\n    products {\n      id\n      name\n    }\n    downloads {\n      language\n      url\n    }\n  }\n"): typeof import('./graphql').ClientCertificateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientSupplier($id: ID!) {\n    supplier(id: $id) {\n      id\n      legalName\n      description\n      website\n      headquartersCountry\n      operatingCountries\n      services\n      membershipStatus\n      products {\n        id\n        name\n        category\n        capabilities\n        deploymentContexts\n        deployedCountries\n        description\n      }\n      currentCertificate {\n        ...ClientCertificateFields\n      }\n    }\n    workingGroups {\n      id\n      name\n      watchList {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ClientSupplierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientSupplierAssessments($supplierId: ID!) {\n    assessments(first: 100, filter: { supplierId: $supplierId }) {\n      nodes {\n        ...ClientAssessmentFields\n      }\n    }\n  }\n"): typeof import('./graphql').ClientSupplierAssessmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientWorkingGroup($id: ID!) {\n    workingGroup(id: $id) {\n      id\n      name\n      description\n      members {\n        id\n        legalName\n        country\n      }\n      watchList {\n        id\n        legalName\n        country\n      }\n    }\n    assessments(first: 100) {\n      nodes {\n        ...ClientAssessmentFields\n      }\n    }\n  }\n"): typeof import('./graphql').ClientWorkingGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientWorkingGroups {\n    workingGroups {\n      id\n      name\n      description\n    }\n  }\n"): typeof import('./graphql').ClientWorkingGroupsDocument;
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
