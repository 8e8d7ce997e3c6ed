import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { clientAddress, isFromCloudFront, requestUrl, toRequest, toResult } from '../web-lambda/convert';

function event(overrides: Partial<APIGatewayProxyEventV2> & { method?: string } = {}): APIGatewayProxyEventV2 {
  const { method = 'GET', ...rest } = overrides;
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/orgs/o1',
    rawQueryString: 'tab=people&q=a%20b',
    headers: { host: 'fn.lambda-url.eu-west-1.on.aws', 'x-forwarded-host': 'd1.cloudfront.net', accept: 'text/html' },
    requestContext: {
      domainName: 'fn.lambda-url.eu-west-1.on.aws',
      http: { method, path: '/orgs/o1', protocol: 'HTTP/1.1', sourceIp: '203.0.113.9', userAgent: 'test' },
    } as APIGatewayProxyEventV2['requestContext'],
    isBase64Encoded: false,
    ...rest,
  };
}

describe('web Lambda: event -> Request', () => {
  it('builds the public URL from the viewer host, or ORIGIN when set', () => {
    expect(requestUrl(event(), undefined).href).toBe('https://d1.cloudfront.net/orgs/o1?tab=people&q=a%20b');
    expect(requestUrl(event(), 'https://trellis.example.org').href).toBe('https://trellis.example.org/orgs/o1?tab=people&q=a%20b');
  });

  it('never lets the path change the host', () => {
    const url = requestUrl(event({ rawPath: '//evil.example/x', rawQueryString: '' }), undefined);
    expect(url.host).toBe('d1.cloudfront.net');
  });

  it('passes headers and joins the cookies, but drops the origin secret', () => {
    const request = toRequest(
      event({ cookies: ['a=1', 'session=xyz'], headers: { host: 'h', 'x-origin-verify': 's3cret', 'x-test': 'yes' } }),
      undefined,
    );
    expect(request.headers.get('cookie')).toBe('a=1; session=xyz');
    expect(request.headers.get('x-test')).toBe('yes');
    expect(request.headers.has('x-origin-verify')).toBe(false);
  });

  it('decodes base64 bodies byte for byte', async () => {
    const bytes = Buffer.from([0, 255, 1, 254]);
    const request = toRequest(event({ method: 'POST', body: bytes.toString('base64'), isBase64Encoded: true }), undefined);
    expect(Buffer.from(await request.arrayBuffer())).toEqual(bytes);
  });

  it('sends form posts as text', async () => {
    const request = toRequest(event({ method: 'POST', body: 'name=%C3%A9&x=1' }), undefined);
    expect(request.method).toBe('POST');
    expect(await request.text()).toBe('name=%C3%A9&x=1');
  });
});

describe('web Lambda: Response -> result', () => {
  it('keeps every Set-Cookie separate', async () => {
    const headers = new Headers({ 'content-type': 'text/html; charset=utf-8' });
    headers.append('set-cookie', 'session=abc; Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT; HttpOnly');
    headers.append('set-cookie', 'lang=zh; Path=/');
    const result = await toResult(new Response('<p>hi</p>', { status: 200, headers }));
    expect(result.cookies).toEqual(['session=abc; Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT; HttpOnly', 'lang=zh; Path=/']);
    expect(result.headers).not.toHaveProperty('set-cookie');
    expect(result).toMatchObject({ statusCode: 200, body: '<p>hi</p>', isBase64Encoded: false });
  });

  it('base64-encodes binary and compressed bodies', async () => {
    const bytes = Buffer.from([137, 80, 78, 71, 0, 1]);
    const png = await toResult(new Response(bytes, { headers: { 'content-type': 'image/png' } }));
    expect(png).toMatchObject({ isBase64Encoded: true, body: bytes.toString('base64') });
    const gzip = await toResult(new Response(bytes, { headers: { 'content-type': 'text/html', 'content-encoding': 'gzip' } }));
    expect(gzip.isBase64Encoded).toBe(true);
  });

  it('passes redirects through', async () => {
    const result = await toResult(new Response(null, { status: 303, headers: { location: '/orgs/o1' } }));
    expect(result).toMatchObject({ statusCode: 303, headers: { location: '/orgs/o1' } });
  });
});

describe('web Lambda: trust', () => {
  it('accepts only requests carrying the CloudFront secret, when one is configured', () => {
    expect(isFromCloudFront(event({ headers: { 'x-origin-verify': 'right' } }), 'right')).toBe(true);
    expect(isFromCloudFront(event({ headers: { 'x-origin-verify': 'wrong' } }), 'right')).toBe(false);
    expect(isFromCloudFront(event({ headers: {} }), 'right')).toBe(false);
    expect(isFromCloudFront(event({ headers: {} }), undefined)).toBe(true);
  });

  it('uses the viewer IP from CloudFront only when the origin is verified', () => {
    const e = event({ headers: { 'x-viewer-ip': '198.51.100.7' } });
    expect(clientAddress(e, true)).toBe('198.51.100.7');
    expect(clientAddress(e, false)).toBe('203.0.113.9');
  });
});
