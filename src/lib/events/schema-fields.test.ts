import { describe, expect, it } from 'vitest';
import { schemaFields } from './schema-fields';

describe('schemaFields', () => {
  it('flattens nested objects and arrays of objects with dotted paths, keeping required flags', () => {
    const rows = schemaFields({
      type: 'object',
      required: ['job'],
      properties: {
        job: {
          type: 'object',
          required: ['id'],
          properties: { id: { type: 'string', description: 'CI id' }, gpuHours: { type: 'number', minimum: 0 } },
        },
        artifacts: { type: 'array', items: { type: 'object', properties: { uri: { type: 'string' } } } },
        metrics: { type: 'object', additionalProperties: { type: 'number' } },
        kind: { enum: ['a', 'b'] },
      },
    });
    expect(rows).toEqual([
      { path: 'job', type: 'object', required: true, description: '' },
      { path: 'job.id', type: 'string', required: true, description: 'CI id' },
      { path: 'job.gpuHours', type: 'number', required: false, description: '≥ 0.' },
      { path: 'artifacts', type: 'object[]', required: false, description: '' },
      { path: 'artifacts[].uri', type: 'string', required: false, description: '' },
      { path: 'metrics', type: '{ [name]: number }', required: false, description: '' },
      { path: 'kind', type: '"a" | "b"', required: false, description: '' },
    ]);
  });
});
