import type { CataloguePart } from '../catalogue-part';
import type { zhResourceNew } from '../zh/resource-new';

/** English for uploading a resource to the library. The type makes a key missing here (or only here) a compile error. */
export const enResourceNew: CataloguePart<typeof zhResourceNew> = {
  messages: {
    'res.new.title': 'Submit to the library',
    'res.new.lead': 'Describe the resource. Your school reviews it before it is published.',
    'res.new.upload': 'File',
    'res.new.missing': 'The upload or organization is missing. Use “Submit to the library” under “My uploads” on the upload page.',
    'res.f.title': 'Title',
    'res.f.category': 'Category',
    'res.f.subject': 'Subject',
    'res.f.description': 'Description',
    'res.f.authors': 'Authors',
    'res.f.authorsHint': 'One author per line, at most 10.',
    'res.f.public': 'Also show it on the school website',
    'res.f.submit': 'Submit for review',
    'res.f.cover': 'Cover image',
    'res.f.coverHint': 'Optional: pick a jpg or png image (up to 20 MB); it is uploaded to storage right away.',
    'res.f.coverUploading': 'Uploading the cover…',
    'res.f.coverDone': 'Cover uploaded.',
    'res.f.coverRemove': 'Do not use this cover',
  },
  codes: {
  },
};
