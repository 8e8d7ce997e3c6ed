import type { SiteItemBody, SiteItemKind } from '@trellis/shared/site-items/schemas';
import { list, text } from '../form-fields.ts';
import { plainTextToHtml } from '#lib/notices.ts';

/** What the item form posts, echoed back after a failure. */
export interface ItemFormValues {
  kind: SiteItemKind;
  title: string;
  bodyHtml: string;
  bodyHtmlFormat: string;
  imageIds: string[];
}

/**
 * Reads the item form. Without JavaScript the editor is a textarea (no `bodyHtmlFormat=html`)
 * and the text becomes paragraphs; the API sanitizes whatever arrives.
 */
export function readItemForm(form: FormData): ItemFormValues {
  return {
    kind: text(form, 'kind') === 'notice' ? 'notice' : 'news',
    title: text(form, 'title'),
    bodyHtml: text(form, 'bodyHtml'),
    bodyHtmlFormat: text(form, 'bodyHtmlFormat') === 'html' ? 'html' : '',
    imageIds: list(form, 'imageIds').filter((id) => !list(form, 'removeImage').includes(id)),
  };
}

export function itemBody(values: ItemFormValues, submit: boolean): SiteItemBody {
  const bodyHtml = values.bodyHtmlFormat === 'html' ? values.bodyHtml : plainTextToHtml(values.bodyHtml);
  return { kind: values.kind, title: values.title, bodyHtml, imageIds: values.imageIds, submit };
}
