import { Anchor, Badge, Button, Card, FileInput, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { client } from '../../api/graphql-client';
import { useSession } from '../../api/session';
import { useQuery } from '../../api/use-query';
import { formatDate } from '../../format';
import { graphql } from '../../gql';
import type { QuestionnaireFormat } from '../../gql/graphql';
import { useEnumLabel } from '../../i18n/enum-label';
import { usePageTitle } from '../../layout/page-title';
import { QueryStatus } from '../query-status';
import { ApiErrorAlert } from './api-error-alert';
import { localized } from './localized';
import { TemplateStatusActions } from './template-status-actions';
import { useAction } from './use-action';

const QuestionnaireTemplatesDocument = graphql(`
  query QuestionnaireTemplates {
    questionnaireTemplates {
      id
      key
      version
      status
      questionCount
      createdAt
      publishedAt
      retiredAt
      title {
        en
        fr
        es
      }
    }
  }
`);

const ImportQuestionnaireDocument = graphql(`
  mutation ImportQuestionnaire($input: ImportQuestionnaireInput!) {
    importQuestionnaire(input: $input) {
      id
    }
  }
`);

/** docs/questionnaire-format.md: the same document in YAML or JSON, told apart by the file's extension. */
function formatOf(file: File): QuestionnaireFormat | null {
  if (/\.ya?ml$/i.test(file.name)) return 'YAML';
  if (/\.json$/i.test(file.name)) return 'JSON';
  return null;
}

/** Every version of every questionnaire, with the admins' import, publish and retire. */
export function TemplatesPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('templates.title'));
  const label = useEnumLabel();
  const { session } = useSession();
  const isAdmin = session.status === 'signed-in' && session.user.role === 'ADMIN';
  const state = useQuery(QuestionnaireTemplatesDocument, {});
  const templates = state.status === 'done' ? [...state.data.questionnaireTemplates].sort((a, b) => a.key.localeCompare(b.key) || b.version - a.version) : [];

  return (
    <Stack>
      <Title order={1}>{t('templates.title')}</Title>
      <Text>{t('templates.intro')}</Text>
      {isAdmin && <ImportForm />}
      <QueryStatus state={state} />
      {state.status === 'done' && (
        <Table striped withTableBorder captionSide="top">
          <Table.Caption>{t('templates.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('templates.questionnaire')}</Table.Th>
              <Table.Th scope="col">{t('templates.version')}</Table.Th>
              <Table.Th scope="col">{t('templates.status')}</Table.Th>
              <Table.Th scope="col">{t('templates.questions')}</Table.Th>
              <Table.Th scope="col">{t('templates.dates')}</Table.Th>
              {isAdmin && <Table.Th scope="col">{t('templates.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {templates.map((template) => (
              <Table.Tr key={template.id}>
                <Table.Th scope="row" fw={400}>
                  <Anchor component={Link} to={`/templates/${template.id}`}>
                    {localized(template.title, i18n.language)}
                  </Anchor>
                  <Text size="sm">{template.key}</Text>
                </Table.Th>
                <Table.Td>{template.version}</Table.Td>
                <Table.Td>
                  <Badge variant="outline" color="dark">
                    {label('TemplateStatus', template.status)}
                  </Badge>
                </Table.Td>
                <Table.Td>{template.questionCount}</Table.Td>
                <Table.Td>
                  <Text size="sm">{t('templates.created', { date: formatDate(template.createdAt, i18n.language) })}</Text>
                  {template.publishedAt && <Text size="sm">{t('templates.published', { date: formatDate(template.publishedAt, i18n.language) })}</Text>}
                  {template.retiredAt && <Text size="sm">{t('templates.retired', { date: formatDate(template.retiredAt, i18n.language) })}</Text>}
                </Table.Td>
                {isAdmin && (
                  <Table.Td>
                    <TemplateStatusActions template={template} onChanged={state.reload} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function ImportForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const action = useAction();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return setProblem(t('templates.import.chooseFile'));
    const format = formatOf(file);
    if (!format) return setProblem(t('templates.import.wrongType'));
    setProblem(null);
    const content = await file.text();
    const imported = await action.run(() => client.request(ImportQuestionnaireDocument, { input: { content, format } }));
    if (imported) navigate(`/templates/${imported.importQuestionnaire.id}`);
  }

  return (
    <Card withBorder component="form" onSubmit={(event: FormEvent) => void submit(event)} aria-labelledby="import-title">
      <Stack gap="xs">
        <Title order={2} id="import-title">
          {t('templates.import.title')}
        </Title>
        <Text size="sm">{t('templates.import.intro')}</Text>
        <Group align="flex-end">
          <FileInput label={t('templates.import.file')} accept=".yaml,.yml,.json" value={file} onChange={setFile} error={problem} clearable miw={280} />
          <Button type="submit" loading={action.busy}>
            {t('templates.import.submit')}
          </Button>
        </Group>
        <ApiErrorAlert error={action.error} />
      </Stack>
    </Card>
  );
}
