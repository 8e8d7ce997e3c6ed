/**
 * How a phone number is shown (stored as entered or as E.164): a mainland mobile as
 * 139 0000 4721 (3-4-4, without +86), anything else unchanged. Without zod: used in the browser.
 */
export function formatPhone(phone: string | null | undefined): string {
  if (!phone) return '';
  const digits = phone.replace(/[\s-]/g, '');
  const mobile = /^(?:\+?86)?(1\d{10})$/.exec(digits)?.[1];
  return mobile ? `${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}` : phone;
}
