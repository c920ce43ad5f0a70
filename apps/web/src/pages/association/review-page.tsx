import { Alert, Anchor, Badge, Button, Card, Divider, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { client } from '../../api/graphql-client';
import { useSession } from '../../api/session';
import { useQuery } from '../../api/use-query';
import { formatDate, formatDateTime } from '../../format';
import { graphql } from '../../gql';
import { useEnumLabel } from '../../i18n/enum-label';
import { usePageTitle } from '../../layout/page-title';
import { QueryStatus } from '../query-status';
import { ApiErrorAlert } from './api-error-alert';
import { IssueCertificatePanel } from './issue-certificate-panel';
import { ReviewAnswers } from './review-answers';
import { ReviewDecisionPanel } from './review-decision-panel';
import { ScoreOverridePanel } from './score-override-panel';
import { ScorecardSummary } from './scorecard-summary';
import { useAction } from './use-action';

const ReviewAssessmentDocument = graphql(`
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
`);

const ClaimReviewDocument = graphql(`
  mutation ClaimReview($assessmentId: ID!) {
    claimAssessmentReview(assessmentId: $assessmentId) {
      id
      status
    }
  }
`);

const ReleaseReviewDocument = graphql(`
  mutation ReleaseReview($assessmentId: ID!) {
    releaseAssessmentReview(assessmentId: $assessmentId) {
      id
      status
    }
  }
`);

/** The review of one scored assessment: claim it, read the scores and answers, override, decide, certify. */
export function ReviewPage() {
  const { assessmentId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const { session } = useSession();
  const me = session.status === 'signed-in' ? session.user : null;
  const state = useQuery(ReviewAssessmentDocument, { id: assessmentId });
  const claim = useAction();
  const [questionComments, setQuestionComments] = useState<Record<string, string>>({});
  const assessment = state.status === 'done' ? state.data.assessment : null;
  usePageTitle(assessment ? t('review.title', { supplier: assessment.supplier.legalName }) : t('review.loadingTitle'));

  if (!assessment) return <QueryStatus state={state} />;
  const holdsClaim = assessment.status === 'UNDER_REVIEW' && assessment.reviewClaim?.claimedBy.id === me?.id;
  const isAdmin = me?.role === 'ADMIN';
  const conditionsRequired = assessment.scorecard?.eligibility.level === 'CERTIFIED_WITH_CONDITIONS';
  const unmetOnNumbers = (assessment.certificateEligibility?.unmet ?? []).map((condition) => condition.code).filter((code) => code !== 'NOT_APPROVED');

  async function changeClaim(request: () => Promise<unknown>) {
    if ((await claim.run(request)) !== undefined) state.reload();
  }

  return (
    <Stack>
      <Anchor component={Link} to="/reviews" size="sm">
        {t('review.backToQueue')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('review.title', { supplier: assessment.supplier.legalName })}</Title>
          <Text>
            {t('review.requestedBy', { organisation: assessment.requestedByOrganisation.legalName, kind: label('RequesterKind', assessment.requesterKind) })} ·{' '}
            {t('review.products', { products: assessment.products.map((product) => product.name).join(', ') })}
          </Text>
          <Text size="sm">
            {t('review.submission', { number: assessment.submissionNumber, when: assessment.submittedAt ? formatDateTime(assessment.submittedAt, i18n.language) : '—' })} ·{' '}
            {t('review.due', { date: formatDate(assessment.dueDate, i18n.language) })}
          </Text>
        </div>
        <Badge size="lg" variant="outline" color="dark">
          {label('AssessmentStatus', assessment.status)}
        </Badge>
      </Group>

      <Card withBorder>
        <Group justify="space-between">
          <Text>
            {assessment.reviewClaim
              ? t('review.claimedBy', { name: assessment.reviewClaim.claimedBy.displayName, when: formatDateTime(assessment.reviewClaim.claimedAt, i18n.language) })
              : assessment.status === 'SCORED'
                ? t('review.unclaimed')
                : t('review.notUnderReview')}
          </Text>
          <Group>
            {assessment.status === 'SCORED' && (
              <Button loading={claim.busy} onClick={() => void changeClaim(() => client.request(ClaimReviewDocument, { assessmentId }))}>
                {t('review.claim')}
              </Button>
            )}
            {assessment.status === 'UNDER_REVIEW' && (holdsClaim || isAdmin) && (
              <Button variant="outline" loading={claim.busy} onClick={() => void changeClaim(() => client.request(ReleaseReviewDocument, { assessmentId }))}>
                {t('review.release')}
              </Button>
            )}
          </Group>
        </Group>
        <ApiErrorAlert error={claim.error} />
      </Card>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
        <div>
          {assessment.scorecard ? <ScorecardSummary scorecard={assessment.scorecard} unmet={unmetOnNumbers} /> : <Alert title={t('review.noScorecard')}>{t('review.noScorecardBody')}</Alert>}
        </div>
        <Stack>
            <ScoreOverridePanel assessmentId={assessment.id} overrides={assessment.scoreOverrides} canPropose={holdsClaim} onChanged={state.reload} />
            {holdsClaim && <ReviewDecisionPanel assessmentId={assessment.id} conditionsRequired={conditionsRequired} questionComments={questionComments} onDecided={state.reload} />}
          {assessment.status === 'APPROVED' && <IssueCertificatePanel assessment={assessment} onIssued={state.reload} />}
        </Stack>
      </SimpleGrid>

      {assessment.reviews.length > 0 && (
        <Stack gap="xs">
          <Title order={2}>{t('review.history.title')}</Title>
          {assessment.reviews.map((review) => (
            <Card key={review.id} withBorder component="article" aria-label={label('ReviewDecision', review.decision)}>
              <Text fw={600}>
                {label('ReviewDecision', review.decision)} · {review.reviewer.displayName} · {formatDateTime(review.decidedAt, i18n.language)}
              </Text>
              {review.comment && <Text>{review.comment}</Text>}
              {review.conditions && <Text>{t('review.history.conditions', { conditions: review.conditions })}</Text>}
              {review.questionComments.length > 0 && (
                <List size="sm">
                  {review.questionComments.map((entry) => (
                    <List.Item key={entry.questionCode}>
                      {entry.questionCode}: {entry.comment}
                    </List.Item>
                  ))}
                </List>
              )}
            </Card>
          ))}
        </Stack>
      )}

      <Divider />
      <ReviewAnswers assessment={assessment} comments={holdsClaim ? questionComments : null} onComment={(code, comment) => setQuestionComments((previous) => ({ ...previous, [code]: comment }))} />
    </Stack>
  );
}
