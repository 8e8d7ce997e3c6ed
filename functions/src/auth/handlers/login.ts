import { authRoutes } from '@trellis/shared/auth/routes';
import { route } from '../../access/route';
import { login } from '../login';

export const handler = route(authRoutes.login, ({ input, state }) => login(input, state.clientIp));
