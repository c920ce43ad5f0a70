import { Anchor, Badge, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../api/session';
import { useQuery } from '../../api/use-query';
import { formatDate } from '../../format';
import { graphql } from '../../gql';
import { useEnumLabel } from '../../i18n/enum-label';
import { usePageTitle } from '../../layout/page-title';
import { CERTIFICATE_STATUS_COLOUR } from '../../status-colours';
import { QueryStatus } from '../query-status';
import { CertificateStatusModal, type CertificateStatusChange } from './certificate-status-modal';
import { DownloadButton } from './download-button';

/**
 * A certificate is issued from an approved assessment, at most one each: the approved assessments are the list of
 * certificates, and of those still to issue.
 */
const ApprovedAssessmentsDocument = graphql(`
  query ApprovedAssessments($after: String) {
    assessments(first: 100, after: $after, filter: { status: APPROVED }) {
      nodes {
        id
        supplier {
          legalName
        }
        certificate {
          id
          serial
          status
          level
          issuedAt
          validUntil
          statusReason
          rendered
          downloads {
            language
            url
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** The download's path on this origin (the api names its public base URL, which a proxy may present otherwise). */
function localPath(url: string): string {
  const parsed = new URL(url, window.location.origin);
  return parsed.pathname + parsed.search;
}

export function CertificatesPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('certificates.title'));
  const label = useEnumLabel();
  const { session } = useSession();
  const isAdmin = session.status === 'signed-in' && session.user.role === 'ADMIN';
  const [after, setAfter] = useState<string | null>(null);
  const state = useQuery(ApprovedAssessmentsDocument, { after });
  const [change, setChange] = useState<{ kind: CertificateStatusChange; certificate: { id: string; serial: string } } | null>(null);
  const nodes = state.status === 'done' ? state.data.assessments.nodes : [];
  const certified = nodes.flatMap((assessment) => (assessment.certificate ? [{ ...assessment.certificate, supplier: assessment.supplier.legalName, assessmentId: assessment.id }] : []));
  const toIssue = nodes.filter((assessment) => !assessment.certificate);
  const pageInfo = state.status === 'done' ? state.data.assessments.pageInfo : null;

  return (
    <Stack>
      <Title order={1}>{t('certificates.title')}</Title>
      <Text>{t('certificates.intro')}</Text>
      <QueryStatus state={state} />
      {state.status === 'done' && (
        <>
          {certified.length === 0 ? (
            <Text>{t('certificates.none')}</Text>
          ) : (
            <Table striped withTableBorder captionSide="top">
              <Table.Caption>{t('certificates.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('certificates.serial')}</Table.Th>
                  <Table.Th scope="col">{t('certificates.supplier')}</Table.Th>
                  <Table.Th scope="col">{t('certificates.level')}</Table.Th>
                  <Table.Th scope="col">{t('certificates.status')}</Table.Th>
                  <Table.Th scope="col">{t('certificates.validity')}</Table.Th>
                  <Table.Th scope="col">{t('certificates.pdf')}</Table.Th>
                  {isAdmin && <Table.Th scope="col">{t('certificates.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {certified.map((certificate) => (
                  <Table.Tr key={certificate.id}>
                    <Table.Th scope="row">
                      <Anchor component={Link} to={`/verification/${certificate.serial}`}>
                        {certificate.serial}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>
                      <Anchor component={Link} to={`/reviews/${certificate.assessmentId}`}>
                        {certificate.supplier}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{label('CertificateLevel', certificate.level)}</Table.Td>
                    <Table.Td>
                      <Badge color={CERTIFICATE_STATUS_COLOUR[certificate.status]}>{label('CertificateStatus', certificate.status)}</Badge>
                      {certificate.statusReason && <Text size="sm">{certificate.statusReason}</Text>}
                    </Table.Td>
                    <Table.Td>{t('certificates.validFromTo', { from: formatDate(certificate.issuedAt, i18n.language), to: formatDate(certificate.validUntil, i18n.language) })}</Table.Td>
                    <Table.Td>
                      {certificate.rendered ? (
                        <Group gap={4}>
                          {certificate.downloads.map((download) => (
                            <DownloadButton key={download.language} url={localPath(download.url)} fileName={`${certificate.serial}-${download.language.toLowerCase()}.pdf`}>
                              <span aria-hidden="true">{download.language}</span>
                              <VisuallyHidden>{t('certificates.downloadPdf', { serial: certificate.serial, language: download.language })}</VisuallyHidden>
                            </DownloadButton>
                          ))}
                        </Group>
                      ) : (
                        <Text size="sm">{t('certificates.rendering')}</Text>
                      )}
                    </Table.Td>
                    {isAdmin && (
                      <Table.Td>
                        <Group gap={4}>
                          {certificate.status === 'VALID' && (
                            <Button size="compact-sm" variant="outline" onClick={() => setChange({ kind: 'suspend', certificate })}>
                              {t('certificates.change.suspend.button')}
                            </Button>
                          )}
                          {certificate.status === 'SUSPENDED' && (
                            <Button size="compact-sm" variant="outline" onClick={() => setChange({ kind: 'reinstate', certificate })}>
                              {t('certificates.change.reinstate.button')}
                            </Button>
                          )}
                          {(certificate.status === 'VALID' || certificate.status === 'SUSPENDED') && (
                            <Button size="compact-sm" variant="outline" color="red.9" onClick={() => setChange({ kind: 'revoke', certificate })}>
                              {t('certificates.change.revoke.button')}
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {toIssue.length > 0 && (
            <Stack gap="xs">
              <Title order={2}>{t('certificates.toIssue')}</Title>
              <Stack component="ul" gap={4} pl="md">
                {toIssue.map((assessment) => (
                  <li key={assessment.id}>
                    <Anchor component={Link} to={`/reviews/${assessment.id}`}>
                      {assessment.supplier.legalName}
                    </Anchor>
                  </li>
                ))}
              </Stack>
            </Stack>
          )}
          {(after || pageInfo?.hasNextPage) && (
            <Group>
              {after && (
                <Button variant="outline" onClick={() => setAfter(null)}>
                  {t('certificates.firstPage')}
                </Button>
              )}
              {pageInfo?.hasNextPage && pageInfo.endCursor && (
                <Button variant="outline" onClick={() => setAfter(pageInfo.endCursor ?? null)}>
                  {t('certificates.nextPage')}
                </Button>
              )}
            </Group>
          )}
        </>
      )}
      <CertificateStatusModal change={change?.kind ?? null} certificate={change?.certificate ?? null} onClose={() => setChange(null)} onChanged={state.reload} />
    </Stack>
  );
}
