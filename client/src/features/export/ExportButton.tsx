// One "Export" button that opens the Export dialog for the draft or a version.
import { useState, type ReactNode } from 'react';
import { Button, DownloadIcon } from '../../ui/index.ts';
import { ExportDialog, type ExportTarget } from './ExportDialog.tsx';

export function ExportButton({ target, children }: { target: ExportTarget; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<DownloadIcon />} onClick={() => setOpen(true)}>
        {children}
      </Button>
      <ExportDialog target={open ? target : null} onClose={() => setOpen(false)} />
    </>
  );
}
