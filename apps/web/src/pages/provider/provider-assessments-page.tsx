import { Alert, Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/graphql-client';
import { apiPath, downloadFile } from '../../api/rest-files';
import { useQuery } from '../../api/use-query';
import { formatDate } from '../../format';
import { graphql } from '../../gql';
import { useEnumLabel } from '../../i18n/enum-label';
import { usePageTitle } from '../../layout/page-title';
import { QueryStatus } from '../query-status';

const ProviderAssessmentsDocument = graphql(`
  query ProviderAssessments {
    assessments(first: 100) {
      nodes {
        id
        status
        dueDate
        requesterKind
        requestedByOrganisation {
          legalName
        }
        products {
          id
          name
        }
        progress {
          answered
          required
        }
        certificate {
          serial
          downloads {
            language
            url
          }
        }
      }
    }
  }
`);

/** A provider's home: the assessments asked of them, newest first, and how far each is answered. */
export function ProviderAssessmentsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('assessments.title'));
  const label = useEnumLabel();
  const state = useQuery(ProviderAssessmentsDocument, {});
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const download = (url: string, name: string) => {
    setDownloadError(null);
    downloadFile(apiPath(url), name).catch((error: unknown) => setDownloadError(error instanceof ApiError ? error.message : t('common.unexpectedError')));
  };
  return (
    <Stack>
      <Title order={1}>{t('assessments.title')}</Title>
      <Text>{t('assessments.intro')}</Text>
      <QueryStatus state={state} />
      {state.status === 'done' &&
        (state.data.assessments.nodes.length === 0 ? (
          <Text>{t('assessments.none')}</Text>
        ) : (
          <Table striped withTableBorder captionSide="top">
            <Table.Caption>{t('assessments.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('assessments.requestedBy')}</Table.Th>
                <Table.Th scope="col">{t('assessments.products')}</Table.Th>
                <Table.Th scope="col">{t('assessments.status')}</Table.Th>
                <Table.Th scope="col">{t('assessments.dueDate')}</Table.Th>
                <Table.Th scope="col">{t('assessments.progress')}</Table.Th>
                <Table.Th scope="col">{t('assessments.certificate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {state.data.assessments.nodes.map((assessment) => (
                <Table.Tr key={assessment.id}>
                  <Table.Td>
                    {assessment.requestedByOrganisation.legalName} <Text span size="sm">({label('RequesterKind', assessment.requesterKind)})</Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/assessments/${assessment.id}`}>
                      {assessment.products.map((product) => product.name).join(', ')}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {label('AssessmentStatus', assessment.status)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{formatDate(assessment.dueDate, i18n.language)}</Table.Td>
                  <Table.Td>{t('assessments.answered', { answered: assessment.progress.answered, required: assessment.progress.required })}</Table.Td>
                  <Table.Td>
                    {assessment.certificate && (
                      <Group gap={4}>
                        {assessment.certificate.downloads.map((pdf) => (
                          <Button
                            key={pdf.language}
                            size="compact-xs"
                            variant="outline"
                            onClick={() => download(pdf.url, `${assessment.certificate?.serial ?? 'certificate'}.pdf`)}
                            aria-label={t('assessments.certificatePdf', { serial: assessment.certificate?.serial, language: t(`language.${pdf.language.toLowerCase()}`) })}
                          >
                            PDF {pdf.language}
                          </Button>
                        ))}
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
      {downloadError && (
        <Alert color="red" role="alert">
          {downloadError}
        </Alert>
      )}
    </Stack>
  );
}
