import type { CataloguePart } from '../catalogue-part';
import type { zhMemberApply } from '../zh/member-apply';

/** English for member units on the public site (apply, status, list). The type makes a key missing here (or only here) a compile error. */
export const enMemberApply: CataloguePart<typeof zhMemberApply> = {
  messages: {
    'mem.applyTitle': 'Apply to become a member unit of {name}',
    'mem.applyIntro': 'Fill in your unit and submit; once {name} approves, it appears on the member page. Keep the application number to check progress.',
    'mem.typePick': 'Choose a type',
    'mem.codeHint': '18 characters, on the business licence or registration certificate',
    'mem.submit': 'Submit application',
    'mem.captcha': 'Captcha',
    'mem.captchaHint': 'Many applications were sent: type the digits in the image',
    'mem.captchaAlt': 'Captcha image',
    'mem.publicLead': 'These units were reviewed and admitted as members.',
    'mem.total': '{count} member units',
    'mem.empty': 'No member units yet.',
    'mem.applyLink': 'Apply to become a member unit',
    'mem.statusTitle': 'Membership application',
    'mem.decidedAt': 'Decided',
    'mem.received': 'Application submitted. Keep the application number.',
    'mem.statusLookup': 'Check an application',
    'mem.number': 'Application number',
    'mem.title': 'Member units',
    'mem.lookup': 'Check',
  },
  codes: {
  },
};
