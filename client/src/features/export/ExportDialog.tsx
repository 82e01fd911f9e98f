// "Export": choose a kind of file and two extras, press Download, and the browser saves the
// file. While the server makes it, the dialog says so (politely, and in a busy region); when it
// is done it says the file's name. Problems are said in words, next to the button.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { EasyReadTextSize } from '@roundtable/shared/protocol/export';
import { Button, Dialog, DownloadIcon, TickIcon, WarningIcon } from '../../ui/index.ts';
import { fetchExport, pageWarning, saveFile, type ExportFormat } from './api.ts';
import { Choice } from './Choice.tsx';
import './export.css';

export interface ExportTarget {
  documentId: string;
  /** The document's title, or the version's name. */
  name: string;
  /** A saved version; without it, the draft as it is now. */
  versionId?: string;
  /** The day the group agreed this version, in words ("3 March 2026"), if it did. */
  agreedOn?: string | null;
}

export const FORMATS: { value: ExportFormat; label: string; hint: string }[] = [
  {
    value: 'docx',
    label: 'Word (DOCX)',
    hint: 'To change it in Word or a similar program.',
  },
  {
    value: 'pdf',
    label: 'PDF',
    hint: 'To print it, or to share it so it looks the same everywhere.',
  },
  {
    value: 'html',
    label: 'Web page (HTML)',
    hint: 'To open it in a web browser or put it on a website.',
  },
  {
    value: 'md',
    label: 'Markdown',
    hint: 'Plain text with simple marks, for people who use Markdown tools.',
  },
];

const TEXT_SIZES: { value: EasyReadTextSize; label: string; hint: string }[] = [
  { value: 16, label: 'Large (16 point)', hint: 'The usual size for Easy Read.' },
  {
    value: 21,
    label: 'Extra large (21 point)',
    hint: 'For people who need bigger text. It makes more pages.',
  },
];

export const WORKING_TEXT = 'Making your file… this can take a few seconds';

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'ready'; fileName: string; warning: string | null }
  | { kind: 'problem'; message: string };

export interface ExportDialogProps {
  /** What to export; null keeps the dialog closed. */
  target: ExportTarget | null;
  onClose: () => void;
}

export function ExportDialog({ target, onClose }: ExportDialogProps) {
  const title = target
    ? target.versionId
      ? `Export the version “${target.name}”`
      : `Export “${target.name}”`
    : 'Export';
  const description = target?.versionId
    ? 'Make a file of this version to keep, print or share.'
    : 'Make a file of the draft as it is now, to keep, print or share.';
  return (
    <Dialog open={target !== null} title={title} description={description} onClose={onClose}>
      {target ? (
        <ExportForm
          key={`${target.documentId}:${target.versionId ?? ''}`}
          target={target}
          onClose={onClose}
        />
      ) : null}
    </Dialog>
  );
}

function ExportForm({ target, onClose }: { target: ExportTarget; onClose: () => void }) {
  const id = useId();
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [easyRead, setEasyRead] = useState(false);
  const [textSize, setTextSize] = useState<EasyReadTextSize>(16);
  const [record, setRecord] = useState(false);
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

  const download = async (event: FormEvent) => {
    event.preventDefault();
    if (working) return;
    setStatus({ kind: 'working' });
    const result = await fetchExport({
      documentId: target.documentId,
      versionId: target.versionId,
      format,
      easyRead,
      textSize,
      record,
    });
    if (!live.current) return;
    if (!result.ok) {
      setStatus({ kind: 'problem', message: result.message });
      return;
    }
    if (links.current) saveFile(result.blob, result.fileName, links.current);
    setStatus({
      kind: 'ready',
      fileName: result.fileName,
      warning: easyRead ? pageWarning(result.pages) : null,
    });
  };

  return (
    <form
      className="rt-export"
      onSubmit={(event) => void download(event)}
      aria-busy={working}
      noValidate
    >
      {target.agreedOn ? (
        <p className="rt-export__agreed">
          <TickIcon /> The file will say it was agreed on {target.agreedOn}.
        </p>
      ) : null}
      <fieldset className="rt-export__fieldset">
        <legend>Kind of file</legend>
        {FORMATS.map((option) => (
          <Choice
            key={option.value}
            id={`${id}-${option.value}`}
            type="radio"
            name={`${id}-format`}
            label={option.label}
            hint={option.hint}
            checked={format === option.value}
            onChange={() => setFormat(option.value)}
          />
        ))}
      </fieldset>
      <fieldset className="rt-export__fieldset">
        <legend>Extras (you can leave these)</legend>
        <Choice
          id={`${id}-easy-read`}
          type="checkbox"
          label="Easy Read layout (pictures beside the words, large text)"
          hint="Each paragraph's picture on the left, and a list of hard words at the end."
          checked={easyRead}
          onChange={setEasyRead}
        />
        {easyRead ? (
          <fieldset className="rt-export__fieldset rt-export__sizes">
            <legend>Easy Read text size</legend>
            {TEXT_SIZES.map((option) => (
              <Choice
                key={option.value}
                id={`${id}-size-${option.value}`}
                type="radio"
                name={`${id}-size`}
                label={option.label}
                hint={option.hint}
                checked={textSize === option.value}
                onChange={() => setTextSize(option.value)}
              />
            ))}
          </fieldset>
        ) : null}
        <Choice
          id={`${id}-record`}
          type="checkbox"
          label="Add the co-production record (who took part, meetings, decisions)"
          checked={record}
          onChange={setRecord}
        />
      </fieldset>

      <p className="rt-export__status" role="status" aria-live="polite" data-testid="export-status">
        {working ? (
          <>
            <span className="rt-spinner" aria-hidden="true" />
            {WORKING_TEXT}
          </>
        ) : status.kind === 'ready' ? (
          `Your file is ready: ${status.fileName}`
        ) : null}
      </p>
      <p className="rt-export__warning" role="status" data-testid="export-warning">
        {status.kind === 'ready' && status.warning ? (
          <>
            <WarningIcon /> {status.warning}
          </>
        ) : null}
      </p>
      {status.kind === 'problem' ? (
        <p className="rt-form-error" role="alert">
          We could not make your file. {status.message}
        </p>
      ) : null}
      <div className="rt-dialog__actions">
        <Button
          type="submit"
          variant="primary"
          icon={<DownloadIcon />}
          aria-disabled={working ? true : undefined}
        >
          Download
        </Button>
        <Button onClick={onClose}>Close</Button>
      </div>
      {/* The download link is made here, inside the dialog, while the page behind is inert. */}
      <div ref={links} hidden />
    </form>
  );
}
