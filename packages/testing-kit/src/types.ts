// Types of a kit's handlers, read from the `operations` interface that
// openapi-typescript generates (src/generated/schema.ts of each API package):
// an override's parameters and body are the operation's, and what it answers
// is checked against the spec's responses, status by status.

/** The shape of openapi-typescript's `operations`: operationId → operation. */
export type OperationsShape = { [operationId: string]: any };
export type OperationIdOf<Operations> = Extract<keyof Operations, string>;

type MaybePromise<T> = T | Promise<T>;
type ParametersOf<Op> = Op extends { parameters: infer P } ? P : Record<string, never>;
type Present<T> = [NonNullable<T>] extends [never] ? Record<string, never> : NonNullable<T>;
/** Path or query parameters of an operation, as the kit parsed and checked them. */
export type ParamsIn<Op, In extends "path" | "query"> =
  ParametersOf<Op> extends { [K in In]?: infer V } ? Present<V> : Record<string, never>;

type JsonOf<Content> = Content extends { "application/json": infer Json }
  ? Json
  : Content extends Record<string, infer Any>
    ? Any
    : unknown;
/** An operation's request body, as the kit parsed and checked it (`undefined` when it takes none). */
export type RequestBodyOf<Op> = Op extends { requestBody?: infer B } ? (B extends { content: infer C } ? JsonOf<C> : undefined) : undefined;

type ResponsesOf<Op> = Op extends { responses: infer R } ? R : Record<string, never>;
type StatusOf<Key> = Key extends number ? Key : Key extends `${infer N extends number}` ? N : number;
type BodyOf<Response> = Response extends { content: infer C } ? JsonOf<C> : undefined;
type ReplyTo<Key, Response> = { status: StatusOf<Key>; headers?: Record<string, string> } & (BodyOf<Response> extends undefined
  ? { body?: undefined }
  : { body: BodyOf<Response> });

/** What an override answers: one of the statuses the operation declares, with a body of that status's schema. */
export type Reply<Op> = { [Key in keyof ResponsesOf<Op>]: ReplyTo<Key, ResponsesOf<Op>[Key]> }[keyof ResponsesOf<Op>];

/** The body of an operation's 2xx answers (what `example()` returns). */
export type SuccessBody<Op> = {
  [Key in keyof ResponsesOf<Op>]: `${Key & (string | number)}` extends `2${string}` ? BodyOf<ResponsesOf<Op>[Key]> : never;
}[keyof ResponsesOf<Op>];

export interface ResolverInput<Op> {
  /** The request as sent (read its body with `request.clone()` if you must; `body` has it parsed). */
  request: Request;
  operationId: string;
  /** Path parameters, checked against the spec and converted to its types. */
  params: ParamsIn<Op, "path">;
  /** Query parameters, checked and converted the same way. */
  query: ParamsIn<Op, "query">;
  /** The JSON body, checked against the operation's request schema. */
  body: RequestBodyOf<Op>;
}

/**
 * Answers one operation: a reply checked against the spec's types (and, at
 * run time, against its schemas), a `Response` of your own, or `undefined`
 * to leave the request to the next handler.
 */
export type OperationResolver<Op> = (input: ResolverInput<Op>) => MaybePromise<Reply<Op> | Response | undefined>;
