import { createDataSource } from '../core/database/data-source';
import { entitiesFor } from './entities';

/** The DataSource the TypeORM CLI loads (see cli.ts); POLYPHONY_CLI_GROUPS limits the entities diffed. */
const groups = (process.env.POLYPHONY_CLI_GROUPS ?? '').split(',').filter(Boolean);
export default createDataSource(process.env.POLYPHONY_CLI_DB ?? '', { entities: entitiesFor(groups) });
