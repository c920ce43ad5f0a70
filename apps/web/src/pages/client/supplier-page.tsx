import { Alert, Anchor, Badge, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from '../../api/use-query';
import { countryName, formatDay } from '../../format';
import { graphql } from '../../gql';
import { useEnumLabel } from '../../i18n/enum-label';
import { usePageTitle } from '../../layout/page-title';
import { QueryStatus } from '../query-status';
import { isMissing } from './is-missing';
import { ClientAssessmentsTable, type ClientAssessment } from './client-assessments-table';
import { RequestAssessmentForm } from './request-assessment-form';
import { SupplierCertificate } from './supplier-certificate';

const ClientSupplierDocument = graphql(`
  query ClientSupplier($id: ID!) {
    supplier(id: $id) {
      id
      legalName
      description
      website
      headquartersCountry
      operatingCountries
      services
      membershipStatus
      products {
        id
        name
        category
        capabilities
        deploymentContexts
        deployedCountries
        description
      }
      currentCertificate {
        ...ClientCertificateFields
      }
    }
    workingGroups {
      id
      name
      watchList {
        id
      }
    }
  }
`);

const ClientSupplierAssessmentsDocument = graphql(`
  query ClientSupplierAssessments($supplierId: ID!) {
    assessments(first: 100, filter: { supplierId: $supplierId }) {
      nodes {
        ...ClientAssessmentFields
      }
    }
  }
`);

/**
 * A supplier as a client vets it: its public profile and products, its current certificate, the assessments of
 * it this client may read, and the form to request a new one.
 */
export function SupplierPage() {
  const { organisationId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const state = useQuery(ClientSupplierDocument, { id: organisationId });
  const assessments = useQuery(ClientSupplierAssessmentsDocument, { supplierId: organisationId });
  const [lastRequest, setLastRequest] = useState<ClientAssessment | null>(null);
  const supplier = state.status === 'done' ? state.data.supplier : null;
  // The page stays mounted when the address moves to another supplier.
  const requested = lastRequest?.supplier.id === organisationId ? lastRequest : null;
  usePageTitle(supplier?.legalName ?? t('supplierPage.title'));

  if (!supplier) {
    return (
      <Stack>
        <Title order={1}>{t('supplierPage.title')}</Title>
        {state.status === 'error' && isMissing(state.error) ? <Text>{t('supplierPage.notFound')}</Text> : <QueryStatus state={state} />}
      </Stack>
    );
  }
  const countries = (codes: string[]) => codes.map((code) => countryName(code, i18n.language)).join(', ') || t('supplierPage.noneListed');
  const workingGroups = state.status === 'done' ? state.data.workingGroups : [];
  const watchingGroups = workingGroups.filter((group) => group.watchList.some((watched) => watched.id === supplier.id));

  return (
    <Stack>
      <Anchor component={Link} to="/directory" size="sm">
        {t('supplierPage.backToDirectory')}
      </Anchor>
      <Title order={1}>{supplier.legalName}</Title>
      <Group gap="xs">
        <Badge variant="outline" color="dark">
          {label('MembershipStatus', supplier.membershipStatus)}
        </Badge>
        {watchingGroups.map((group) => (
          <Badge key={group.id} variant="light" color="indigo">
            {t('supplierPage.watchedBy', { group: group.name })}
          </Badge>
        ))}
      </Group>
      <Text>{supplier.description}</Text>

      <section aria-labelledby="supplier-profile-heading">
        <Title order={2} id="supplier-profile-heading" mb="xs">
          {t('supplierPage.profile')}
        </Title>
        <Table withTableBorder maw={760}>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row" w={220}>
                {t('supplierPage.services')}
              </Table.Th>
              <Table.Td>{supplier.services.join(', ') || t('supplierPage.noneListed')}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('supplierPage.headquarters')}</Table.Th>
              <Table.Td>{countryName(supplier.headquartersCountry, i18n.language)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('supplierPage.operatingCountries')}</Table.Th>
              <Table.Td>{countries(supplier.operatingCountries)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('supplierPage.membership')}</Table.Th>
              <Table.Td>{label('MembershipStatus', supplier.membershipStatus)}</Table.Td>
            </Table.Tr>
            {supplier.website && (
              <Table.Tr>
                <Table.Th scope="row">{t('supplierPage.website')}</Table.Th>
                <Table.Td>
                  <Anchor href={supplier.website} target="_blank" rel="noopener noreferrer">
                    {supplier.website}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </section>

      <section aria-labelledby="supplier-certificate-heading">
        <Title order={2} id="supplier-certificate-heading" mb="xs">
          {t('supplierPage.certificate')}
        </Title>
        {supplier.currentCertificate ? <SupplierCertificate certificate={supplier.currentCertificate} /> : <Text>{t('supplierPage.noCertificate')}</Text>}
      </section>

      <section aria-labelledby="supplier-products-heading">
        <Title order={2} id="supplier-products-heading" mb="xs">
          {t('supplierPage.products')}
        </Title>
        {supplier.products.length === 0 ? (
          <Text>{t('supplierPage.noProducts')}</Text>
        ) : (
          <Table striped withTableBorder captionSide="top">
            <Table.Caption>{t('supplierPage.productsCaption', { shown: supplier.products.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('supplierPage.product')}</Table.Th>
                <Table.Th scope="col">{t('supplierPage.category')}</Table.Th>
                <Table.Th scope="col">{t('supplierPage.capabilities')}</Table.Th>
                <Table.Th scope="col">{t('supplierPage.contexts')}</Table.Th>
                <Table.Th scope="col">{t('supplierPage.deployedIn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {supplier.products.map((product) => (
                <Table.Tr key={product.id}>
                  <Table.Th scope="row">
                    <Text fw={600} size="sm">
                      {product.name}
                    </Text>
                    <Text size="sm" fw={400}>
                      {product.description}
                    </Text>
                  </Table.Th>
                  <Table.Td>{label('ProductCategory', product.category)}</Table.Td>
                  <Table.Td>
                    {product.capabilities.length === 0 ? (
                      t('supplierPage.noneListed')
                    ) : (
                      <List size="sm">
                        {product.capabilities.map((capability) => (
                          <List.Item key={capability}>{label('Capability', capability)}</List.Item>
                        ))}
                      </List>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {product.deploymentContexts.length === 0 ? (
                      t('supplierPage.noneListed')
                    ) : (
                      <List size="sm">
                        {product.deploymentContexts.map((context) => (
                          <List.Item key={context}>{label('DeploymentContext', context)}</List.Item>
                        ))}
                      </List>
                    )}
                  </Table.Td>
                  <Table.Td>{countries(product.deployedCountries)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>

      <section aria-labelledby="supplier-assessments-heading">
        <Title order={2} id="supplier-assessments-heading" mb="xs">
          {t('supplierPage.assessments')}
        </Title>
        <QueryStatus state={assessments} />
        {assessments.status === 'done' &&
          (assessments.data.assessments.nodes.length === 0 ? (
            <Text>{t('supplierPage.noAssessments')}</Text>
          ) : (
            <ClientAssessmentsTable assessments={assessments.data.assessments.nodes} caption={t('supplierPage.assessmentsCaption')} showSupplier={false} />
          ))}
      </section>

      <section aria-labelledby="request-assessment-heading">
        <Title order={2} id="request-assessment-heading" mb="xs">
          {t('requestAssessment.title')}
        </Title>
        <div aria-live="polite">
          {requested && (
            <Alert variant="filled" title={t('requestAssessment.done')} mb="md">
              {t('requestAssessment.doneBody', {
                products: requested.products.map((product) => product.name).join(', '),
                date: formatDay(requested.dueDate, i18n.language),
              })}{' '}
              <Anchor component={Link} to="/client-assessments">
                {t('requestAssessment.seeAll')}
              </Anchor>
            </Alert>
          )}
        </div>
        {supplier.products.length === 0 ? (
          <Text>{t('requestAssessment.noProducts')}</Text>
        ) : (
          <RequestAssessmentForm
            key={`${supplier.id}-${requested?.id ?? 'new'}`}
            supplierId={supplier.id}
            products={supplier.products}
            workingGroups={workingGroups}
            onRequested={(assessment) => {
              setLastRequest(assessment);
              assessments.reload();
            }}
          />
        )}
      </section>
    </Stack>
  );
}
