/**
 * The address every part of the local stack listens on: DynamoDB Local, s3rver, the gateway and
 * the web server. Loopback, so nothing is reachable from the network, unless the user sets
 * TRELLIS_HOST (for example 0.0.0.0 to try the product from a phone on the same network).
 */
export const BIND_HOST = process.env.TRELLIS_HOST?.trim() || '127.0.0.1';

/** Where the stack's own clients connect: loopback when listening on every interface. */
export const CONNECT_HOST = BIND_HOST === '0.0.0.0' || BIND_HOST === '::' ? '127.0.0.1' : BIND_HOST;
