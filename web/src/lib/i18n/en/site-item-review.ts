import type { CataloguePart } from '../catalogue-part';
import type { zhSiteItemReview } from '../zh/site-item-review';

/** English for one site item's review and trail. The type makes a key missing here (or only here) a compile error. */
export const enSiteItemReview: CataloguePart<typeof zhSiteItemReview> = {
  messages: {
    'sitesw.preview': 'Preview (as the website shows it)',
    'sitesw.edit': 'Edit',
    'sitesw.submit': 'Submit for approval',
    'sitesw.approve': 'Approve and publish',
    'sitesw.return': 'Return for changes',
    'sitesw.reasonOptional': 'Note (optional)',
    'sitesw.recommend': 'Recommend to {parent}',
    'sitesw.publishHere': 'Publish on our website',
    'sitesw.reject': 'Reject',
    'sitesw.recommendUp': 'Recommend further up to {parent}',
    'sitesw.takedown': 'Take down',
    'sitesw.takedownWarn': 'Taking it down removes the item from every website, list and feed; the author’s org sees the reason. Take it down?',
    'sitesw.restore': 'Restore',
    'sitesw.confirm': 'Confirm',
    'sitesw.trail': 'Trail',
    'sitesw.placements': 'Where it is published',
    'sitesw.place.recommended': 'Waiting for review',
    'sitesw.place.published': 'Published',
    'sitesw.place.rejected': 'Rejected',
    'sitesw.place.forwarded': 'Passed further up',
    'sitesw.trail.created': 'Written',
    'sitesw.trail.edited': 'Edited',
    'sitesw.trail.submitted': 'Submitted',
    'sitesw.trail.approved': 'Approved and published',
    'sitesw.trail.returned': 'Returned',
    'sitesw.trail.recommended': 'Recommended to {to}',
    'sitesw.trail.published': 'Published',
    'sitesw.trail.rejected': 'Rejected',
    'sitesw.trail.taken_down': 'Taken down',
    'sitesw.trail.restored': 'Restored',
    'sitesw.done': 'Done.',
    'sitesw.viewOnSite': 'View on the website',
  },
  codes: {
  },
};
