import { Anchor, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client } from '../../api/graphql-client';
import { graphql } from '../../gql';
import type { CertificateStatus, EligibilityCondition } from '../../gql/graphql';
import { useEnumLabel } from '../../i18n/enum-label';
import { CERTIFICATE_STATUS_COLOUR } from '../../status-colours';
import { ApiErrorAlert } from './api-error-alert';
import { useAction } from './use-action';

const IssueCertificateDocument = graphql(`
  mutation IssueCertificate($input: IssueCertificateInput!) {
    issueCertificate(input: $input) {
      id
      serial
    }
  }
`);

export interface IssueCertificateTarget {
  id: string;
  certificate?: { serial: string; status: CertificateStatus } | null;
  certificateEligibility?: { eligible: boolean; unmet: { code: EligibilityCondition; message: string }[] } | null;
}

/**
 * Issuing the certificate of an APPROVED assessment, or the one already issued. The conditions it misses are shown
 * before trying; when the server refuses (CONFLICT) its reason is shown with them, read again.
 */
export function IssueCertificatePanel({ assessment, onIssued }: { assessment: IssueCertificateTarget; onIssued: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const action = useAction();
  const { certificate, certificateEligibility: eligibility } = assessment;

  async function issue() {
    await action.run(() => client.request(IssueCertificateDocument, { input: { assessmentId: assessment.id } }));
    // Read again after a refusal too: the unmet conditions listed must be the server's current ones.
    onIssued();
  }

  return (
    <Stack gap="xs">
      <Title order={2}>{t('certificateIssue.title')}</Title>
      {certificate ? (
        <Group gap="xs">
          <Text>{t('certificateIssue.issued')}</Text>
          <Anchor component={Link} to={`/verification/${certificate.serial}`}>
            {certificate.serial}
          </Anchor>
          <Badge color={CERTIFICATE_STATUS_COLOUR[certificate.status]}>{label('CertificateStatus', certificate.status)}</Badge>
          <Anchor component={Link} to="/certificates">
            {t('certificateIssue.allCertificates')}
          </Anchor>
        </Group>
      ) : (
        <>
          {eligibility && eligibility.unmet.length > 0 ? (
            <div>
              <Text>{t('certificateIssue.unmet')}</Text>
              <List>
                {eligibility.unmet.map((condition) => (
                  <List.Item key={condition.code}>{label('EligibilityCondition', condition.code)}</List.Item>
                ))}
              </List>
            </div>
          ) : (
            <Text>{t('certificateIssue.eligible')}</Text>
          )}
          <Button w="fit-content" loading={action.busy} onClick={() => void issue()}>
            {t('certificateIssue.issue')}
          </Button>
        </>
      )}
      <ApiErrorAlert error={action.error} />
    </Stack>
  );
}
