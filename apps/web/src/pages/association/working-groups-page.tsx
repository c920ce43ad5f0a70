import { Button, Card, Group, List, NativeSelect, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { client } from '../../api/graphql-client';
import { useSession } from '../../api/session';
import { useQuery } from '../../api/use-query';
import { graphql } from '../../gql';
import type { WorkingGroupsQuery } from '../../gql/graphql';
import { usePageTitle } from '../../layout/page-title';
import { QueryStatus } from '../query-status';
import { ApiErrorAlert } from './api-error-alert';
import { fieldError, useAction } from './use-action';

const WorkingGroupsDocument = graphql(`
  query WorkingGroups {
    workingGroups {
      id
      name
      description
      members {
        id
        legalName
      }
      watchList {
        id
        legalName
      }
    }
    organisations(kind: CLIENT) {
      id
      legalName
    }
  }
`);

const CreateWorkingGroupDocument = graphql(`
  mutation CreateWorkingGroup($input: CreateWorkingGroupInput!) {
    createWorkingGroup(input: $input) {
      id
    }
  }
`);

const AddWorkingGroupMemberDocument = graphql(`
  mutation AddWorkingGroupMember($workingGroupId: ID!, $organisationId: ID!) {
    addWorkingGroupMember(workingGroupId: $workingGroupId, organisationId: $organisationId) {
      id
    }
  }
`);

const RemoveWorkingGroupMemberDocument = graphql(`
  mutation RemoveWorkingGroupMember($workingGroupId: ID!, $organisationId: ID!) {
    removeWorkingGroupMember(workingGroupId: $workingGroupId, organisationId: $organisationId) {
      id
    }
  }
`);

type WorkingGroup = WorkingGroupsQuery['workingGroups'][number];
type Client = WorkingGroupsQuery['organisations'][number];

/** The association's groups of client organisations; admins create them and add or remove members. */
export function WorkingGroupsPage() {
  const { t } = useTranslation();
  usePageTitle(t('workingGroups.title'));
  const { session } = useSession();
  const isAdmin = session.status === 'signed-in' && session.user.role === 'ADMIN';
  const state = useQuery(WorkingGroupsDocument, {});

  return (
    <Stack>
      <Title order={1}>{t('workingGroups.title')}</Title>
      <Text>{t('workingGroups.intro')}</Text>
      {isAdmin && <CreateForm onCreated={state.reload} />}
      <QueryStatus state={state} />
      {state.status === 'done' && state.data.workingGroups.length === 0 && <Text>{t('workingGroups.none')}</Text>}
      {state.status === 'done' && state.data.workingGroups.map((group) => <GroupCard key={group.id} group={group} clients={state.data.organisations} editable={isAdmin} onChanged={state.reload} />)}
    </Stack>
  );
}

function GroupCard({ group, clients, editable, onChanged }: { group: WorkingGroup; clients: Client[]; editable: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const action = useAction();
  const [chosen, setChosen] = useState('');
  const memberIds = new Set(group.members.map((member) => member.id));
  const candidates = clients.filter((candidate) => !memberIds.has(candidate.id));

  async function change(request: () => Promise<unknown>) {
    if ((await action.run(request)) !== undefined) {
      setChosen('');
      onChanged();
    }
  }

  function add(event: FormEvent) {
    event.preventDefault();
    if (chosen) void change(() => client.request(AddWorkingGroupMemberDocument, { workingGroupId: group.id, organisationId: chosen }));
  }

  return (
    <Card withBorder component="section" aria-labelledby={`group-${group.id}`}>
      <Stack gap="xs">
        <Title order={2} id={`group-${group.id}`}>
          {group.name}
        </Title>
        {group.description && <Text>{group.description}</Text>}
        <Text fw={600}>{t('workingGroups.members', { number: group.members.length })}</Text>
        <List>
          {group.members.map((member) => (
            <List.Item key={member.id}>
              <Group gap="xs">
                <span>{member.legalName}</span>
                {editable && (
                  <Button
                    size="compact-xs"
                    variant="outline"
                    color="red.9"
                    loading={action.busy}
                    aria-label={t('workingGroups.removeNamed', { name: member.legalName, group: group.name })}
                    onClick={() => void change(() => client.request(RemoveWorkingGroupMemberDocument, { workingGroupId: group.id, organisationId: member.id }))}
                  >
                    {t('workingGroups.remove')}
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
        {group.watchList.length > 0 && <Text size="sm">{t('workingGroups.watchList', { suppliers: group.watchList.map((supplier) => supplier.legalName).join(', ') })}</Text>}
        {editable && candidates.length > 0 && (
          <Group component="form" onSubmit={add} align="flex-end">
            <NativeSelect
              label={t('workingGroups.addMember', { group: group.name })}
              value={chosen}
              onChange={(event) => setChosen(event.currentTarget.value)}
              data={[{ value: '', label: t('workingGroups.chooseClient') }, ...candidates.map((candidate) => ({ value: candidate.id, label: candidate.legalName }))]}
            />
            <Button type="submit" disabled={!chosen} loading={action.busy}>
              {t('workingGroups.add')}
            </Button>
          </Group>
        )}
        <ApiErrorAlert error={action.error} />
      </Stack>
    </Card>
  );
}

function CreateForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const action = useAction();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if ((await action.run(() => client.request(CreateWorkingGroupDocument, { input: { name, description } }))) !== undefined) {
      setName('');
      setDescription('');
      onCreated();
    }
  }

  return (
    <Card withBorder component="form" onSubmit={(event: FormEvent) => void submit(event)} aria-labelledby="create-group">
      <Stack gap="xs">
        <Title order={2} id="create-group">
          {t('workingGroups.create.title')}
        </Title>
        <TextInput label={t('workingGroups.create.name')} required value={name} onChange={(event) => setName(event.currentTarget.value)} error={fieldError(action.error, 'name')} />
        <Textarea label={t('workingGroups.create.description')} autosize minRows={2} value={description} onChange={(event) => setDescription(event.currentTarget.value)} error={fieldError(action.error, 'description')} />
        <Button type="submit" loading={action.busy} w="fit-content">
          {t('workingGroups.create.submit')}
        </Button>
        <ApiErrorAlert error={action.error} fieldsShown={['name', 'description']} />
      </Stack>
    </Card>
  );
}
