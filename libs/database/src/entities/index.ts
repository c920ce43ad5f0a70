import { Answer, AnswerEvidence } from './answer.entity.js';
import { Assessment, AssessmentProduct, RequesterKind } from './assessment.entity.js';
import { AssessmentShare } from './assessment-share.entity.js';
import { AuditEvent } from './audit-event.entity.js';
import { Certificate, CertificateDocument, CertificateLanguage, type CertifiedProduct } from './certificate.entity.js';
import { EvidenceFile } from './evidence-file.entity.js';
import { Invitation } from './invitation.entity.js';
import { JurisdictionRisk } from './jurisdiction-risk.entity.js';
import { Notification, NotificationKind } from './notification.entity.js';
import { Organisation } from './organisation.entity.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { Product } from './product.entity.js';
import { QuestionnaireTemplate, TemplateStatus } from './questionnaire-template.entity.js';
import { ScoreRun, ScoreRunTrigger, type ScoredQuestion } from './score-run.entity.js';
import { RefreshToken } from './refresh-token.entity.js';
import { Rescoring, RescoringItem } from './rescoring.entity.js';
import { Review, ReviewDecision, type QuestionComment } from './review.entity.js';
import { ScoreOverride, ScoreOverrideStatus } from './score-override.entity.js';
import { SupplierProfile } from './supplier-profile.entity.js';
import { User } from './user.entity.js';
import { WorkingGroup, WorkingGroupMember, WorkingGroupWatch } from './working-group.entity.js';

export {
  Answer,
  AnswerEvidence,
  Assessment,
  AssessmentProduct,
  AssessmentShare,
  AuditEvent,
  Certificate,
  CertificateDocument,
  CertificateLanguage,
  type CertifiedProduct,
  EvidenceFile,
  Notification,
  NotificationKind,
  QuestionnaireTemplate,
  RequesterKind,
  TemplateStatus,
  Invitation,
  JurisdictionRisk,
  Organisation,
  OutboxMessage,
  Product,
  RefreshToken,
  Rescoring,
  RescoringItem,
  Review,
  ReviewDecision,
  type QuestionComment,
  ScoreOverride,
  ScoreOverrideStatus,
  ScoreRun,
  ScoreRunTrigger,
  type ScoredQuestion,
  SupplierProfile,
  User,
  WorkingGroup,
  WorkingGroupMember,
  WorkingGroupWatch,
};

export const ENTITIES = [
  Answer,
  AnswerEvidence,
  Assessment,
  AssessmentProduct,
  AssessmentShare,
  AuditEvent,
  Certificate,
  CertificateDocument,
  EvidenceFile,
  Notification,
  QuestionnaireTemplate,
  Invitation,
  JurisdictionRisk,
  Organisation,
  OutboxMessage,
  Product,
  RefreshToken,
  Rescoring,
  RescoringItem,
  Review,
  ScoreOverride,
  ScoreRun,
  SupplierProfile,
  User,
  WorkingGroup,
  WorkingGroupMember,
  WorkingGroupWatch,
];
