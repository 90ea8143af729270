// npm run gen:api [apiBaseUrl]: regenerate src/api/schema.d.ts from a running API.
// The URL comes from the argument, else CMS_API_URL, else run.sh's default port.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { fetchOpenApiDocument, generateApiTypes, schemaFile } from './api-types.mjs';

const apiBaseUrl = process.argv[2] ?? process.env.CMS_API_URL ?? 'http://127.0.0.1:5080';
const document = await fetchOpenApiDocument(apiBaseUrl);
await writeFile(schemaFile, await generateApiTypes(document));
console.log(`Wrote ${fileURLToPath(schemaFile)} from ${apiBaseUrl}`);
