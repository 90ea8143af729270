import { readFile } from 'node:fs/promises';
import { expect, inject, test } from 'vitest';
import { fetchOpenApiDocument, generateApiTypes, schemaFile } from '../../scripts/api-types.mjs';

test('src/api/schema.d.ts matches the OpenAPI document the running API serves (else: npm run gen:api)', async () => {
  const document = await fetchOpenApiDocument(inject('apiUrl'));
  const generated = await generateApiTypes(document);
  const committed = await readFile(schemaFile, 'utf8');
  expect(committed, 'the API changed: run `npm run gen:api` with the API running and commit src/api/schema.d.ts').toBe(generated);
});
