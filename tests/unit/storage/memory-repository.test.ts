import { MemoryRepository } from '../../../src/storage/memory-repository';
import { repositoryContract } from './repository-contract';

repositoryContract('MemoryRepository', () => new MemoryRepository());
