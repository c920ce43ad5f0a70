import { Anchor, Badge, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../api/session';
import { useQuery } from '../../api/use-query';
import { graphql } from '../../gql';
import { useEnumLabel } from '../../i18n/enum-label';
import { usePageTitle } from '../../layout/page-title';
import { QueryStatus } from '../query-status';
import { localized } from './localized';
import { TemplateStatusActions } from './template-status-actions';

const QuestionnaireTemplateDocument = graphql(`
  query QuestionnaireTemplate($id: ID!) {
    questionnaireTemplate(id: $id) {
      id
      key
      version
      status
      title {
        en
        fr
        es
      }
      description {
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
        questions {
          code
          type
          weight
          required
          evidenceExpected
          notApplicableAllowed
          references
          text {
            en
            fr
            es
          }
          options {
            value
            points
            label {
              en
              fr
              es
            }
          }
          redFlags {
            id
            label {
              en
              fr
              es
            }
          }
        }
      }
    }
  }
`);

/** One questionnaire version, its themes and questions in the reader's language, with what scoring makes of each. */
export function TemplatePage() {
  const { templateId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const { session } = useSession();
  const isAdmin = session.status === 'signed-in' && session.user.role === 'ADMIN';
  const state = useQuery(QuestionnaireTemplateDocument, { id: templateId });
  const template = state.status === 'done' ? state.data.questionnaireTemplate : null;
  const language = i18n.language;
  usePageTitle(template ? localized(template.title, language) : t('templates.title'));
  if (!template) return <QueryStatus state={state} />;

  return (
    <Stack>
      <Anchor component={Link} to="/templates" size="sm">
        {t('templates.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{localized(template.title, language)}</Title>
          <Text>{t('templates.keyVersion', { key: template.key, version: template.version })}</Text>
        </div>
        <Group>
          <Badge variant="outline" color="dark" size="lg">
            {label('TemplateStatus', template.status)}
          </Badge>
          {isAdmin && <TemplateStatusActions template={template} onChanged={state.reload} />}
        </Group>
      </Group>
      {template.description && <Text>{localized(template.description, language)}</Text>}
      {template.themes.map((theme) => (
        <Table key={theme.code} withTableBorder captionSide="top" verticalSpacing="xs">
          <Table.Caption>
            <Title order={2} size="h3" ta="left">
              {theme.code} {localized(theme.title, language)}
            </Title>
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('templates.code')}</Table.Th>
              <Table.Th scope="col">{t('templates.question')}</Table.Th>
              <Table.Th scope="col">{t('templates.type')}</Table.Th>
              <Table.Th scope="col">{t('templates.weight')}</Table.Th>
              <Table.Th scope="col">{t('templates.rules')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {theme.questions.map((question) => (
              <Table.Tr key={question.code}>
                <Table.Th scope="row">{question.code}</Table.Th>
                <Table.Td>
                  <Text>{localized(question.text, language)}</Text>
                  {question.options.length > 0 && (
                    <List size="sm">
                      {question.options.map((option) => (
                        <List.Item key={option.value}>{t('templates.option', { label: localized(option.label, language), points: option.points })}</List.Item>
                      ))}
                    </List>
                  )}
                  {question.references.length > 0 && <Text size="sm">{t('templates.references', { references: question.references.join(' · ') })}</Text>}
                </Table.Td>
                <Table.Td>{label('QuestionType', question.type)}</Table.Td>
                <Table.Td>{question.weight}</Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    {question.required && <Text size="sm">{t('templates.required')}</Text>}
                    {question.evidenceExpected && <Text size="sm">{t('templates.evidenceExpected')}</Text>}
                    {question.notApplicableAllowed && <Text size="sm">{t('templates.notApplicableAllowed')}</Text>}
                    {question.redFlags.map((flag) => (
                      <Text size="sm" key={flag.id} c="red.9">
                        {t('templates.redFlag', { label: localized(flag.label, language) })}
                      </Text>
                    ))}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ))}
    </Stack>
  );
}
