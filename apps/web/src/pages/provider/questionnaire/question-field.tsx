import { Badge, Checkbox, Group, NumberInput, Paper, Radio, Stack, Text, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionType } from '../../../gql/graphql';
import { SCALE_STEPS } from '../../../components/scorecard/describe-answer';
import { localized, type LocalizedText } from '../../../i18n/localized-text';
import { encodeValue, parseValue, type AnswerDraft } from './answer-draft';

export interface QuestionOfForm {
  code: string;
  type: QuestionType;
  required: boolean;
  weight: number;
  evidenceExpected: boolean;
  notApplicableAllowed: boolean;
  min?: number | null;
  max?: number | null;
  maxLength?: number | null;
  text: LocalizedText;
  help?: LocalizedText | null;
  options: { value: string; label: LocalizedText }[];
  references: string[];
}

/** The id a question's block carries, so a link can jump to it. */
export const questionAnchor = (code: string) => `question-${code}`;

interface Props {
  question: QuestionOfForm;
  applicable: boolean;
  answer: AnswerDraft;
  readOnly: boolean;
  /** The api's message when it refused this answer. */
  problem: string | undefined;
  onChange: (draft: AnswerDraft) => void;
  /** The conflict panel and the evidence list, under the answer. */
  children?: ReactNode;
}

/** One question: its text in the reader's language, a control for its type, NOT_APPLICABLE where allowed, a comment. */
export function QuestionField({ question, applicable, answer, readOnly, problem, onChange, children }: Props) {
  const { t, i18n } = useTranslation();
  const title = `${question.code} · ${localized(question.text, i18n.language)}`;
  const help = question.help ? localized(question.help, i18n.language) : null;
  const disabled = readOnly || answer.notApplicable;
  const setValue = (value: Parameters<typeof encodeValue>[0]) => onChange({ ...answer, value: encodeValue(value) });

  return (
    <Paper withBorder p="md" id={questionAnchor(question.code)} tabIndex={-1} component="section" aria-label={question.code}>
      <Stack gap="xs">
        <Group gap="xs">
          {question.required && (
            <Badge variant="outline" color="dark">
              {t('questionnaire.required')}
            </Badge>
          )}
          {question.evidenceExpected && (
            <Badge variant="outline" color="dark">
              {t('questionnaire.evidenceExpected')}
            </Badge>
          )}
          <Text size="xs">{t('questionnaire.weight', { weight: question.weight })}</Text>
          {question.references.length > 0 && <Text size="xs">{question.references.join(' · ')}</Text>}
        </Group>
        {applicable ? (
          <>
            <AnswerControl question={question} title={title} help={help} answer={answer} disabled={disabled} problem={problem} setValue={setValue} />
            {question.notApplicableAllowed && (
              <Checkbox
                label={t('answer.notApplicable')}
                checked={answer.notApplicable}
                disabled={readOnly}
                onChange={(event) => onChange({ ...answer, notApplicable: event.currentTarget.checked, value: null })}
              />
            )}
            <Textarea
              label={t('questionnaire.comment', { code: question.code })}
              autosize
              minRows={1}
              maxLength={5000}
              value={answer.comment}
              readOnly={readOnly}
              onChange={(event) => onChange({ ...answer, comment: event.currentTarget.value })}
            />
            {children}
          </>
        ) : (
          <>
            <Text fw={600}>{title}</Text>
            <Text size="sm">{t('questionnaire.doesNotApply')}</Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}

interface ControlProps {
  question: QuestionOfForm;
  title: string;
  help: string | null;
  answer: AnswerDraft;
  disabled: boolean;
  problem: string | undefined;
  setValue: (value: Parameters<typeof encodeValue>[0]) => void;
}

function AnswerControl({ question, title, help, answer, disabled, problem, setValue }: ControlProps) {
  const { t, i18n } = useTranslation();
  const value = parseValue(answer.value);
  const common = { label: title, description: help, error: problem, readOnly: disabled };
  switch (question.type) {
    case 'BOOLEAN':
      return (
        <Radio.Group {...common} value={value === true ? 'yes' : value === false ? 'no' : ''} onChange={(next) => setValue(next === 'yes')}>
          <Group mt="xs">
            <Radio value="yes" label={t('answer.yes')} />
            <Radio value="no" label={t('answer.no')} />
          </Group>
        </Radio.Group>
      );
    case 'SINGLE_CHOICE':
      return (
        <Radio.Group {...common} value={typeof value === 'string' ? value : ''} onChange={(next) => setValue(next)}>
          <Stack mt="xs" gap={6}>
            {question.options.map((option) => (
              <Radio key={option.value} value={option.value} label={localized(option.label, i18n.language)} />
            ))}
          </Stack>
        </Radio.Group>
      );
    case 'MULTI_CHOICE':
      return (
        <Checkbox.Group {...common} value={Array.isArray(value) ? (value as string[]) : []} onChange={(next) => setValue(next)}>
          <Stack mt="xs" gap={6}>
            {question.options.map((option) => (
              <Checkbox key={option.value} value={option.value} label={localized(option.label, i18n.language)} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case 'SCALE_0_4':
      return (
        <Radio.Group {...common} value={typeof value === 'number' ? String(value) : ''} onChange={(next) => setValue(Number(next))}>
          <Group mt="xs">
            {SCALE_STEPS.map((step) => (
              <Radio key={step} value={step} label={t(`answer.scale.${step}`)} />
            ))}
          </Group>
        </Radio.Group>
      );
    case 'NUMBER':
      return (
        <NumberInput
          {...common}
          min={question.min ?? undefined}
          max={question.max ?? undefined}
          value={typeof value === 'number' ? value : ''}
          onChange={(next) => setValue(typeof next === 'number' ? next : null)}
          w={240}
        />
      );
    case 'TEXT':
      return (
        <Textarea
          {...common}
          autosize
          minRows={2}
          maxLength={question.maxLength ?? undefined}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => setValue(event.currentTarget.value)}
        />
      );
  }
}
