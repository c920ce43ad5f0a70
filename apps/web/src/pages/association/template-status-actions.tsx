import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { client } from '../../api/graphql-client';
import { graphql } from '../../gql';
import type { TemplateStatus } from '../../gql/graphql';
import { ApiErrorAlert } from './api-error-alert';
import { useAction } from './use-action';

const PublishTemplateDocument = graphql(`
  mutation PublishTemplate($templateId: ID!) {
    publishTemplate(templateId: $templateId) {
      id
      status
    }
  }
`);

const RetireTemplateDocument = graphql(`
  mutation RetireTemplate($templateId: ID!) {
    retireTemplate(templateId: $templateId) {
      id
      status
    }
  }
`);

/** A version's next step (admins): a draft is published, after which it never changes; a published version is retired. */
export function TemplateStatusActions({ template, onChanged }: { template: { id: string; status: TemplateStatus }; onChanged: () => void }) {
  const { t } = useTranslation();
  const action = useAction();

  async function change(request: () => Promise<unknown>) {
    if ((await action.run(request)) !== undefined) onChanged();
  }

  return (
    <>
      <Group gap={4}>
        {template.status === 'DRAFT' && (
          <Button size="compact-sm" loading={action.busy} onClick={() => void change(() => client.request(PublishTemplateDocument, { templateId: template.id }))}>
            {t('templates.publish')}
          </Button>
        )}
        {template.status === 'PUBLISHED' && (
          <Button size="compact-sm" variant="outline" loading={action.busy} onClick={() => void change(() => client.request(RetireTemplateDocument, { templateId: template.id }))}>
            {t('templates.retire')}
          </Button>
        )}
      </Group>
      <ApiErrorAlert error={action.error} />
    </>
  );
}
