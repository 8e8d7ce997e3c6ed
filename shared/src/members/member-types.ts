/** Kinds of member units (seed 002's member composition), without zod for the browser bundle. */
export const MEMBER_TYPES = ['school', 'university', 'enterprise', 'research', 'association', 'government', 'other'] as const;
export type MemberType = (typeof MEMBER_TYPES)[number];

/** pending → approved | rejected; approved → ended (the membership is over). */
export const MEMBER_STATUSES = ['pending', 'approved', 'rejected', 'ended'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** How many approved members the compact summary item (for the public home page) keeps. */
export const MEMBER_SUMMARY_SIZE = 12;
