// Turns the API's OpenAPI document into the TypeScript declarations the site is typed
// against. One function, used by `npm run gen:api` and by the drift test, so both
// produce byte-identical output from the same document.
import openapiTS, { astToString } from 'openapi-typescript';

export const schemaFile = new URL('../src/api/schema.d.ts', import.meta.url);

const header = `/**
 * Generated from the Cms API's OpenAPI document (GET /swagger/v1/swagger.json)
 * by \`npm run gen:api\`. Do not edit: regenerate when the API changes. An e2e
 * test fails when this file differs from what the running API serves.
 */

`;

/** @param {object} document the parsed OpenAPI document */
export async function generateApiTypes(document) {
  const ast = await openapiTS(document);
  return header + astToString(ast);
}

/** @param {string} apiBaseUrl e.g. http://127.0.0.1:5080 */
export async function fetchOpenApiDocument(apiBaseUrl) {
  const url = new URL('/swagger/v1/swagger.json', apiBaseUrl);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return response.json();
}
