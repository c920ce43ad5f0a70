import { Alert, Button, Checkbox, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client } from '../../api/graphql-client';
import { graphql } from '../../gql';
import { useEnumLabel } from '../../i18n/enum-label';
import type { ClientAssessment } from './client-assessments-table';

const RequestAssessmentDocument = graphql(`
  mutation ClientRequestAssessment($input: RequestAssessmentInput!) {
    requestAssessment(input: $input) {
      ...ClientAssessmentFields
    }
  }
`);

/** The input fields the api names in its BAD_USER_INPUT errors, and the form field that shows each. */
const FIELDS = { 'input.productIds': 'productIds', 'input.dueDate': 'dueDate', 'input.workingGroupId': 'workingGroupId' } as const;
type Field = (typeof FIELDS)[keyof typeof FIELDS];

/** The error codes this form explains in the reader's language; any other is unexpected. */
const KNOWN_CODES = ['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'];

/** `YYYY-MM-DD` of a day `days` from today, in the reader's time zone (what a date input shows). */
function dayFromToday(days: number): string {
  const day = new Date();
  day.setDate(day.getDate() + days);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

interface Props {
  supplierId: string;
  products: { id: string; name: string; category: string }[];
  workingGroups: { id: string; name: string }[];
  onRequested: (assessment: ClientAssessment) => void;
}

/**
 * A client asks the supplier for an assessment of some of its products, by a due date, for itself or on behalf
 * of one of its working groups (whose members then see it). The api checks everything; its field errors show
 * beside the fields.
 */
export function RequestAssessmentForm({ supplierId, products, workingGroups, onRequested }: Props) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [productIds, setProductIds] = useState<string[]>([]);
  const [dueDate, setDueDate] = useState(() => dayFromToday(90));
  const [workingGroupId, setWorkingGroupId] = useState('');
  const [sending, setSending] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSending(true);
    setFieldErrors({});
    setFailure(null);
    try {
      const { requestAssessment } = await client.request(RequestAssessmentDocument, {
        input: { supplierId, productIds, dueDate, workingGroupId: workingGroupId || null },
      });
      onRequested(requestAssessment);
    } catch (error) {
      const problem = error instanceof ApiError ? error : new ApiError(String(error), undefined);
      const shown: Partial<Record<Field, string>> = {};
      for (const { field } of problem.fields) {
        const name = FIELDS[field as keyof typeof FIELDS];
        if (name) shown[name] = t(`requestAssessment.fieldError.${name}`);
      }
      setFieldErrors(shown);
      if (Object.keys(shown).length === 0) setFailure(problem.code && KNOWN_CODES.includes(problem.code) ? t(`requestAssessment.problem.${problem.code}`) : t('common.unexpectedError'));
    } finally {
      setSending(false);
    }
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} aria-labelledby="request-assessment-heading" noValidate>
      <Stack maw={640}>
        {failure && (
          <Alert color="red" role="alert" title={t('requestAssessment.failed')}>
            {failure}
          </Alert>
        )}
        <Checkbox.Group label={t('requestAssessment.products')} description={t('requestAssessment.productsHint')} value={productIds} onChange={setProductIds} error={fieldErrors.productIds} withAsterisk>
          <Stack gap="xs" mt="xs">
            {products.map((product) => (
              <Checkbox key={product.id} value={product.id} label={`${product.name} (${label('ProductCategory', product.category)})`} />
            ))}
          </Stack>
        </Checkbox.Group>
        <TextInput
          type="date"
          label={t('requestAssessment.dueDate')}
          description={t('requestAssessment.dueDateHint')}
          required
          w={240}
          min={dayFromToday(0)}
          value={dueDate}
          onChange={(event) => setDueDate(event.currentTarget.value)}
          error={fieldErrors.dueDate}
        />
        <NativeSelect
          label={t('requestAssessment.onBehalfOf')}
          description={t('requestAssessment.onBehalfOfHint')}
          value={workingGroupId}
          onChange={(event) => setWorkingGroupId(event.currentTarget.value)}
          data={[{ value: '', label: t('requestAssessment.ourOrganisation') }, ...workingGroups.map((group) => ({ value: group.id, label: group.name }))]}
          error={fieldErrors.workingGroupId}
        />
        <Group>
          <Button type="submit" loading={sending}>
            {t('requestAssessment.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
