/**
 * A button that sends a request is disabled until the answer is in, so a second click cannot send the
 * same claim, release or deadline twice; `aria-busy` tells a screen reader it is working.
 */
export async function whileBusy(button: HTMLButtonElement | null, work: () => Promise<void>): Promise<void> {
  if (button?.disabled) return;
  if (button) {
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
  }
  try {
    await work();
  } finally {
    // The view may have been redrawn without this button; one still on the page works again.
    if (button) {
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  }
}

/** The button an event came from, when it is one. */
export const buttonOf = (event: Event): HTMLButtonElement | null => (event.currentTarget instanceof HTMLButtonElement ? event.currentTarget : null);
