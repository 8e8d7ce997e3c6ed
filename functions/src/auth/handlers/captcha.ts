import { z } from 'zod';
import { route, Status } from '../../http/route';
import { newCaptcha } from '../captcha';

export const handler = route('auth.captcha', z.object({}), async () => new Status(201, await newCaptcha()));
