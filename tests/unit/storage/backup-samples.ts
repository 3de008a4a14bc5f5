/** Shared data for the backup tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_SETTINGS, type Attempt, type BackupData } from '../../../src/storage/types';

const v1 = JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/db/v1.json'), 'utf8')) as { tables: { attempts: Attempt[] } };

/** Realistic data: the attempts of the v1 fixture (played from a real script) and changed settings. */
export const sampleData = (): BackupData => ({ attempts: structuredClone(v1.tables.attempts), settings: { ...DEFAULT_SETTINGS, pace: 'instant' } });
