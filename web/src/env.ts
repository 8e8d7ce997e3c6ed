import { defineEnvVars } from '@sveltejs/kit/env';

/** Server configuration, validated when the app starts. */
export const variables = defineEnvVars({
  API_URL: {
    description: 'Base URL of the Trellis HTTP API (the local gateway or API Gateway).',
    schema: (value) => {
      const url = (value ?? '').trim() || 'http://127.0.0.1:4010';
      if (!/^https?:\/\/[^/]+/.test(url)) throw new Error('API_URL must be an http(s) URL');
      return url.replace(/\/+$/, '');
    },
  },
  CONTRACT_CHECK: {
    description: 'When 1, every API success response is parsed with its route row\'s output schema; a mismatch is logged and answered as a 502 (on in the browser tests, off in production).',
    schema: (value) => (value ?? '').trim() === '1',
  },
  PROXY_SECRET: {
    description: 'Shared with the API: lets it trust the browser IP forwarded for login throttling.',
    schema: (value) => (value ?? '').trim(),
  },
});
