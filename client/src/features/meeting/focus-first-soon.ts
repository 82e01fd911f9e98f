// After a change that moves or removes buttons: on the next frame, focus the first of the given
// element ids that is still there and usable, else the fallback (a section's heading).
export function focusFirstSoon(fallback: HTMLElement | null, ...ids: string[]): void {
  requestAnimationFrame(() => {
    for (const id of ids) {
      const target = document.getElementById(id);
      if (target && !(target as HTMLButtonElement).disabled) {
        target.focus();
        return;
      }
    }
    fallback?.focus();
  });
}
