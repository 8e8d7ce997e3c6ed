import type { Key } from './keys';

/** Keys of the guards that count an anonymous public view at most once per visitor and day. */
export const publicViewKeys = {
  /** One visitor (a hash of the client IP) having viewed one resource on one day (China time). */
  resourceView: (resourceId: string, day: string, visitorHash: string): Key => ({
    pk: `PUBVIEW#${resourceId}#${day}#${visitorHash}#`,
    sk: 'VIEW',
  }),
};
