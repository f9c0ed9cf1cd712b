import type { ReactNode } from 'react';

/** A label with the asterisk of required fields (explained at the top of the form). */
export function FieldLabel({ children, required }: { children: ReactNode; required?: boolean }) {
  return (
    <>
      {children}
      {required && <span aria-hidden="true"> *</span>}
    </>
  );
}
