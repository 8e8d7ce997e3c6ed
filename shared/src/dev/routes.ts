import { defineRoute } from '../http/route-row';
import { pub } from '../http/access-kinds';
import { sinkMessageSchema } from './sink-message';
import { z } from 'zod';

/** The dev capability's routes. */
export const devRoutes = {
  sms: defineRoute({
    id: 'dev.sms', method: 'GET', path: '/dev/sms', entry: 'dev/handlers/sms',
    access: pub,
    summary: "Local stack only: what the SMS sink would have sent.",
    input: z.object({}),
    output: { 200: z.object({ items: z.array(sinkMessageSchema) }) },
    localOnly: true,
  }),
} as const;
