import { Body, Query, type PipeTransform } from '@nestjs/common';
import { ApiBody, ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';
import { AppError } from './app-error';
import { zodIssuesToFields } from './zod-issues';

/** Validates a request part against a schema from libs/contracts. */
export class ZodPipe<S extends z.ZodType> implements PipeTransform {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.output<S> {
    const result = this.schema.safeParse(value ?? {}, { reportInput: true });
    if (!result.success) throw AppError.validation(zodIssuesToFields(result.error.issues));
    return result.data;
  }
}

function jsonSchema(schema: z.ZodType): Record<string, any> {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, any>;
}

/** `@ZodBody(schema) body`: validates the JSON body and documents it in OpenAPI. */
export function ZodBody(schema: z.ZodType): ParameterDecorator {
  return (target, key, index) => {
    Body(new ZodPipe(schema))(target, key, index);
    if (key) ApiBody({ schema: jsonSchema(schema) })(target, key, Object.getOwnPropertyDescriptor(target, key)!);
  };
}

/** `@ZodQuery(schema) query`: validates the query string and documents its parameters. */
export function ZodQuery(schema: z.ZodObject): ParameterDecorator {
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
