import type { Response } from 'express';
import type { PersonalDataExport } from '@polyphony/contracts';

export function sendExport(res: Response, data: PersonalDataExport) {
  const day = data.exportedAt.slice(0, 10);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="polyphony-my-data-${day}.json"`);
  res.setHeader('Cache-Control', 'no-store');
  res.send(JSON.stringify(data, null, 2));
}
