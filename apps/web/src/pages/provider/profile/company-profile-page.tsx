import { Alert, Button, Group, Paper, Stack, Table, TagsInput, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client } from '../../../api/graphql-client';
import { useSession } from '../../../api/session';
import { useQuery } from '../../../api/use-query';
import { countryName } from '../../../format';
import { graphql } from '../../../gql';
import { useEnumLabel } from '../../../i18n/enum-label';
import { usePageTitle } from '../../../layout/page-title';
import { QueryStatus } from '../../query-status';
import { NEW_PRODUCT, ProductForm, fieldErrors, type ProductValues } from './product-form';

const CompanyProfileDocument = graphql(`
  query CompanyProfile {
    me {
      organisation {
        id
        legalName
        country
        website
        registrationNumber
      }
    }
    mySupplier {
      id
      description
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
    }
  }
`);

const UpdateCompanyDocument = graphql(`
  mutation UpdateCompany($organisation: UpdateOrganisationInput!, $profile: UpdateSupplierProfileInput!) {
    updateOrganisation(input: $organisation) {
      id
    }
    updateSupplierProfile(input: $profile) {
      id
    }
  }
`);

const CreateProductDocument = graphql(`
  mutation CreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      id
    }
  }
`);

const UpdateProductDocument = graphql(`
  mutation UpdateProduct($input: UpdateProductInput!) {
    updateProduct(input: $input) {
      id
    }
  }
`);

const DeleteProductDocument = graphql(`
  mutation DeleteProduct($id: ID!) {
    deleteProduct(id: $id)
  }
`);

interface CompanyValues {
  legalName: string;
  country: string;
  website: string;
  registrationNumber: string;
  description: string;
  headquartersCountry: string;
  operatingCountries: string[];
  services: string[];
}

/** The editable fields of a product (the rest, like its id, is not sent back). */
const productValues = ({ name, category, capabilities, deploymentContexts, deployedCountries, description }: ProductValues): ProductValues => ({
  name,
  category,
  capabilities,
  deploymentContexts,
  deployedCountries,
  description,
});

const upper = (codes: string[]) => codes.map((code) => code.trim().toUpperCase());

