/**
 * Attributes for a <details> that must open after a failed post. Spread, not `open={cond}`:
 * a bound `open` would be set to false during hydration and close a panel the user had
 * already opened while the page's JavaScript was loading.
 */
export function openWhen(condition: boolean): { open?: true } {
  return condition ? { open: true } : {};
}
