import { authRoutes } from '@trellis/shared/auth/routes';
import { AuthRequired } from '../../errors';
import { route } from '../../access/route';
import { signAssertion } from '../../security/actor-assertion';
import { activeAmong, sessionView } from '../session-view';

/** The session read: who is signed in (the session, account and orgs in one BatchGet when warm), with an actor assertion. */
export const handler = route(authRoutes.me, async ({ state }) => {
  if (!state.auth || !state.tokenHash) throw new AuthRequired();
  const { account, memberships, orgs, todo } = state.auth;
  const view = await sessionView(account, memberships, orgs ? activeAmong(memberships, orgs) : undefined, todo);
  const assertion = signAssertion(state.tokenHash, state.auth);
  if (!assertion) throw new Error('ASSERTION_SECRET is not set: actor assertions cannot be signed');
  return { ...view, assertion };
});
