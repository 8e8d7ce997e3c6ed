import type { CataloguePart } from '../catalogue-part';
import type { zhResourceReview } from '../zh/resource-review';

/** English for an org's resource review. The type makes a key missing here (or only here) a compile error. */
export const enResourceReview: CataloguePart<typeof zhResourceReview> = {
  messages: {
    'res.status': 'Status',
    'res.review.approve': 'Approve',
    'res.review.return': 'Return',
    'res.review.reason': 'Reason for returning',
    'res.review.confirm': 'Return this resource to its submitter?',
    'res.review.empty.pending': 'Nothing to review: submitted resources appear here.',
    'res.review.empty.returned': 'No returned resources.',
    'res.review.empty.published': 'No published resources yet.',
    'res.review.empty.taken_down': 'No resources taken down.',
    'res.review.own': 'You uploaded this resource: another admin of the school must review it.',
    'res.submitter': 'Submitted by',
    'res.submittedAt': 'Submitted',
  },
  codes: {
  },
};
