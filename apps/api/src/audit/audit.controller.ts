import { Controller } from '@nestjs/common';
import { Route } from '../core/http/route';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { auditQuerySchema, AUDIT_ROUTES } from '@polyphony/contracts';
import { SignedIn } from '../core/auth/auth.decorators';
import { type Parsed, ZodQuery } from '../core/errors/zod-validation';
import { AuditService } from './audit.service';

@ApiTags('admin')
@Controller()
@SignedIn('admin')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Route(AUDIT_ROUTES.list)
  @ApiOperation({ summary: 'The audit log, newest first, filtered by actor, action and dates (admins)' })
  list(@ZodQuery(auditQuerySchema) query: Parsed<typeof auditQuerySchema>) {
    return this.audit.list(query);
  }
}
