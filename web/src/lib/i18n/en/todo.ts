import type { CataloguePart } from '../catalogue-part';
import type { zhTodo } from '../zh/todo';

/** English for the workspace home (to-do, my orgs). The type makes a key missing here (or only here) a compile error. */
export const enTodo: CataloguePart<typeof zhTodo> = {
  messages: {
    'todo.unread': '{count} unread notices',
    'todo.confirm': 'Confirm receipt of “{title}”',
    'todo.until': 'due {time}',
    'todo.applications': '{org}: {count} membership applications to decide',
    'todo.members': '{org}: {count} member-unit applications to handle',
    'todo.siteItems': '{org}: {count} website items to review',
    'todo.resources': '{org}: {count} resources to review',
    'todo.reportsToReview': '{org}: {count} statistics reports to review',
    'todo.reportDue': '{org}: the {year} statistics report is due ({date})',
    'todo.reportReturned': '{org}: the {year} statistics report was returned: correct and resubmit ({date})',
    'todo.none': 'Nothing to do: all caught up.',
    'todo.unavailable': 'The to-do list could not be loaded; refresh in a moment.',
    'ws.welcome': 'Hello, {name}!',
    'ws.myOrgs': 'My organizations',
    'ws.noOrgs': 'Your account does not belong to any organization yet.',
    'ws.roles': 'Roles',
    'ws.manageOrg': 'Manage organization',
  },
  codes: {
  },
};
