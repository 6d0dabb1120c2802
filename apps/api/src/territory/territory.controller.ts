import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Territory } from '@polyphony/contracts';
import { AppError } from '../core/errors/app-error';
import { TerritoryEntity } from './territory.entity';

@ApiTags('territory')
@Controller('territory')
export class TerritoryController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'The territory this instance serves, with participation figures' })
  async get(): Promise<Territory> {
    const territory = await this.db.getRepository(TerritoryEntity).findOne({ where: {}, order: { createdAt: 'ASC' } });
    if (!territory) throw AppError.notFound();
    const [stats] = await this.db.query(`
      SELECT (SELECT count(*) FROM organisations) AS organisations,
             (SELECT count(*) FROM users WHERE pseudonymised_at IS NULL) AS participants,
             (SELECT count(DISTINCT country) FROM (SELECT country FROM users WHERE pseudonymised_at IS NULL
                UNION ALL SELECT country FROM organisations) c) AS countries`);
    return {
      id: territory.id,
      slug: territory.slug,
      name: territory.name,
      country: territory.country,
      description: territory.description,
      municipalities: territory.municipalities,
      stats: { organisations: Number(stats.organisations), participants: Number(stats.participants), countries: Number(stats.countries) },
    };
  }
}
