import { Anchor, Badge, Button, Checkbox, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '../../api/use-query';
import { countryName } from '../../format';
import { graphql } from '../../gql';
import type { DirectoryFilterInput, MembershipStatus, ProductCategory } from '../../gql/graphql';
import { useEnumLabel } from '../../i18n/enum-label';
import { MEMBERSHIP_STATUSES, PRODUCT_CATEGORIES } from '../../i18n/enum-values';
import { usePageTitle } from '../../layout/page-title';
import { QueryStatus } from '../query-status';

const DirectoryDocument = graphql(`
  query Directory($filter: DirectoryFilterInput) {
    directory(first: 50, filter: $filter) {
      nodes {
        id
        legalName
        headquartersCountry
        membershipStatus
        products {
          id
          name
          category
        }
        currentCertificate {
          serial
          status
        }
      }
    }
  }
`);

const FILTERS = ['text', 'category', 'country', 'membershipStatus', 'certified'] as const;

/** The filter lives in the address, so a search can be bookmarked and the back button undoes it. */
function filterFrom(params: URLSearchParams): DirectoryFilterInput {
  const filter: DirectoryFilterInput = {};
  const text = params.get('text');
  const category = params.get('category');
  const country = params.get('country');
  const membershipStatus = params.get('membershipStatus');
  if (params.get('certified') === 'true') filter.certified = true;
  if (text) filter.text = text;
  if (category && PRODUCT_CATEGORIES.includes(category as ProductCategory)) filter.category = category as ProductCategory;
  if (country) filter.country = country.toUpperCase();
  if (membershipStatus && MEMBERSHIP_STATUSES.includes(membershipStatus as MembershipStatus)) filter.membershipStatus = membershipStatus as MembershipStatus;
  return filter;
}

/** A client's home: the public directory of verified providers, searched and filtered. */
export function DirectoryPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('directory.title'));
  const label = useEnumLabel();
  const [params, setParams] = useSearchParams();
  const filter = filterFrom(params);
  const [draft, setDraft] = useState<Record<(typeof FILTERS)[number], string>>({
    text: filter.text ?? '',
    category: filter.category ?? '',
    country: filter.country ?? '',
    membershipStatus: filter.membershipStatus ?? '',
    certified: filter.certified ? 'true' : '',
  });
  const state = useQuery(DirectoryDocument, { filter });
  const countryError = state.status === 'error' ? state.error.fields.find((problem) => problem.field === 'filter.country') : undefined;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setParams(Object.fromEntries(FILTERS.filter((name) => draft[name].trim()).map((name) => [name, draft[name].trim()])));
  }

  return (
    <Stack>
      <Title order={1}>{t('directory.title')}</Title>
      <Text>{t('directory.intro')}</Text>
      <form onSubmit={onSubmit} role="search" aria-label={t('directory.searchForm')}>
        <Group align="flex-end">
          <TextInput label={t('directory.text')} value={draft.text} onChange={(event) => setDraft({ ...draft, text: event.currentTarget.value })} />
          <NativeSelect
            label={t('directory.category')}
            value={draft.category}
            onChange={(event) => setDraft({ ...draft, category: event.currentTarget.value })}
            data={[{ value: '', label: t('directory.anyCategory') }, ...PRODUCT_CATEGORIES.map((value) => ({ value, label: label('ProductCategory', value) }))]}
          />
          <TextInput
            label={t('directory.country')}
            description={t('directory.countryHint')}
            maxLength={2}
            w={160}
            value={draft.country}
            error={countryError && t('directory.countryInvalid')}
            onChange={(event) => setDraft({ ...draft, country: event.currentTarget.value })}
          />
          <NativeSelect
            label={t('directory.membership')}
            value={draft.membershipStatus}
            onChange={(event) => setDraft({ ...draft, membershipStatus: event.currentTarget.value })}
            data={[{ value: '', label: t('directory.anyMembership') }, ...MEMBERSHIP_STATUSES.map((value) => ({ value, label: label('MembershipStatus', value) }))]}
          />
          <Checkbox
            label={t('directory.certifiedOnly')}
            checked={draft.certified === 'true'}
            onChange={(event) => setDraft({ ...draft, certified: event.currentTarget.checked ? 'true' : '' })}
            mb={8}
          />
          <Button type="submit">{t('directory.search')}</Button>
        </Group>
      </form>
      {!countryError && <QueryStatus state={state} />}
      {state.status === 'done' &&
        (state.data.directory.nodes.length === 0 ? (
          <Text role="status">{t('directory.none')}</Text>
        ) : (
          <Table striped withTableBorder captionSide="top">
            <Table.Caption>{t('directory.caption', { shown: state.data.directory.nodes.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('directory.provider')}</Table.Th>
                <Table.Th scope="col">{t('directory.headquarters')}</Table.Th>
                <Table.Th scope="col">{t('directory.membership')}</Table.Th>
                <Table.Th scope="col">{t('directory.products')}</Table.Th>
                <Table.Th scope="col">{t('directory.certificate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {state.data.directory.nodes.map((supplier) => (
                <Table.Tr key={supplier.id}>
                  <Table.Th scope="row">
                    <Anchor component={Link} to={`/suppliers/${supplier.id}`}>
                      {supplier.legalName}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{countryName(supplier.headquartersCountry, i18n.language)}</Table.Td>
                  <Table.Td>{label('MembershipStatus', supplier.membershipStatus)}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {supplier.products.map((product) => (
                        <Badge key={product.id} variant="outline" color="dark" title={label('ProductCategory', product.category)}>
                          {product.name}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {supplier.currentCertificate ? (
                      <Anchor component={Link} to={`/verification/${supplier.currentCertificate.serial}`}>
                        {supplier.currentCertificate.serial} ({label('CertificateStatus', supplier.currentCertificate.status)})
                      </Anchor>
                    ) : (
                      t('directory.noCertificate')
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
    </Stack>
  );
}
