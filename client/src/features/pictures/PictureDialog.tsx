// The picture picker for the paragraph with the cursor, as a dialog opened from the toolbar
// ("Add a picture", or "Change picture" when the paragraph has one).
import type { Editor } from '@tiptap/core';
import { formatPictureRef } from '@roundtable/shared/editor/picture';
import { Dialog } from '../../ui/index.ts';
import { caretParagraph, pictureChangeRefusal, setCaretPicture } from './picture-commands.ts';
import { pictureUrl } from './picture-sources.ts';
import { PicturePicker } from './PicturePicker.tsx';
import type { LoadPictureIndex } from './usePictureResults.ts';

export interface PictureDialogProps {
  editor: Editor;
  documentId: string;
  open: boolean;
  onClose: () => void;
  loadIndex?: LoadPictureIndex;
}

function PictureForm({ editor, documentId, onClose, loadIndex }: Omit<PictureDialogProps, 'open'>) {
  const paragraph = caretParagraph(editor.state);
  const ref = paragraph?.picture ?? null;
  const url = ref ? pictureUrl(ref, documentId) : null;
  const close = () => {
    editor.commands.focus();
    onClose();
  };
  return (
    <PicturePicker
      documentId={documentId}
      paragraphText={paragraph?.node.textContent ?? ''}
      current={
        ref && url
          ? { ref: formatPictureRef(ref), name: paragraph?.alt || 'the picture now', url }
          : null
      }
      currentAlt={paragraph?.alt ?? ''}
      refusal={() => pictureChangeRefusal(editor)}
      onSave={(picture) => {
        setCaretPicture(editor, picture);
        onClose();
      }}
      {...(ref
        ? {
            onRemove: () => {
              setCaretPicture(editor, null);
              onClose();
            },
          }
        : {})}
      onCancel={close}
      uploadedUrl={(pictureId) => pictureUrl({ source: 'upload', id: pictureId }, documentId) ?? ''}
      {...(loadIndex ? { loadIndex } : {})}
    />
  );
}

export function PictureDialog({ open, ...props }: PictureDialogProps) {
  const hasPicture = open && caretParagraph(props.editor.state)?.picture;
  return (
    <Dialog
      open={open}
      title={hasPicture ? 'Change picture' : 'Add a picture'}
      description="The picture goes on the left of the paragraph, with its words on the right."
      onClose={props.onClose}
    >
      {open ? <PictureForm {...props} /> : null}
    </Dialog>
  );
}
