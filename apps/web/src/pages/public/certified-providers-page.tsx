import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from '../../api/use-query';
import { countryName, formatDate } from '../../format';
import { graphql } from '../../gql';
import { useEnumLabel } from '../../i18n/enum-label';
import { usePageTitle } from '../../layout/page-title';
import { QueryStatus } from '../query-status';

const CertifiedProvidersDocument = graphql(`
  query CertifiedProviders {
    certifiedProviders(first: 50) {
      nodes {
        supplier {
          id
          legalName
          headquartersCountry
        }
        certificate {
          serial
          level
          validUntil
          products {
            id
            name
            category
          }
        }
      }
    }
  }
`);

/** Public: providers holding a valid certificate, and what it covers; each serial opens its verification. */
export function CertifiedProvidersPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('certified.title'));
  const label = useEnumLabel();
  const state = useQuery(CertifiedProvidersDocument, {});
  return (
    <Stack>
      <Title order={1}>{t('certified.title')}</Title>
      <Text>{t('certified.intro')}</Text>
      <QueryStatus state={state} />
      {state.status === 'done' &&
        (state.data.certifiedProviders.nodes.length === 0 ? (
          <Text>{t('certified.none')}</Text>
        ) : (
          <Table striped withTableBorder captionSide="top">
            <Table.Caption>{t('certified.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('certified.provider')}</Table.Th>
                <Table.Th scope="col">{t('certified.headquarters')}</Table.Th>
                <Table.Th scope="col">{t('certified.level')}</Table.Th>
                <Table.Th scope="col">{t('certified.products')}</Table.Th>
                <Table.Th scope="col">{t('certified.validUntil')}</Table.Th>
                <Table.Th scope="col">{t('certified.serial')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {state.data.certifiedProviders.nodes.map(({ supplier, certificate }) => (
                <Table.Tr key={certificate.serial}>
                  <Table.Th scope="row">{supplier.legalName}</Table.Th>
                  <Table.Td>{countryName(supplier.headquartersCountry, i18n.language)}</Table.Td>
                  <Table.Td>{label('CertificateLevel', certificate.level)}</Table.Td>
                  <Table.Td>{certificate.products.map((product) => `${product.name} (${label('ProductCategory', product.category)})`).join(', ')}</Table.Td>
                  <Table.Td>{formatDate(certificate.validUntil, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/verification/${certificate.serial}`}>
                      {certificate.serial}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
    </Stack>
  );
}
