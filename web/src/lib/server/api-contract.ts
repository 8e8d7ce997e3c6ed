import type { z } from 'zod';
import type { PathParamsOf } from '@trellis/shared/http/route-row';
import type { RouteId, RouteOf } from '@trellis/shared/http/routes';

/** The request and response types of each route, inferred from its row in the route table. */
type Row<I extends RouteId> = RouteOf<I>;
type Input<I extends RouteId> = z.input<Row<I>['input']>;
type ParamKey<I extends RouteId> = PathParamsOf<Row<I>['path']>;
type Rest<I extends RouteId> = Omit<Input<I>, ParamKey<I>>;
type InQuery<I extends RouteId> = Row<I>['method'] extends 'GET' | 'DELETE' ? true : false;

/** Path parameters by name, the query string (GET, DELETE) or the JSON body (other methods). */
export type RouteRequest<I extends RouteId> = {
  params?: { [K in ParamKey<I>]: string };
} & (InQuery<I> extends true
  ? { query?: { [K in keyof Rest<I>]?: string | null | undefined }; body?: never }
  : { query?: never; body?: Rest<I> });

type Outputs<I extends RouteId> = Row<I>['output'];
/** The body of any success status the row declares. */
export type RouteResponse<I extends RouteId> = { [S in keyof Outputs<I>]: Outputs<I>[S] extends z.ZodType ? z.output<Outputs<I>[S]> : never }[keyof Outputs<I>];
