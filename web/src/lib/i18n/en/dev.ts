import type { CataloguePart } from '../catalogue-part';
import type { zhDev } from '../zh/dev';

/** English for the local development tools. The type makes a key missing here (or only here) a compile error. */
export const enDev: CataloguePart<typeof zhDev> = {
  messages: {
    'sms.title': 'Local SMS inbox',
    'sms.intro': 'Text messages “sent” by the local development stack.',
    'sms.refresh': 'Refresh',
    'sms.localOnly': 'Only available in the local development environment',
    'sms.empty': 'No messages yet.',
    'sms.to': 'Number',
    'sms.text': 'Text',
    'sms.time': 'Time',
    'sms.status': 'Status',
  },
  codes: {},
};
