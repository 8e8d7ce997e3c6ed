import { api } from './api';

/** A fresh captcha from the API, with its SVG as a data URL for an <img>. */
export async function newCaptcha(): Promise<{ id: string; svg: string } | undefined> {
  const result = await api('auth.captcha', {}, null);
  if (!result.ok) return undefined;
  const src = `data:image/svg+xml;base64,${Buffer.from(result.data.svg, 'utf8').toString('base64')}`;
  return { id: result.data.id, svg: src };
}
