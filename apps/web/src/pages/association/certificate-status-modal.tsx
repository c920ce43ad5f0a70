import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { client } from '../../api/graphql-client';
import { graphql } from '../../gql';
import { ApiErrorAlert } from './api-error-alert';
import { fieldError, useAction } from './use-action';

const SuspendCertificateDocument = graphql(`
  mutation SuspendCertificate($input: CertificateStatusChangeInput!) {
    suspendCertificate(input: $input) {
      id
      status
    }
  }
`);

const ReinstateCertificateDocument = graphql(`
  mutation ReinstateCertificate($input: CertificateStatusChangeInput!) {
    reinstateCertificate(input: $input) {
      id
      status
    }
  }
`);

const RevokeCertificateDocument = graphql(`
  mutation RevokeCertificate($input: CertificateStatusChangeInput!) {
    revokeCertificate(input: $input) {
      id
      status
    }
  }
`);

export type CertificateStatusChange = 'suspend' | 'reinstate' | 'revoke';

type ChangeInput = { certificateId: string; reason: string };

const REQUESTS: Record<CertificateStatusChange, (input: ChangeInput) => Promise<unknown>> = {
  suspend: (input) => client.request(SuspendCertificateDocument, { input }),
  reinstate: (input) => client.request(ReinstateCertificateDocument, { input }),
  revoke: (input) => client.request(RevokeCertificateDocument, { input }),
};

/** Suspending, reinstating or revoking a certificate, always with a reason (recorded, and told to whoever follows the supplier). */
export function CertificateStatusModal({ change, certificate, onClose, onChanged }: { change: CertificateStatusChange | null; certificate: { id: string; serial: string } | null; onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation();
  const action = useAction();
  const [reason, setReason] = useState('');

  function close() {
    setReason('');
    action.clearError();
    onClose();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!change || !certificate) return;
    const input = { certificateId: certificate.id, reason };
    if ((await action.run(() => REQUESTS[change](input))) !== undefined) {
      close();
      onChanged();
    }
  }

  return (
    <Modal opened={change !== null && certificate !== null} onClose={close} closeButtonProps={{ 'aria-label': t('certificates.change.close') }} title={change ? t(`certificates.change.${change}.title`, { serial: certificate?.serial ?? '' }) : ''}>
      <Stack component="form" gap="sm" onSubmit={(event: FormEvent) => void submit(event)}>
        {change && <Text size="sm">{t(`certificates.change.${change}.explanation`)}</Text>}
        <Textarea label={t('certificates.change.reason')} required autosize minRows={3} value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={fieldError(action.error, 'reason')} data-autofocus />
        <ApiErrorAlert error={action.error} fieldsShown={['reason']} />
        <Group justify="flex-end">
          <Button variant="outline" onClick={close}>
            {t('certificates.change.cancel')}
          </Button>
          <Button type="submit" color={change === 'revoke' ? 'red.9' : undefined} loading={action.busy}>
            {change ? t(`certificates.change.${change}.submit`) : ''}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
