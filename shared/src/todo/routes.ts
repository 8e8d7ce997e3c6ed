import { z } from 'zod';
import { session } from '../http/access-kinds';
import { defineRoute } from '../http/route-row';
import { todoSummarySchema } from './schemas';

/** The todo capability's routes. */
export const todoRoutes = {
  summary: defineRoute({
    id: 'todo.summary', method: 'GET', path: '/me/todo', entry: 'todo/handlers/summary',
    access: session,
    summary: 'My 待办: unread notices and confirmations due, and per org what waits for me (applications, member units, site items, resources, reports). A fixed number of DynamoDB requests, whatever the counts.',
    input: z.object({}),
    output: { 200: todoSummarySchema },
  }),
} as const;
