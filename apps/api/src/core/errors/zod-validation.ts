import { Body, Query, type PipeTransform } from '@nestjs/common';
import { ApiBody, ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';
import { AppError } from './app-error';
import { zodIssuesToFields } from './zod-issues';

/**
 * What a handler receives from `@ZodBody(schema)` / `@ZodQuery(schema)`: the schema's output, with
 * its defaults applied and its transforms run (`limit` a number, optional flags filled in). The
 * contracts' `*Request` / `*Query` types are the schema's input (what the web app sends); type the
 * parameter `Parsed<typeof schema>` so that it says what the pipe really hands over.
 */
export type Parsed<S extends z.ZodType> = z.output<S>;

/** Validates a request part against a schema from libs/contracts. */
export class ZodPipe<S extends z.ZodType> implements PipeTransform {
  constructor(private readonly schema: S) {}

  transform(value: unknown): Parsed<S> {
    const result = this.schema.safeParse(value ?? {}, { reportInput: true });
    if (!result.success) throw AppError.validation(zodIssuesToFields(result.error.issues));
    return result.data;
  }
}

function jsonSchema(schema: z.ZodType): Record<string, any> {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, any>;
}

/** `@ZodBody(schema) body: Parsed<typeof schema>`: validates the JSON body and documents it in OpenAPI. */
export function ZodBody<S extends z.ZodType>(schema: S): ParameterDecorator {
  return (target, key, index) => {
    Body(new ZodPipe(schema))(target, key, index);
    if (key) ApiBody({ schema: jsonSchema(schema) })(target, key, Object.getOwnPropertyDescriptor(target, key)!);
  };
}

/** `@ZodQuery(schema) query: Parsed<typeof schema>`: validates the query string and documents its parameters. */
export function ZodQuery<S extends z.ZodObject>(schema: S): ParameterDecorator {
  return (target, key, index) => {
    Query(new ZodPipe(schema))(target, key, index);
    if (!key) return;
    const descriptor = Object.getOwnPropertyDescriptor(target, key)!;
    const properties = jsonSchema(schema).properties ?? {};
    for (const [name, prop] of Object.entries<Record<string, any>>(properties)) {
      ApiQuery({ name, required: false, schema: prop })(target, key, descriptor);
    }
  };
}
