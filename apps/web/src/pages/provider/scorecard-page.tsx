import { Alert, Anchor, Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/graphql-client';
import { apiPath, downloadFile } from '../../api/rest-files';
import { useQuery } from '../../api/use-query';
import { ImprovementList } from '../../components/scorecard/improvement-list';
import { improvementsOf } from '../../components/scorecard/improvements';
import { QuestionExplanations, type QuestionText } from '../../components/scorecard/question-explanations';
import { RiskSummary } from '../../components/scorecard/risk-summary';
import { ScoreRunHistory } from '../../components/scorecard/score-run-history';
import { ThemeScoresChart } from '../../components/scorecard/theme-scores-chart';
import { formatDateTime } from '../../format';
import { graphql } from '../../gql';
import { useEnumLabel } from '../../i18n/enum-label';
import { localized } from '../../i18n/localized-text';
import { usePageTitle } from '../../layout/page-title';
import { QueryStatus } from '../query-status';

const ScorecardDocument = graphql(`
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
`);

/**
 * `/assessments/:assessmentId/scorecard`, for any persona: the api decides who sees the scorecard (a provider once
 * it is reviewed), and answers NOT_FOUND for an assessment the reader may not see.
 */
export function ScorecardPage() {
  const { assessmentId = '' } = useParams();
  const { t, i18n } = useTranslation();
  usePageTitle(t('scorecard.title'));
  const label = useEnumLabel();
  const state = useQuery(ScorecardDocument, { id: assessmentId });
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const assessment = state.status === 'done' ? state.data.assessment : null;
  const questions = useMemo(() => new Map<string, QuestionText>((assessment?.questions ?? []).map(({ question }) => [question.code, question])), [assessment]);
  const card = assessment?.scorecard;
  const improvements = useMemo(() => (card ? improvementsOf(card.questions, card.themes) : []), [card]);

  const download = (url: string, name: string) => {
    setDownloadError(null);
    downloadFile(url, name).catch((error: unknown) => setDownloadError(error instanceof ApiError ? error.message : t('common.unexpectedError')));
  };

  if (!assessment) {
    return (
      <Stack>
        <Title order={1}>{t('scorecard.title')}</Title>
        {state.status === 'error' && state.error.code === 'NOT_FOUND' ? (
          <Alert color="red" role="alert">
            {t('scorecard.notFound')}
          </Alert>
        ) : (
          <QueryStatus state={state} />
        )}
      </Stack>
    );
  }

  return (
    <Stack>
      <Title order={1}>{t('scorecard.title')}</Title>
      <Group>
        <Text fw={600}>{assessment.supplier.legalName}</Text>
        <Text size="sm">{assessment.products.map((product) => product.name).join(', ')}</Text>
        <Badge color="dark" variant="outline">
          {label('AssessmentStatus', assessment.status)}
        </Badge>
      </Group>
      {!card ? (
        <Alert color="blue" role="status">
          {t('scorecard.notYet')}
        </Alert>
      ) : (
        <>
          <Text size="sm">
            {t('scorecard.scoredOn', { date: formatDateTime(card.scoredAt, i18n.language), submission: card.submissionNumber, methodology: card.methodologyVersion })}
          </Text>
          <RiskSummary {...card} />
          {card.override && (
            <Alert color="gray" title={t('scorecard.overrideTitle')}>
              {t('scorecard.override', {
                proposedBy: card.override.proposedBy.displayName,
                confirmedBy: card.override.confirmedBy.displayName,
                scoredTier: label('Tier', card.override.scoredTier),
                scoredMaturity: card.override.scoredMaturity.toFixed(1),
              })}{' '}
              {card.override.justification}
            </Alert>
          )}
          <Paper withBorder p="md" component="section" aria-labelledby="red-flags">
            <Title order={2} size="h3" id="red-flags" mb="xs">
              {t('scorecard.redFlags')}
            </Title>
            {card.redFlags.length === 0 ? (
              <Text>{t('scorecard.noRedFlag')}</Text>
            ) : (
              <List>
                {card.redFlags.map((flag) => (
                  <List.Item key={`${flag.questionCode}-${flag.ruleId}`}>
                    <strong>{flag.questionCode}</strong> {flag.label ? localized(flag.label, i18n.language) : flag.ruleId}
                  </List.Item>
                ))}
              </List>
            )}
          </Paper>
          <ThemeScoresChart themes={card.themes} />
          <Paper withBorder p="md" component="section" aria-labelledby="improve">
            <Title order={2} size="h3" id="improve" mb="xs">
              {t('scorecard.improve')}
            </Title>
            <ImprovementList improvements={improvements} questions={questions} />
          </Paper>
          <Title order={2} size="h3">
            {t('scorecard.downloads')}
          </Title>
          <Group>
            <Button variant="outline" onClick={() => download(`/assessments/${assessment.id}/scorecard.csv`, `scorecard-${assessment.id}.csv`)}>
              {t('scorecard.csv')}
            </Button>
            <Button variant="outline" onClick={() => download(`/assessments/${assessment.id}/scorecard.json`, `scorecard-${assessment.id}.json`)}>
              {t('scorecard.json')}
            </Button>
            {assessment.certificate?.downloads.map((pdf) => (
              <Button key={pdf.language} onClick={() => download(apiPath(pdf.url), `${assessment.certificate?.serial ?? 'certificate'}.pdf`)}>
                {t('scorecard.certificatePdf', { language: t(`language.${pdf.language.toLowerCase()}`) })}
              </Button>
            ))}
            {assessment.certificate && (
              <Anchor component={Link} to={`/verification/${assessment.certificate.serial}`}>
                {t('scorecard.certificateLink', { serial: assessment.certificate.serial, status: label('CertificateStatus', assessment.certificate.status) })}
              </Anchor>
            )}
          </Group>
          {downloadError && (
            <Alert color="red" role="alert">
              {downloadError}
            </Alert>
          )}
          <Title order={2} size="h3">
            {t('scorecard.explanation')}
          </Title>
          <QuestionExplanations rows={card.questions} questions={questions} />
          {assessment.scoreRuns.length > 0 && (
            <>
              <Title order={2} size="h3">
                {t('scorecard.history')}
              </Title>
              <ScoreRunHistory runs={assessment.scoreRuns} />
            </>
          )}
        </>
      )}
    </Stack>
  );
}
