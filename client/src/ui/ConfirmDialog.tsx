// "Are you sure?": a dialog with one action and Cancel. It shows that the action is under way,
// and the server's refusal in words if there is one.
import { useState, type ReactNode } from 'react';
import { Button, type ButtonVariant } from './Button.tsx';
import { Dialog } from './Dialog.tsx';
import { useSubmit } from './useSubmit.ts';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  description: string;
  confirmLabel: string;
  confirmIcon?: ReactNode;
  variant?: ButtonVariant;
  /** Does the action; resolves with a problem to show, or null when it worked. */
  onConfirm: () => Promise<string | null>;
  onClose: () => void;
  /** More to choose before confirming (e.g. a checkbox), shown under the description. */
  children?: ReactNode;
}

export function ConfirmDialog({
  open,
  title,
  description,
  confirmLabel,
  confirmIcon,
  variant = 'primary',
  onConfirm,
  onClose,
  children,
}: ConfirmDialogProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, run } = useSubmit();
  const close = () => {
    setProblem(null);
    onClose();
  };
  return (
    <Dialog open={open} title={title} description={description} onClose={close}>
      {children}
      {problem ? (
        <p className="rt-form-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="rt-dialog__actions">
        <Button
          variant={variant}
          icon={confirmIcon}
          disabled={busy}
          onClick={() => {
            void run(async () => {
              setProblem(await onConfirm());
            });
          }}
        >
          {confirmLabel}
        </Button>
        <Button onClick={close}>Cancel</Button>
      </div>
    </Dialog>
  );
}
