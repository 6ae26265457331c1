/** zod schemas of the request bodies @forge/kvs 1.6.5 sends (see node_modules/@forge/kvs/out/interfaces/kvs-api.d.ts). */
import { z } from 'zod';

export const metadataFieldSchema = z.enum(['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME']);
export type MetadataFieldName = z.infer<typeof metadataFieldSchema>;

export const ttlSchema = z.object({
  value: z.number().int().positive(),
  unit: z.enum(['SECONDS', 'MINUTES', 'HOURS', 'DAYS']),
});
export type Ttl = z.infer<typeof ttlSchema>;

export const getOptionsSchema = z.object({ metadataFields: z.array(metadataFieldSchema).optional() }).optional();

export const setOptionsSchema = z
  .object({
    ttl: ttlSchema.optional(),
    keyPolicy: z.enum(['OVERRIDE', 'FAIL_IF_EXISTS']).optional(),
    returnValue: z.enum(['PREVIOUS', 'LATEST']).optional(),
    returnMetadataFields: z.array(metadataFieldSchema).optional(),
  })
  .optional();
export type SetOptions = z.infer<typeof setOptionsSchema>;

export const clauseSchema = z.object({
  condition: z.enum([
    'BEGINS_WITH', 'BETWEEN', 'CONTAINS', 'NOT_CONTAINS', 'EQUAL_TO', 'NOT_EQUAL_TO',
    'EXISTS', 'NOT_EXISTS', 'GREATER_THAN', 'GREATER_THAN_EQUAL_TO', 'LESS_THAN', 'LESS_THAN_EQUAL_TO',
  ]),
  values: z.array(z.unknown()),
});
export type Clause = z.infer<typeof clauseSchema>;

export const filterSchema = clauseSchema.extend({ property: z.string() });
export const filtersSchema = z.object({ and: z.array(filterSchema).optional(), or: z.array(filterSchema).optional() });
export type Filters = z.infer<typeof filtersSchema>;

export const getRequestSchema = z.object({ key: z.string(), options: getOptionsSchema });
export const setRequestSchema = z.object({ key: z.string(), value: z.unknown(), options: setOptionsSchema });
export const deleteRequestSchema = z.object({ key: z.string() });

export const entityGetRequestSchema = getRequestSchema.extend({ entityName: z.string() });
export const entitySetRequestSchema = setRequestSchema.extend({ entityName: z.string() });
export const entityDeleteRequestSchema = deleteRequestSchema.extend({ entityName: z.string() });

export const queryRequestSchema = z.object({
  limit: z.number().int().optional(),
  after: z.string().optional(),
  where: z.array(clauseSchema.extend({ property: z.literal('key') })).optional(),
  options: getOptionsSchema,
});

export const entityQueryRequestSchema = z.object({
  entityName: z.string(),
  indexName: z.string(),
  partition: z.array(z.unknown()).optional(),
  range: clauseSchema.optional(),
  filters: filtersSchema.optional(),
  sort: z.enum(['ASC', 'DESC']).optional(),
  limit: z.number().int().optional(),
  cursor: z.string().optional(),
  // the query builder nests metadataFields in `options`; the typed request has it at the top level
  metadataFields: z.array(metadataFieldSchema).optional(),
  options: getOptionsSchema,
});
export type EntityQueryRequest = z.infer<typeof entityQueryRequestSchema>;

const batchKeySchema = z.object({ key: z.string(), entityName: z.string().optional() });
export const batchSetRequestSchema = z.array(batchKeySchema.extend({ value: z.unknown(), options: z.object({ ttl: ttlSchema.optional() }).optional() }));
export const batchGetRequestSchema = z.array(batchKeySchema.extend({ options: getOptionsSchema }));
export const batchDeleteRequestSchema = z.array(batchKeySchema);

const transactionKeySchema = z.object({ key: z.string(), entityName: z.string().optional(), conditions: filtersSchema.optional() });
export const transactionRequestSchema = z.object({
  set: z.array(transactionKeySchema.extend({ value: z.unknown(), options: z.object({ ttl: ttlSchema.optional() }).optional() })).optional(),
  delete: z.array(transactionKeySchema).optional(),
  check: z.array(transactionKeySchema.extend({ conditions: filtersSchema })).optional(),
});
export type TransactionRequest = z.infer<typeof transactionRequestSchema>;
