import { Badge, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewAssessmentQuery } from '../../gql/graphql';
import { DownloadButton } from './download-button';
import { localized } from './localized';

type Assessment = ReviewAssessmentQuery['assessment'];
type Question = Assessment['questions'][number]['question'];
type Answer = Assessment['answers'][number];

/** An answer as a reader says it: option labels in their language, yes/no, n of 4. */
function useAnswerText() {
  const { t, i18n } = useTranslation();
  return (question: Question, answer: Answer | undefined): string => {
    if (!answer) return t('review.answers.unanswered');
    if (answer.notApplicable) return t('review.answers.notApplicable');
    if (answer.value === null || answer.value === undefined) return t('review.answers.unanswered');
    const value: unknown = JSON.parse(answer.value);
    const optionLabel = (code: unknown) => {
      const option = question.options.find((candidate) => candidate.value === code);
      return option ? localized(option.label, i18n.language) : String(code);
    };
    switch (question.type) {
      case 'BOOLEAN':
        return value ? t('review.answers.yes') : t('review.answers.no');
      case 'SINGLE_CHOICE':
        return optionLabel(value);
      case 'MULTI_CHOICE':
        return Array.isArray(value) && value.length ? value.map(optionLabel).join(', ') : t('review.answers.noneChosen');
      case 'SCALE_0_4':
        return t('review.answers.scale', { value: String(value) });
      default:
        return String(value);
    }
  };
}

/**
 * The answers by theme, in questionnaire order, each with its evidence files; while the reviewer holds the claim,
 * a comment per question (sent with a request for changes).
 */
export function ReviewAnswers({
  assessment,
  comments,
  onComment,
}: {
  assessment: Assessment;
  comments: Record<string, string> | null;
  onComment: (code: string, comment: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const answerText = useAnswerText();
  const answers = new Map(assessment.answers.map((answer) => [answer.questionCode, answer]));
  return (
    <Stack>
      <Title order={2}>{t('review.answers.title')}</Title>
      {assessment.template.themes.map((theme) => {
        const questions = assessment.questions.filter((entry) => entry.themeCode === theme.code);
        if (questions.length === 0) return null;
        return (
          <Stack key={theme.code} gap="xs" component="section" aria-labelledby={`theme-${theme.code}`}>
            <Title order={3} id={`theme-${theme.code}`}>
              {theme.code} {localized(theme.title, i18n.language)}
            </Title>
            {questions.map(({ question }) => {
              const answer = answers.get(question.code);
              return (
                <Card key={question.code} withBorder component="article" aria-label={question.code}>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <Text fw={700}>{question.code}</Text>
                    <Text>{localized(question.text, i18n.language)}</Text>
                  </Group>
                  <Text mt="xs">
                    <Text span fw={600}>
                      {t('review.answers.answer')}
                    </Text>{' '}
                    {answerText(question, answer)}
                  </Text>
                  {answer?.comment && (
                    <Text size="sm" mt={4}>
                      <Text span fw={600}>
                        {t('review.answers.providerComment')}
                      </Text>{' '}
                      {answer.comment}
                    </Text>
                  )}
                  {question.evidenceExpected && !answer?.evidence.length && (
                    <Badge variant="outline" color="red.9" mt="xs">
                      {t('review.answers.evidenceMissing')}
                    </Badge>
                  )}
                  {answer && answer.evidence.length > 0 && (
                    <Group gap="xs" mt="xs">
                      <Text size="sm" fw={600}>
                        {t('review.answers.evidence')}
                      </Text>
                      {answer.evidence.map((file) => (
                        <DownloadButton key={file.id} url={`/evidence/${file.id}`} fileName={file.originalName}>
                          {t('review.answers.download', { name: file.originalName })}
                        </DownloadButton>
                      ))}
                    </Group>
                  )}
                  {comments && (
                    <Textarea
                      mt="sm"
                      label={t('review.answers.reviewerComment', { code: question.code })}
                      autosize
                      minRows={1}
                      value={comments[question.code] ?? ''}
                      onChange={(event) => onComment(question.code, event.currentTarget.value)}
                    />
                  )}
                </Card>
              );
            })}
          </Stack>
        );
      })}
    </Stack>
  );
}
