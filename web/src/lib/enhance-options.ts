import type { SubmitFunction } from '$app/forms';

/**
 * For "create" forms: after a successful post (which redirects back to the page) clear the
 * inputs, passwords included, and close the surrounding <details>, as a fresh page would.
 */
export const clearOnSuccess: SubmitFunction = () => async ({ result, formElement, update }) => {
  if (result.type === 'redirect' || result.type === 'success') {
    formElement.reset();
    formElement.closest('details')?.removeAttribute('open');
  }
  await update();
};

/**
 * For edit and decision forms: keep what was typed after a failure, but reload the page's data
 * when the server reports a conflict (409: someone else changed or decided it first).
 */
export const refreshOnConflict: SubmitFunction = () => async ({ result, update }) => {
  await update({ reset: false, refreshAll: result.type === 'failure' && result.status === 409 });
};
