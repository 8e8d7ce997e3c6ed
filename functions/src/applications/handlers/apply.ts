import { applicationInput } from '@trellis/shared/application/schemas';
import { route, Status } from '../../http/route';
import { submitApplication } from '../apply';

export const handler = route('public.apply', applicationInput, async ({ input }) =>
  new Status(201, await submitApplication(input)),
);
