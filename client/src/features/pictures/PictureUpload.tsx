// Uploading a picture of one's own (a photo of the room, the council's logo) to the workspace.
// The server checks it and removes its metadata; its answer, good or bad, is said in words.
import { useId, useState } from 'react';
import type { UploadedPicture } from '@roundtable/shared/protocol/pictures';
import { uploadPicture } from '@roundtable/shared/protocol/routes';
import { uploadTo } from '../../app/http.ts';

export interface PictureUploadProps {
  documentId: string;
  onUploaded: (picture: UploadedPicture) => void;
}

export function PictureUpload({ documentId, onUploaded }: PictureUploadProps) {
  const id = useId();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({
    busy: false,
    error: null,
  });
  const send = async (file: File) => {
    setState({ busy: true, error: null });
    const result = await uploadTo(
      uploadPicture,
      { params: { id: documentId }, query: { name: file.name.slice(0, 120) } },
      file,
    );
    if (result.ok) {
      setState({ busy: false, error: null });
      onUploaded(result.data);
    } else setState({ busy: false, error: result.problem.message });
  };
  return (
    <div className={`rt-field rt-picture-upload${state.error ? ' rt-field--error' : ''}`}>
      <label className="rt-field__label" htmlFor={id}>
        Upload a picture
      </label>
      <p className="rt-field__hint" id={`${id}-hint`}>
        A photo or a logo of your own, as a PNG, JPEG or WebP file.
      </p>
      {state.error ? (
        <p className="rt-field__error" id={`${id}-error`} role="alert">
          <span className="rt-field__error-icon" aria-hidden="true">
            !
          </span>
          {state.error}
        </p>
      ) : null}
      <input
        id={id}
        type="file"
        accept="image/png,image/jpeg,image/webp"
        aria-describedby={`${id}-hint${state.error ? ` ${id}-error` : ''}`}
        aria-invalid={state.error ? true : undefined}
        disabled={state.busy}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void send(file);
        }}
      />
      {state.busy ? <p role="status">Uploading the picture…</p> : null}
    </div>
  );
}
