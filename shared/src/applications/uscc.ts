import { z } from 'zod';
import { isValidUscc } from './uscc-check';

export const usccSchema = z
  .string()
  .trim()
  .toUpperCase()
  .length(18, 'code.length')
  .refine(isValidUscc, 'code.checksum');
