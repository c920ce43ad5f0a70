import { Alert, Anchor, Badge, Group, Paper, Progress, Stack, Tabs, Text, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from '../../../api/use-query';
import { formatDate } from '../../../format';
import { graphql } from '../../../gql';
import type { AssessmentStatus } from '../../../gql/graphql';
import { useEnumLabel } from '../../../i18n/enum-label';
import { localized } from '../../../i18n/localized-text';
import { usePageTitle } from '../../../layout/page-title';
import { QueryStatus } from '../../query-status';
import { SharingPanel } from '../sharing-panel';
import { AnswerConflictPanel } from './answer-conflict';
import { EvidenceList } from './evidence-list';
import { QuestionField, questionAnchor } from './question-field';
import { SaveIndicator } from './save-indicator';
import { SubmissionPanel } from './submission-panel';
import { useAnswerAutosave } from './use-answer-autosave';

const QuestionnaireDocument = graphql(`
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
`);

/** Answers open (SPEC §4): before submission, and again when the reviewer asks for changes. */
const ANSWERABLE: AssessmentStatus[] = ['REQUESTED', 'IN_PROGRESS', 'CHANGES_REQUESTED'];
/** From scoring on, a scorecard may exist (the api says whether this reader may see it). */
const SCORED: AssessmentStatus[] = ['SCORED', 'UNDER_REVIEW', 'APPROVED', 'REJECTED', 'CHANGES_REQUESTED'];

/** Long theme titles wrap inside a fixed-width list instead of running over the questions. */
const THEME_TAB_STYLES = {
  list: { flex: '0 0 16rem' },
  tab: { whiteSpace: 'normal', justifyContent: 'flex-start' },
  tabLabel: { textAlign: 'left' },
  panel: { flex: 1, minWidth: 0 },
} as const;

const percent = (answered: number, required: number) => (required === 0 ? 100 : Math.round((100 * answered) / required));

/** `/assessments/:assessmentId`: the questionnaire, a tab per theme, saved as the respondent goes. */
export function QuestionnairePage() {
  const { assessmentId = '' } = useParams();
  const { t, i18n } = useTranslation();
  usePageTitle(t('questionnaire.title'));
  const label = useEnumLabel();
  const state = useQuery(QuestionnaireDocument, { id: assessmentId });
  const data = state.status === 'done' ? state.data : null;
  const assessment = data?.assessment;
  const { reload } = state;
  const autosave = useAnswerAutosave(assessmentId, assessment?.answers, reload);
  const [theme, setTheme] = useState<string | null>(null);
  const activeTheme = theme ?? assessment?.template.themes[0]?.code ?? null;

  const evidenceOf = useMemo(() => new Map((assessment?.answers ?? []).map((answer) => [answer.questionCode, answer.evidence])), [assessment]);

  const goToQuestion = useCallback(
    (code: string) => {
      const themeCode = assessment?.questions.find((entry) => entry.question.code === code)?.themeCode;
      if (themeCode) setTheme(themeCode);
      // The tab's panel renders on the next frame; then the question can take the focus.
      requestAnimationFrame(() => {
        const target = document.getElementById(questionAnchor(code));
        target?.scrollIntoView({ block: 'start' });
        target?.focus();
      });
    },
    [assessment],
  );

  if (!assessment || !data) {
    return (
      <Stack>
        <Title order={1}>{t('questionnaire.title')}</Title>
        {state.status === 'error' && state.error.code === 'NOT_FOUND' ? (
          <Alert color="red" role="alert">
            {t('questionnaire.notFound')}
          </Alert>
        ) : (
          <QueryStatus state={state} />
        )}
      </Stack>
    );
  }

  const readOnly = !ANSWERABLE.includes(assessment.status);
  const progressOf = new Map(assessment.progress.themes.map((entry) => [entry.code, entry]));
  const overall = percent(assessment.progress.answered, assessment.progress.required);
  const overallText = t('questionnaire.overall', { answered: assessment.progress.answered, required: assessment.progress.required });

  return (
    <Stack>
      <Title order={1}>{t('questionnaire.title')}</Title>
      <Group gap="md">
        <Text>{localized(assessment.template.title, i18n.language)}</Text>
        <Badge color="dark" variant="outline">
          {label('AssessmentStatus', assessment.status)}
        </Badge>
        <Text size="sm">
          {t('questionnaire.scope', { products: assessment.products.map((product) => product.name).join(', '), requester: assessment.requestedByOrganisation.legalName })}
        </Text>
        <Text size="sm">{t('questionnaire.due', { date: formatDate(assessment.dueDate, i18n.language) })}</Text>
        {SCORED.includes(assessment.status) && (
          <Anchor component={Link} to={`/assessments/${assessment.id}/scorecard`}>
            {t('questionnaire.scorecardLink')}
          </Anchor>
        )}
      </Group>
      <Paper withBorder p="sm">
        <Stack gap={4}>
          <Text size="sm">{overallText}</Text>
          <Progress value={overall} aria-label={overallText} size="lg" />
          {readOnly ? (
            <Text size="sm">{t('questionnaire.locked', { status: label('AssessmentStatus', assessment.status) })}</Text>
          ) : (
            <SaveIndicator status={autosave.status} failure={autosave.failure} pending={autosave.pending} onRetry={() => void autosave.flush()} />
          )}
        </Stack>
      </Paper>
      <Tabs value={activeTheme} onChange={setTheme} orientation="vertical" keepMounted={false} styles={THEME_TAB_STYLES}>
        <Tabs.List aria-label={t('questionnaire.themes')}>
          {assessment.template.themes.map((entry) => {
            const progress = progressOf.get(entry.code);
            return (
              <Tabs.Tab key={entry.code} value={entry.code}>
                <Stack gap={2}>
                  <Text size="sm">
                    {entry.code} · {localized(entry.title, i18n.language)}
                  </Text>
                  {progress && <Text size="xs">{t('questionnaire.themeAnswered', { answered: progress.answered, required: progress.required })}</Text>}
                </Stack>
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        {assessment.template.themes.map((entry) => {
          const progress = progressOf.get(entry.code);
          return (
            <Tabs.Panel key={entry.code} value={entry.code} px="md">
              <Stack>
                <Title order={2} size="h3" id={`theme-${entry.code}`}>
                  {entry.code} · {localized(entry.title, i18n.language)}
                </Title>
                {progress && (
                  <Progress
                    value={percent(progress.answered, progress.required)}
                    aria-label={t('questionnaire.themeProgress', { theme: entry.code, answered: progress.answered, required: progress.required })}
                  />
                )}
                {assessment.questions
                  .filter((item) => item.themeCode === entry.code)
                  .map(({ question, applicable }) => {
                    const conflict = autosave.conflictOf(question.code);
                    return (
                      <QuestionField
                        key={question.code}
                        question={question}
                        applicable={applicable}
                        answer={autosave.answerOf(question.code)}
                        readOnly={readOnly}
                        problem={autosave.problemOf(question.code)}
                        onChange={(draft) => autosave.edit(question.code, draft)}
                      >
                        {conflict && <AnswerConflictPanel question={question} conflict={conflict} onResolve={(choice) => autosave.resolve(question.code, choice)} />}
                        <EvidenceList
                          assessmentId={assessment.id}
                          questionCode={question.code}
                          files={evidenceOf.get(question.code) ?? []}
                          limits={data.evidenceUploadLimits}
                          canAttach={autosave.isSaved(question.code)}
                          readOnly={readOnly}
                          onChanged={reload}
                        />
                      </QuestionField>
                    );
                  })}
              </Stack>
            </Tabs.Panel>
          );
        })}
      </Tabs>
      {!readOnly && (
        <Paper withBorder p="md" component="section" aria-labelledby="submission-title">
          <Title order={2} size="h3" id="submission-title" mb="xs">
            {t('submission.title')}
          </Title>
          <SubmissionPanel assessmentId={assessment.id} beforeSubmit={autosave.flush} onSubmitted={reload} goToQuestion={goToQuestion} />
        </Paper>
      )}
      <Paper withBorder p="md" component="section" aria-labelledby="sharing-title">
        <Title order={2} size="h3" id="sharing-title" mb="xs">
          {t('sharing.title')}
        </Title>
        <SharingPanel assessmentId={assessment.id} />
      </Paper>
    </Stack>
  );
}
