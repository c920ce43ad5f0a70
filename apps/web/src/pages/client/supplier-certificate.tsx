import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { downloadFile } from '../../api/rest-files';
import { formatDate } from '../../format';
import { graphql } from '../../gql';
import type { ClientCertificateFieldsFragment } from '../../gql/graphql';
import { useEnumLabel } from '../../i18n/enum-label';
import { CERTIFICATE_STATUS_COLOUR } from '../../status-colours';

export const ClientCertificateFieldsDocument = graphql(`
  fragment ClientCertificateFields on Certificate {
    serial
    level
    status
    conditions
    validUntil
    products {
      id
      name
    }
    downloads {
      language
      url
    }
  }
`);

/** What the certificate covers and until when, a link to its public verification, and its PDF in each language (clients may download it). */
export function SupplierCertificate({ certificate }: { certificate: ClientCertificateFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const [downloadFailed, setDownloadFailed] = useState(false);

  async function download(url: string, language: string) {
    setDownloadFailed(false);
    try {
      await downloadFile(url, `${certificate.serial}-${language.toLowerCase()}.pdf`, { exactName: true });
    } catch {
      setDownloadFailed(true);
    }
  }

  const rows: [string, ReactNode][] = [
    [t('clientCertificate.status'), <Badge color={CERTIFICATE_STATUS_COLOUR[certificate.status]}>{label('CertificateStatus', certificate.status)}</Badge>],
    [t('clientCertificate.level'), label('CertificateLevel', certificate.level)],
    ...(certificate.conditions ? [[t('clientCertificate.conditions'), certificate.conditions] as [string, string]] : []),
    [t('clientCertificate.products'), certificate.products.map((product) => product.name).join(', ')],
    [t('clientCertificate.validUntil'), formatDate(certificate.validUntil, i18n.language)],
    [
      t('clientCertificate.serial'),
      <Anchor component={Link} to={`/verification/${certificate.serial}`} aria-label={t('clientCertificate.verify', { serial: certificate.serial })}>
        {certificate.serial}
      </Anchor>,
    ],
  ];

  return (
    <Stack maw={760}>
      <Table withTableBorder>
        <Table.Tbody>
          {rows.map(([name, value]) => (
            <Table.Tr key={name}>
              <Table.Th scope="row" w={220}>
                {name}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {certificate.downloads.length > 0 ? (
        <Group gap="xs">
          <Text size="sm">{t('clientCertificate.download')}</Text>
          {certificate.downloads.map((file) => (
            <Button key={file.language} variant="outline" size="xs" onClick={() => void download(file.url, file.language)}>
              {t('clientCertificate.pdfIn', { language: t(`language.${file.language.toLowerCase()}`) })}
            </Button>
          ))}
        </Group>
      ) : (
        <Text size="sm">{t('clientCertificate.notRendered')}</Text>
      )}
      {downloadFailed && (
        <Alert color="red" role="alert">
          {t('clientCertificate.downloadFailed')}
        </Alert>
      )}
    </Stack>
  );
}
