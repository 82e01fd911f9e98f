// The one button: at least 44 × 44 px, a visible label, and a calm look. Variants say how much
// a button matters on its page; "danger" is kept for acts that take something away.
import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'danger';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** A small picture before the label; it is hidden from screen readers. */
  icon?: ReactNode;
  ref?: Ref<HTMLButtonElement>;
}

export function Button({
  variant = 'secondary',
  icon,
  className,
  type = 'button',
  children,
  ...rest
}: ButtonProps) {
  const classes = ['rt-button', `rt-button--${variant}`, className].filter(Boolean).join(' ');
  return (
    <button type={type} className={classes} {...rest}>
      {icon ? (
        <span className="rt-button__icon" aria-hidden="true">
          {icon}
        </span>
      ) : null}
      <span className="rt-button__label">{children}</span>
    </button>
  );
}
