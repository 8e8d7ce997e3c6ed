import type { CataloguePart } from '../catalogue-part';
import type { zhHome } from '../zh/home';

/** English for the public home page. The type makes a key missing here (or only here) a compile error. */
export const enHome: CataloguePart<typeof zhHome> = {
  messages: {
    'home.title': 'The work platform for vocational-education organizations',
    'home.lead': 'Trellis gives national, provincial and city vocational-education societies, associations and their member units one workspace and an official website each: an organization registers online, and once its superior approves, its workspace, admin account and website are ready.',
    'home.sites': 'Society websites',
    'home.sites.search': 'Find an organization\'s website',
    'home.sites.placeholder': 'Organization name, e.g. Jinan',
    'home.sites.go': 'Search',
    'home.sites.national': 'The national society\'s website',
    'home.sites.provinces': 'Provincial societies',
    'home.sites.others': 'Centres and branches',
    'home.features': 'What it does',
    'home.f1.title': 'Register online, start at once',
    'home.f1.text': 'Organizations apply online; on approval by the parent, the workspace, admin account and website are provisioned automatically.',
    'home.f2.title': 'Managed level by level',
    'home.f2.text': 'Each level manages its own organization, sub-organizations, accounts and approvals, and nothing else.',
    'home.f3.title': 'An official website for every org',
    'home.f3.text': 'Every organization has its own website, edited by itself, readable on phones.',
    'home.f4.title': 'Safe accounts',
    'home.f4.text': 'A captcha after failed sign-ins, password resets by the superior admin or by SMS code.',
    'home.start': 'Getting started',
    'home.step1': 'Check whether your organization is registered',
    'home.step2': 'If not, register it',
    'home.step3': 'Check the decision with your application number',
    'home.step4': 'Once approved, sign in with your admin account',
  },
  codes: {
  },
};
