import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { ApiError, client } from '../../api/graphql-client';
import { useAction } from './use-action';
import { ApiErrorAlert } from './api-error-alert';

/**
 * Evidence files and certificate PDFs need the session's bearer token, which a plain link cannot send: the file
 * is fetched with it and handed to the browser as a download under the server's file name.
 */
export function DownloadButton({ url, fileName, children }: { url: string; fileName: string; children: ReactNode }) {
  const action = useAction();

  async function download() {
    await action.run(async () => {
      const response = await client.fetchWithSession(url);
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
        throw new ApiError(body?.error?.message ?? `HTTP ${response.status}`, body?.error?.code);
      }
      const objectUrl = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = objectUrl;
      link.download = fileName;
      link.click();
      // Revoked later: the browser starts the download asynchronously.
      setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000);
    });
  }

  return (
    <>
      <Button variant="subtle" size="compact-sm" loading={action.busy} onClick={() => void download()}>
        {children}
      </Button>
      <ApiErrorAlert error={action.error} />
    </>
  );
}
