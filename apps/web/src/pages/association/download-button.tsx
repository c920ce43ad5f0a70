import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { downloadFile } from '../../api/rest-files';
import { useAction } from './use-action';
import { ApiErrorAlert } from './api-error-alert';

/**
 * Evidence files and certificate PDFs need the session's bearer token, which a plain link cannot send: the file
 * is fetched with it and handed to the browser as a download under the server's file name.
 */
export function DownloadButton({ url, fileName, children }: { url: string; fileName: string; children: ReactNode }) {
  const action = useAction();

  async function download() {
    await action.run(() => downloadFile(url, fileName, { exactName: true }));
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
