// Accessible building blocks; nothing here imports a feature.
export { Button, type ButtonProps, type ButtonVariant } from './Button.tsx';
export { Checkbox, type CheckboxProps } from './Checkbox.tsx';
export { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog.tsx';
export { Dialog, type DialogProps } from './Dialog.tsx';
export { LiveAnnouncerProvider, useAnnouncer, type Announcer } from './LiveAnnouncer.tsx';
export { SelectField, type SelectFieldProps, type SelectOption } from './SelectField.tsx';
export { TextArea, type TextAreaProps } from './TextArea.tsx';
export { TextField, type TextFieldProps } from './TextField.tsx';
export { useSubmit, type Submit } from './useSubmit.ts';
export { VisuallyHidden } from './VisuallyHidden.tsx';
export * from './icons.tsx';
export { usePageTitle } from './page-title.ts';
export * from './dates.ts';
