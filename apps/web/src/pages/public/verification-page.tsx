import { Alert, Anchor, Button, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { countryName, formatDate } from '../../format';
import type { CertificateStatus } from '../../gql/graphql';
import { useEnumLabel } from '../../i18n/enum-label';
import { usePageTitle } from '../../layout/page-title';
import { CERTIFICATE_STATUS_COLOUR } from '../../status-colours';

/** The JSON of GET /verify/<serial> (apps/api/src/modules/certificates/certificate-verification.service.ts). */
interface Verification {
  serial: string;
  status: CertificateStatus;
  supplier: { legalName: string; country: string };
  products: { name: string; category: string }[];
  level: string;
  conditions: string | null;
  issuedAt: string;
  validUntil: string;
  methodologyVersion: string;
  statusChangedAt: string | null;
  statusReason: string | null;
}

type Outcome =
  | { kind: 'loading' }
  | { kind: 'found'; verification: Verification }
  | { kind: 'unknown' | 'malformed' | 'rate-limited' | 'failed'; serial: string };


/**
 * Public verification by serial, in the reader's language. It reads the same public endpoint as the page the
 * certificate's QR code opens (`/verify/<serial>`, served by the api as a self-contained English page): this is
 * the search form and the translated view of it.
 */
async function verify(serial: string): Promise<Outcome> {
  try {
    const response = await fetch(`/verify/${encodeURIComponent(serial)}`, { headers: { accept: 'application/json' } });
    if (response.ok) return { kind: 'found', verification: (await response.json()) as Verification };
    const kind = ({ 404: 'unknown', 400: 'malformed', 429: 'rate-limited' } as const)[response.status as 404 | 400 | 429] ?? 'failed';
    return { kind, serial };
  } catch {
    return { kind: 'failed', serial };
  }
}

export function VerificationPage() {
  const { t } = useTranslation();
  usePageTitle(t('verify.title'));
  const { serial } = useParams();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(serial ?? '');
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    if (!serial) return setOutcome(null);
    let current = true;
    setOutcome({ kind: 'loading' });
    void verify(serial).then((result) => current && setOutcome(result));
    return () => {
      current = false;
    };
  }, [serial]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const wanted = draft.trim().toUpperCase();
    if (wanted) navigate(`/verification/${encodeURIComponent(wanted)}`);
  }

  return (
    <Stack maw={760}>
      <Title order={1}>{t('verify.title')}</Title>
      <Text>{t('verify.intro')}</Text>
      <form onSubmit={onSubmit} role="search" aria-label={t('verify.title')}>
        <Group align="flex-end">
          <TextInput label={t('verify.serial')} description={t('verify.serialHint')} required value={draft} onChange={(event) => setDraft(event.currentTarget.value)} w={320} />
          <Button type="submit">{t('verify.submit')}</Button>
        </Group>
      </form>
      <div aria-live="polite">{outcome && <VerificationResult outcome={outcome} />}</div>
    </Stack>
  );
}

function VerificationResult({ outcome }: { outcome: Outcome }) {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  if (outcome.kind === 'loading') return <Loader aria-label={t('common.loading')} />;
  if (outcome.kind !== 'found') {
    return (
      <Alert color={outcome.kind === 'unknown' ? 'red' : 'gray'} title={t(`verify.problem.${outcome.kind}.title`, { serial: outcome.serial })}>
        {t(`verify.problem.${outcome.kind}.body`, { serial: outcome.serial })}
      </Alert>
    );
  }
  const { verification } = outcome;
  const rows: [string, string][] = [
    [t('verify.supplier'), `${verification.supplier.legalName} (${countryName(verification.supplier.country, i18n.language)})`],
    [t('verify.level'), label('CertificateLevel', verification.level)],
    ...(verification.conditions ? [[t('verify.conditions'), verification.conditions] as [string, string]] : []),
    [t('verify.products'), verification.products.map((product) => `${product.name} (${label('ProductCategory', product.category)})`).join(', ')],
    [t('verify.issuedAt'), formatDate(verification.issuedAt, i18n.language)],
    [t('verify.validUntil'), formatDate(verification.validUntil, i18n.language)],
    [t('verify.methodology'), verification.methodologyVersion],
    ...(verification.statusChangedAt ? [[t('verify.statusChangedAt'), formatDate(verification.statusChangedAt, i18n.language)] as [string, string]] : []),
    ...(verification.statusReason ? [[t('verify.reason'), verification.statusReason] as [string, string]] : []),
  ];
  return (
    <Stack>
      <Alert color={CERTIFICATE_STATUS_COLOUR[verification.status]} variant="filled" title={t('verify.certificate', { serial: verification.serial })}>
        <Text fw={700} data-testid="verification-status">
          {t(`verify.headline.${verification.status}`)}
        </Text>
      </Alert>
      <Table withTableBorder>
        <Table.Tbody>
          {rows.map(([name, value]) => (
            <Table.Tr key={name}>
              <Table.Th scope="row" w={200}>
                {name}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Anchor href={`/verify/${encodeURIComponent(verification.serial)}`}>{t('verify.officialPage')}</Anchor>
    </Stack>
  );
}
