// A button that downloads a copy of someone's data. While the server makes it (it can take a
// while for someone who has done a lot), it says "Preparing your data…" politely; when it is
// done it names the file; a problem is said in words next to the button.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, DownloadIcon } from '../../ui/index.ts';
import { saveFile } from '../export/api.ts';
import '../export/export.css';
import { fetchDataFile } from './api.ts';
import './my-data.css';

export const PREPARING_TEXT = 'Preparing your data… this can take up to a minute.';

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'ready'; fileName: string }
  | { kind: 'problem'; message: string };

export interface DownloadDataProps {
  /** The button's words; may hold visually hidden words saying whose data. */
  children: ReactNode;
  /** Where the zip comes from (a route's path). */
  path: string;
  variant?: 'primary' | 'secondary';
  /** Said while the file is being made. */
  preparing?: string;
}

export function DownloadData({
  children,
  path,
  variant = 'secondary',
  preparing = PREPARING_TEXT,
}: DownloadDataProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const links = useRef<HTMLDivElement>(null);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  const working = status.kind === 'working';

  const download = async () => {
    if (working) return;
    setStatus({ kind: 'working' });
    const result = await fetchDataFile(path);
    if (!live.current) return;
    if (!result.ok) {
      setStatus({ kind: 'problem', message: result.message });
      return;
    }
    if (links.current) saveFile(result.blob, result.fileName, links.current);
    setStatus({ kind: 'ready', fileName: result.fileName });
  };

  return (
    <div className="rt-download-data" ref={links} aria-busy={working}>
      <Button
        variant={variant}
        icon={<DownloadIcon />}
        aria-disabled={working ? true : undefined}
        onClick={() => void download()}
      >
        {children}
      </Button>
      <p className="rt-export__status" role="status" aria-live="polite">
        {working ? (
          <>
            <span className="rt-spinner" aria-hidden="true" />
            {preparing}
          </>
        ) : status.kind === 'ready' ? (
          `Your file is ready: ${status.fileName}`
        ) : null}
      </p>
      {status.kind === 'problem' ? (
        <p className="rt-form-error" role="alert">
          We could not make the file. {status.message}
        </p>
      ) : null}
    </div>
  );
}
