/**
 * A field left with the mouse shows its error while the button is still down: the message pushes
 * the next field down, the button is released elsewhere, and the click the agent aimed (« Cette
 * saisine est urgente », « Suivant ») is lost. Blur-time work waits until the press is over and
 * its click has landed: `pointerup`, then the click in the same task, then this queue.
 */

let pressed = false;
let queue: Array<() => void> = [];

function release() {
  if (!pressed) return;
  pressed = false;
  const waiting = queue;
  queue = [];
  if (waiting.length > 0) setTimeout(() => waiting.forEach((action) => action()), 0);
}

if (typeof document !== 'undefined') {
  // Capture phase: no component may stop the press from being seen.
  document.addEventListener('pointerdown', () => (pressed = true), true);
  document.addEventListener('pointerup', release, true);
  document.addEventListener('pointercancel', release, true);
  // A release outside the window is never reported: a key or leaving the window ends the wait.
  document.addEventListener('keydown', release, true);
  window.addEventListener('blur', release);
}

/** Runs `action` now, or once the pointer pressed at the moment is released and its click done. */
export function afterPointerRelease(action: () => void): void {
  if (pressed) queue.push(action);
  else action();
}

/** A formik `onBlur` that marks the field touched (and so shows its error) after any press ends. */
export function deferredBlur<E>(onBlur: (event: E) => void): (event: E) => void {
  return (event) => afterPointerRelease(() => onBlur(event));
}
