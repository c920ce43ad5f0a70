import { Alert, Button, Checkbox, Group, Modal, NativeSelect, Stack, TagsInput, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/graphql-client';
import type { Capability, DeploymentContext, ProductCategory } from '../../../gql/graphql';
import { useEnumLabel } from '../../../i18n/enum-label';
import { PRODUCT_CATEGORIES } from '../../../i18n/enum-values';

/** Runtime lists of the product enums; `satisfies Record<…>` fails the type check when the schema changes them. */
const CAPABILITIES = Object.keys({
  AI_ML_INFERENCE: true,
  AUTOMATED_DECISIONS: true,
  BIOMETRIC_PROCESSING: true,
  COVERT_COLLECTION: true,
  EXPORT_CONTROLLED_DUAL_USE: true,
  MASS_COLLECTION: true,
} satisfies Record<Capability, true>) as Capability[];

const CONTEXTS = Object.keys({
  BORDER_MIGRATION: true,
  COMMERCIAL_INDUSTRIAL: true,
  CONFLICT_HIGH_RISK_AREAS: true,
  PRISONS_PROBATION: true,
  PUBLIC_ORDER_PROTEST: true,
} satisfies Record<DeploymentContext, true>) as DeploymentContext[];

export interface ProductValues {
  name: string;
  category: ProductCategory;
  capabilities: Capability[];
  deploymentContexts: DeploymentContext[];
  deployedCountries: string[];
  description: string;
}

export const NEW_PRODUCT: ProductValues = { name: '', category: 'VIDEO_ANALYTICS_CCTV', capabilities: [], deploymentContexts: [], deployedCountries: [], description: '' };

/** Field errors of the api (`input.name`, …) by field name. */
export function fieldErrors(error: unknown): Record<string, string> {
  return error instanceof ApiError ? Object.fromEntries(error.fields.map(({ field, message }) => [field.replace(/^input\./, ''), message])) : {};
}

interface Props {
  opened: boolean;
  title: string;
  initial: ProductValues;
  onClose: () => void;
  /** Saves; a refusal is thrown as ApiError and shown next to its fields. */
  onSave: (values: ProductValues) => Promise<void>;
}

/** A product of the catalogue: category, capability flags and deployment contexts drive its inherent risk (SPEC §3). */
export function ProductForm({ opened, title, initial, onClose, onSave }: Props) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      await onSave({ ...values, deployedCountries: values.deployedCountries.map((code) => code.trim().toUpperCase()) });
    } catch (caught) {
      const fields = fieldErrors(caught);
      setErrors(Object.keys(fields).length > 0 ? fields : { form: caught instanceof ApiError ? caught.message : t('common.unexpectedError') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': t('products.cancel') }}>
      <form onSubmit={(event) => void submit(event)}>
        <Stack>
          <TextInput label={t('products.name')} required value={values.name} error={errors.name} onChange={(event) => setValues({ ...values, name: event.currentTarget.value })} />
          <NativeSelect
            label={t('products.category')}
            value={values.category}
            error={errors.category}
            onChange={(event) => setValues({ ...values, category: event.currentTarget.value as ProductCategory })}
            data={PRODUCT_CATEGORIES.map((value) => ({ value, label: label('ProductCategory', value) }))}
          />
          <Checkbox.Group label={t('products.capabilities')} value={values.capabilities} error={errors.capabilities} onChange={(next) => setValues({ ...values, capabilities: next as Capability[] })}>
            <Stack gap={4} mt="xs">
              {CAPABILITIES.map((value) => (
                <Checkbox key={value} value={value} label={label('Capability', value)} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Checkbox.Group
            label={t('products.contexts')}
            value={values.deploymentContexts}
            error={errors.deploymentContexts}
            onChange={(next) => setValues({ ...values, deploymentContexts: next as DeploymentContext[] })}
          >
            <Stack gap={4} mt="xs">
              {CONTEXTS.map((value) => (
                <Checkbox key={value} value={value} label={label('DeploymentContext', value)} />
              ))}
            </Stack>
          </Checkbox.Group>
          <TagsInput
            label={t('products.countries')}
            description={t('products.countriesHint')}
            value={values.deployedCountries}
            error={errors.deployedCountries}
            onChange={(next) => setValues({ ...values, deployedCountries: next })}
          />
          <Textarea label={t('products.description')} autosize minRows={2} value={values.description} error={errors.description} onChange={(event) => setValues({ ...values, description: event.currentTarget.value })} />
          {errors.form && (
            <Alert color="red" role="alert">
              {errors.form}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="outline" onClick={onClose}>
              {t('products.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('products.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
