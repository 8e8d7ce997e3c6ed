import type { CataloguePart } from '../catalogue-part';
import type { zhResourceBrowse } from '../zh/resource-browse';

/** English for browsing the resource library. The type makes a key missing here (or only here) a compile error. */
export const enResourceBrowse: CataloguePart<typeof zhResourceBrowse> = {
  messages: {
    'res.lead': 'Browse teaching resources reviewed and published by member organizations.',
    'res.region': 'Scope',
    'res.region.cvea': 'National',
    'res.category': 'Category',
    'res.category.all': 'All categories',
    'res.filter': 'Filter',
    'res.empty': 'No published resources here yet.',
    'res.top': 'Featured teachers',
    'res.top.national': 'National',
    'res.top.province': 'My province',
    'res.top.empty': 'No data yet',
    'res.top.count': '{n} works',
    'res.subject.all': 'All subjects',
    'res.q': 'Title keyword',
    'res.q.placeholder': 'Words from the title',
    'res.sort': 'Order',
    'res.sort.newest': 'Newest',
    'res.sort.views': 'Most viewed',
    'res.school.only': 'Only this school: {name}',
    'res.school.clear': 'Show all schools',
    'res.empty.filtered': 'Nothing matches these filters; try others.',
    'res.filter.clear': 'Clear filters',
    'res.views': '{n} views',
    'res.downloads': '{n} downloads',
    'res.download': 'Download',
    'res.counts': 'Statistics',
    'res.file': 'File',
    'res.trail': 'Review history',
    'res.takedown': 'Take down',
    'res.takedown.reason': 'Reason for taking down',
    'res.takedown.confirm': 'Take this resource down? It will no longer appear in the library.',
    'res.takedown.done': 'The resource was taken down.',
    'res.submitted': 'Submitted; waiting for the school to review it.',
  },
  codes: {
  },
};
