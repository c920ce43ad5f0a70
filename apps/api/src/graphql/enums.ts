import { registerEnumType } from '@nestjs/graphql';
import {
  AssessmentStatus,
  Capability,
  CertificateLevel,
  CertificateStatus,
  DeploymentContext,
  EligibilityCondition,
  JurisdictionRiskLevel,
  MembershipStatus,
  OrganisationKind,
  OrganisationStatus,
  ProductCategory,
  QuestionType,
  RescoringStatus,
  Tier,
  UserRole,
} from '@assay/domain';
import { CertificateLanguage, NotificationKind, RequesterKind, ReviewDecision, ScoreOverrideStatus, ScoreRunTrigger, TemplateStatus } from '@assay/database';
import { QuestionnaireFormat } from '../modules/questionnaires/questionnaire-document.js';

/** The domain's enums, exposed to GraphQL under the same names and values. */
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
registerEnumType(OrganisationStatus, { name: 'OrganisationStatus' });
registerEnumType(UserRole, { name: 'UserRole' });
registerEnumType(ProductCategory, { name: 'ProductCategory' });
registerEnumType(Capability, { name: 'Capability' });
registerEnumType(DeploymentContext, { name: 'DeploymentContext' });
registerEnumType(JurisdictionRiskLevel, { name: 'JurisdictionRiskLevel' });
registerEnumType(MembershipStatus, { name: 'MembershipStatus' });
registerEnumType(TemplateStatus, { name: 'TemplateStatus' });
registerEnumType(QuestionType, { name: 'QuestionType' });
registerEnumType(QuestionnaireFormat, { name: 'QuestionnaireFormat' });
registerEnumType(AssessmentStatus, { name: 'AssessmentStatus' });
registerEnumType(RequesterKind, { name: 'RequesterKind' });
registerEnumType(NotificationKind, { name: 'NotificationKind' });
registerEnumType(Tier, { name: 'Tier' });
registerEnumType(ScoreRunTrigger, { name: 'ScoreRunTrigger' });
registerEnumType(EligibilityCondition, { name: 'EligibilityCondition' });
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });
registerEnumType(ScoreOverrideStatus, { name: 'ScoreOverrideStatus' });
registerEnumType(RescoringStatus, { name: 'RescoringStatus' });
registerEnumType(CertificateLevel, { name: 'CertificateLevel' });
registerEnumType(CertificateStatus, { name: 'CertificateStatus' });
registerEnumType(CertificateLanguage, { name: 'CertificateLanguage' });
