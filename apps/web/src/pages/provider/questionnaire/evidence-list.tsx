import { Alert, Anchor, Button, FileInput, Group, List, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client } from '../../../api/graphql-client';
import { downloadFile, uploadForm } from '../../../api/rest-files';
import { graphql } from '../../../gql';

const AttachEvidenceDocument = graphql(`
  mutation AttachEvidence($input: EvidenceAttachmentInput!) {
    attachEvidence(input: $input) {
      id
    }
  }
`);

const DetachEvidenceDocument = graphql(`
  mutation DetachEvidence($input: EvidenceAttachmentInput!) {
    detachEvidence(input: $input) {
      id
    }
  }
`);

export interface EvidenceUploadLimits {
  maxBytes: number;
  extensions: string[];
}

interface AttachedFile {
  id: string;
  originalName: string;
  sizeBytes: number;
}

interface Props {
  assessmentId: string;
  questionCode: string;
  files: AttachedFile[];
  limits: EvidenceUploadLimits | null;
  /** Answers are open and the answer is saved (evidence attaches to a saved answer). */
  canAttach: boolean;
  readOnly: boolean;
  onChanged: () => void;
}

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/** The problem with a file before any byte is sent, from the api's own limits; null when it may be uploaded. */
export function fileProblem(file: File, limits: EvidenceUploadLimits): 'tooLarge' | 'type' | 'empty' | null {
  if (file.size === 0) return 'empty';
  if (file.size > limits.maxBytes) return 'tooLarge';
  const dot = file.name.lastIndexOf('.');
  return dot > 0 && limits.extensions.includes(file.name.slice(dot + 1).toLowerCase()) ? null : 'type';
}

/** The evidence attached to one answer: download, detach, and upload-and-attach with a progress bar. */
export function EvidenceList({ assessmentId, questionCode, files, limits, canAttach, readOnly, onChanged }: Props) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const problem = file && limits ? fileProblem(file, limits) : null;
  const rules = limits ? t('evidence.rules', { types: limits.extensions.join(', '), max: megabytes(limits.maxBytes) }) : undefined;

  const explain = (caught: unknown) => setError(caught instanceof ApiError ? caught.message : t('common.unexpectedError'));

  async function upload() {
    if (!file || problem) return;
    setError(null);
    setProgress(0);
    try {
      const form = new FormData();
      form.append('assessmentId', assessmentId);
      form.append('file', file);
      const uploaded = await uploadForm<{ id: string }>('/evidence', form, setProgress);
      await client.request(AttachEvidenceDocument, { input: { assessmentId, questionCode, evidenceId: uploaded.id } });
      setFile(null);
      onChanged();
    } catch (caught) {
      explain(caught);
    } finally {
      setProgress(null);
    }
  }

  async function detach(evidenceId: string) {
    setError(null);
    try {
      await client.request(DetachEvidenceDocument, { input: { assessmentId, questionCode, evidenceId } });
      onChanged();
    } catch (caught) {
      explain(caught);
    }
  }

  return (
    <Stack gap="xs">
      {files.length > 0 && (
        <List size="sm" aria-label={t('evidence.listOf', { code: questionCode })}>
          {files.map((attached) => (
            <List.Item key={attached.id}>
              <Group gap="xs">
                <Anchor component="button" type="button" size="sm" onClick={() => void downloadFile(`/evidence/${attached.id}`, attached.originalName).catch(explain)}>
                  {attached.originalName}
                </Anchor>
                <Text size="xs">{t('evidence.size', { size: megabytes(attached.sizeBytes) })}</Text>
                {!readOnly && (
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => void detach(attached.id)} aria-label={t('evidence.detachFile', { name: attached.originalName })}>
                    {t('evidence.detach')}
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {!readOnly &&
        (canAttach ? (
          <Group align="flex-end">
            <FileInput
              label={t('evidence.add', { code: questionCode })}
              description={rules}
              value={file}
              onChange={(chosen) => {
                setFile(chosen);
                setError(null);
              }}
              error={problem ? t(`evidence.problem.${problem}`, { max: limits ? megabytes(limits.maxBytes) : '' }) : undefined}
              accept={limits?.extensions.map((extension) => `.${extension}`).join(',')}
              clearable
              w={320}
            />
            <Button size="sm" disabled={!file || problem !== null || progress !== null} onClick={() => void upload()}>
              {t('evidence.upload')}
            </Button>
          </Group>
        ) : (
          <Text size="xs">{t('evidence.answerFirst')}</Text>
        ))}
      {progress !== null && <Progress value={Math.round(progress * 100)} aria-label={t('evidence.uploading', { percent: Math.round(progress * 100) })} size="lg" striped animated />}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
