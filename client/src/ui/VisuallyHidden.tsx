// Text for screen readers only, e.g. the document title after a short "Rename" button label.
import type { ReactNode } from 'react';

export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="rt-visually-hidden">{children}</span>;
}
