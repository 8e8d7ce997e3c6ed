/** The parts of an OpenAPI 3.1 document the builder writes (openapi.ts). */

/** A JSON Schema (2020-12, the dialect of OpenAPI 3.1) as zod's `z.toJSONSchema` returns it. */
export type JsonSchema = { [key: string]: unknown };

export interface ParameterObject {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

export interface MediaTypeObject {
  schema: JsonSchema;
}

export interface ResponseObject {
  description: string;
  content?: { 'application/json': MediaTypeObject };
}

export type ResponseOrRef = ResponseObject | { $ref: string };

export interface OperationObject {
  operationId: string;
  tags: string[];
  summary: string;
  description: string;
  security: Record<string, string[]>[];
  parameters?: ParameterObject[];
  requestBody?: { required: boolean; content: { 'application/json': MediaTypeObject } };
  responses: Record<string, ResponseOrRef>;
}

export type PathItemObject = { [method in 'get' | 'post' | 'put' | 'patch' | 'delete']?: OperationObject };

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description?: string };
  servers?: { url: string; description?: string }[];
  tags: { name: string }[];
  paths: Record<string, PathItemObject>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, ResponseObject>;
    securitySchemes: Record<string, { type: 'http'; scheme: 'bearer'; description: string }>;
  };
}
