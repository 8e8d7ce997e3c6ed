import { defineRoute } from '../http/route-row';
import { untypedOutput } from '../http/untyped-output';
import { pub } from '../http/access-kinds';
import { z } from 'zod';

/** The dev capability's routes. */
export const devRoutes = {
  sms: defineRoute({
    id: 'dev.sms', method: 'GET', path: '/dev/sms', entry: 'dev/handlers/sms-inbox',
    access: pub,
    summary: "Local stack only: what the SMS sink would have sent.",
    input: z.object({}),
    output: { 200: untypedOutput },
    localOnly: true,
  }),
} as const;
