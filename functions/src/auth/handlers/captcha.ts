import { authRoutes } from '@trellis/shared/auth/routes';
import { route } from '../../access/route';
import { Status } from '../../http/status';
import { newCaptcha } from '../captcha';

export const handler = route(authRoutes.captcha, async () => new Status(201, await newCaptcha()));
