/**
 * The slice of SvelteKit's adapter server instance (`@sveltejs/kit` `Server`) the Lambda
 * handler uses; declared here so infra/ needs no dependency on web/'s toolchain.
 */
declare module 'trellis-web-build/server/server.js' {
  export const server: {
    init(options: { env: Record<string, string | undefined> }): Promise<void>;
    respond(request: Request, options: { getClientAddress(): string }): Promise<Response>;
  };
}
