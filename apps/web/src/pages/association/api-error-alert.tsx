import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/graphql-client';

const KNOWN_CODES = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);

/**
 * A refusal of the api as an alert: the translated kind of refusal as its title, and the server's own words (it
 * says what to do: who may confirm, which condition is unmet), with its field messages when the form has no
 * place for them.
 */
export function ApiErrorAlert({ error, fieldsShown = [] }: { error: ApiError | null; fieldsShown?: string[] }) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = error.code && KNOWN_CODES.has(error.code) ? error.code : 'OTHER';
  const otherFields = error.fields.filter((entry) => !fieldsShown.some((field) => entry.field === field || entry.field.endsWith(`.${field}`)));
  return (
    <Alert color="red" role="alert" title={t(`apiError.${code}`)}>
      {error.message}
      {otherFields.length > 0 && (
        <List size="sm" mt="xs">
          {otherFields.map((entry) => (
            <List.Item key={entry.field}>
              {entry.field}: {entry.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
