import type { INestApplication } from '@nestjs/common';
import type { Env } from '../config/env';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { CSRF_HEADER } from '@polyphony/contracts';

/** OpenAPI at /api/docs (UI) and /api/docs-json, built from the controllers and the zod contracts. */
export function setupOpenApi(app: INestApplication, env: Pick<Env, 'OPENAPI_PUBLIC' | 'NODE_ENV'>) {
  // The document maps every endpoint: published outside production, in production only when asked.
  if (!(env.OPENAPI_PUBLIC ?? env.NODE_ENV !== 'production')) return;
  const config = new DocumentBuilder()
    .setTitle('Polyphony API')
    .setDescription(
      `Build a territory's international strategy with its people. Sessions use an httpOnly cookie; every non-GET request must send ` +
        `the token of GET /api/auth/csrf in the ${CSRF_HEADER} header. Errors: { error: { code, message, fields }, requestId }.`,
    )
    .setVersion('0.1.0')
    .addCookieAuth('polyphony_sid', { type: 'apiKey', in: 'cookie', description: 'Named __Host-polyphony_sid over https' }, 'session')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', useGlobalPrefix: false });
}