/** `/company`: the provider's organisation, public supplier profile and product catalogue. Admins edit the profile; every user the catalogue. */
export function CompanyProfilePage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('company.title'));
  const label = useEnumLabel();
  const { session } = useSession();
  const isAdmin = session.status === 'signed-in' && session.user.role === 'ADMIN';
  const state = useQuery(CompanyProfileDocument, {});
  const [values, setValues] = useState<CompanyValues | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [editing, setEditing] = useState<{ id: string | null; values: ProductValues } | null>(null);

  const data = state.status === 'done' ? state.data : null;
  useEffect(() => {
    if (!data) return;
    const { organisation } = data.me;
    const supplier = data.mySupplier;
    setValues({
      legalName: organisation.legalName,
      country: organisation.country,
      website: organisation.website ?? '',
      registrationNumber: organisation.registrationNumber ?? '',
      description: supplier.description,
      headquartersCountry: supplier.headquartersCountry,
      operatingCountries: supplier.operatingCountries,
      services: supplier.services,
    });
  }, [data]);

  if (!data || !values) {
    return (
      <Stack>
        <Title order={1}>{t('company.title')}</Title>
        <QueryStatus state={state} />
      </Stack>
    );
  }

  async function saveCompany(event: FormEvent) {
    event.preventDefault();
    if (!data || !values) return;
    setErrors({});
    setNotice(null);
    try {
      await client.request(UpdateCompanyDocument, {
        organisation: {
          id: data.me.organisation.id,
          legalName: values.legalName,
          country: values.country.trim().toUpperCase(),
          website: values.website.trim() || null,
          registrationNumber: values.registrationNumber.trim() || null,
        },
        profile: { description: values.description, headquartersCountry: values.headquartersCountry.trim().toUpperCase(), operatingCountries: upper(values.operatingCountries), services: values.services },
      });
      setNotice({ ok: true, text: t('company.saved') });
      state.reload();
    } catch (caught) {
      setErrors(fieldErrors(caught));
      setNotice({ ok: false, text: caught instanceof ApiError ? caught.message : t('common.unexpectedError') });
    }
  }

  async function saveProduct(id: string | null, product: ProductValues) {
    if (id) await client.request(UpdateProductDocument, { input: { id, ...product } });
    else await client.request(CreateProductDocument, { input: product });
    setEditing(null);
    state.reload();
  }

  async function deleteProduct(id: string, name: string) {
    if (!window.confirm(t('products.confirmDelete', { name }))) return;
    setNotice(null);
    try {
      await client.request(DeleteProductDocument, { id });
      state.reload();
    } catch (caught) {
      setNotice({ ok: false, text: caught instanceof ApiError ? caught.message : t('common.unexpectedError') });
    }
  }

  const set = (patch: Partial<CompanyValues>) => setValues({ ...values, ...patch });

  return (
    <Stack>
      <Title order={1}>{t('company.title')}</Title>
      <Text>{t('company.membership', { status: label('MembershipStatus', data.mySupplier.membershipStatus) })}</Text>
      <Paper withBorder p="md" component="form" onSubmit={(event: FormEvent) => void saveCompany(event)} aria-labelledby="company-form">
        <Stack>
          <Title order={2} size="h3" id="company-form">
            {t('company.profile')}
          </Title>
          {!isAdmin && <Text size="sm">{t('company.adminsOnly')}</Text>}
          <TextInput label={t('company.legalName')} value={values.legalName} readOnly={!isAdmin} error={errors.legalName} onChange={(event) => set({ legalName: event.currentTarget.value })} />
          <Group grow>
            <TextInput label={t('company.country')} description={t('company.countryHint')} maxLength={2} value={values.country} readOnly={!isAdmin} error={errors.country} onChange={(event) => set({ country: event.currentTarget.value })} />
            <TextInput
              label={t('company.headquarters')}
              description={t('company.countryHint')}
              maxLength={2}
              value={values.headquartersCountry}
              readOnly={!isAdmin}
              error={errors.headquartersCountry}
              onChange={(event) => set({ headquartersCountry: event.currentTarget.value })}
            />
          </Group>
          <Group grow>
            <TextInput label={t('company.website')} value={values.website} readOnly={!isAdmin} error={errors.website} onChange={(event) => set({ website: event.currentTarget.value })} />
            <TextInput label={t('company.registrationNumber')} value={values.registrationNumber} readOnly={!isAdmin} error={errors.registrationNumber} onChange={(event) => set({ registrationNumber: event.currentTarget.value })} />
          </Group>
          <Textarea label={t('company.description')} autosize minRows={2} value={values.description} readOnly={!isAdmin} error={errors.description} onChange={(event) => set({ description: event.currentTarget.value })} />
          <TagsInput label={t('company.services')} value={values.services} readOnly={!isAdmin} error={errors.services} onChange={(next) => set({ services: next })} />
          <TagsInput
            label={t('company.operatingCountries')}
            description={t('products.countriesHint')}
            value={values.operatingCountries}
            readOnly={!isAdmin}
            error={errors.operatingCountries}
            onChange={(next) => set({ operatingCountries: next })}
          />
          {isAdmin && (
            <Button type="submit" w="fit-content">
              {t('company.save')}
            </Button>
          )}
        </Stack>
      </Paper>
      {notice && (
        <Alert color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'}>
          {notice.text}
        </Alert>
      )}
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('products.title')}
        </Title>
        <Button onClick={() => setEditing({ id: null, values: NEW_PRODUCT })}>{t('products.add')}</Button>
      </Group>
      <Table striped withTableBorder captionSide="top">
        <Table.Caption>{t('products.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('products.name')}</Table.Th>
            <Table.Th scope="col">{t('products.category')}</Table.Th>
            <Table.Th scope="col">{t('products.countries')}</Table.Th>
            <Table.Th scope="col">{t('products.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.mySupplier.products.map((product) => (
            <Table.Tr key={product.id}>
              <Table.Th scope="row">{product.name}</Table.Th>
              <Table.Td>{label('ProductCategory', product.category)}</Table.Td>
              <Table.Td>{product.deployedCountries.map((code) => countryName(code, i18n.language)).join(', ')}</Table.Td>
              <Table.Td>
                <Group gap="xs">
                  <Button size="compact-sm" variant="outline" aria-label={t('products.editNamed', { name: product.name })} onClick={() => setEditing({ id: product.id, values: productValues(product) })}>
                    {t('products.edit')}
                  </Button>
                  <Button size="compact-sm" variant="outline" color="red.9" aria-label={t('products.deleteNamed', { name: product.name })} onClick={() => void deleteProduct(product.id, product.name)}>
                    {t('products.delete')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && (
        <ProductForm
          opened
          title={editing.id ? t('products.editTitle') : t('products.addTitle')}
          initial={editing.values}
          onClose={() => setEditing(null)}
          onSave={(product) => saveProduct(editing.id, product)}
        />
      )}
    </Stack>
  );
}
