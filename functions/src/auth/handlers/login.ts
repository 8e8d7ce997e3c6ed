import { loginInput } from '@trellis/shared/account/schemas';
import { route } from '../../http/route';
import { login } from '../login';

export const handler = route('auth.login', loginInput, ({ input, state }) => login(input, state.clientIp));
