// Pictures in paragraphs: the picker, the display beside the words, and the commands.
export { PictureDialog, type PictureDialogProps } from './PictureDialog.tsx';
export { PictureDisplay, type PictureDisplayOptions } from './picture-display.ts';
export { caretParagraph, pictureChangeRefusal, setCaretPicture } from './picture-commands.ts';
export { pictureUrl } from './picture-sources.ts';
