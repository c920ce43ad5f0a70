import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client } from '../../api/graphql-client';
import { useQuery } from '../../api/use-query';
import { formatDateTime } from '../../format';
import { graphql } from '../../gql';
import { useEnumLabel } from '../../i18n/enum-label';
import { usePageTitle } from '../../layout/page-title';
import { useUnreadCount } from '../../layout/unread-count';
import { QueryStatus } from '../query-status';

const NotificationsDocument = graphql(`
  query Notifications {
    notifications(first: 50) {
      nodes {
        id
        kind
        data
        createdAt
        readAt
      }
    }
  }
`);

const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

/** The few fields of a notification's data worth showing beside its kind. */
function subject(data: string): string | null {
  try {
    const parsed = JSON.parse(data) as Record<string, unknown>;
    const parts = [parsed.supplierName, parsed.serial].filter((value): value is string => typeof value === 'string');
    return parts.length ? parts.join(' · ') : null;
  } catch {
    return null;
  }
}

export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('notifications.title'));
  const label = useEnumLabel();
  const state = useQuery(NotificationsDocument, {});
  const unread = useUnreadCount();
  const [busy, setBusy] = useState(false);

  async function markRead(ids?: string[]) {
    setBusy(true);
    try {
      await client.request(MarkNotificationsReadDocument, { ids });
    } finally {
      setBusy(false);
      state.reload();
      unread.refresh();
    }
  }

  const nodes = state.status === 'done' ? state.data.notifications.nodes : [];
  const anyUnread = nodes.some((notification) => !notification.readAt);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('notifications.title')}</Title>
        {anyUnread && (
          <Button variant="outline" loading={busy} onClick={() => void markRead()}>
            {t('notifications.markAllRead')}
          </Button>
        )}
      </Group>
      <QueryStatus state={state} />
      {state.status === 'done' && nodes.length === 0 && <Text>{t('notifications.none')}</Text>}
      <Stack component="ul" p={0} style={{ listStyle: 'none' }}>
        {nodes.map((notification) => (
          <Card component="li" key={notification.id} withBorder>
            <Group justify="space-between" wrap="nowrap">
              <Stack gap={2}>
                <Group gap="xs">
                  {!notification.readAt && <Badge color="indigo">{t('notifications.unread')}</Badge>}
                  <Text fw={notification.readAt ? 400 : 700}>{label('NotificationKind', notification.kind)}</Text>
                </Group>
                {subject(notification.data) && <Text size="sm">{subject(notification.data)}</Text>}
                <Text size="sm">{formatDateTime(notification.createdAt, i18n.language)}</Text>
              </Stack>
              {!notification.readAt && (
                <Button variant="subtle" size="xs" disabled={busy} onClick={() => void markRead([notification.id])}>
                  {t('notifications.markRead')}
                </Button>
              )}
            </Group>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
