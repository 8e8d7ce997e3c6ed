import type { CataloguePart } from '../catalogue-part';
import type { zhEditor } from '../zh/editor';

/** English for the rich-text editor (notices, site items). The type makes a key missing here (or only here) a compile error. */
export const enEditor: CataloguePart<typeof zhEditor> = {
  messages: {
    'compose.linkPrompt': 'Link address (starting with https://)',
    'compose.toolbar': 'Body formatting',
    'compose.bold': 'Bold',
    'compose.italic': 'Italic',
    'compose.bullets': 'Bulleted list',
    'compose.numbers': 'Numbered list',
    'compose.link': 'Link',
  },
  codes: {
  },
};
