#!/usr/bin/env node
/*
 * Validates JSON documents against a JSON Schema (Draft 2020-12) with ajv and
 * ajv-formats, the validator much of the JavaScript world uses.
 *
 * Usage: node ajv-validate.js SCHEMA.json DOC.json [DOC.json ...]
 * Prints one JSON line per document ({file, valid, errors}); exit 0 when all are valid,
 * 1 when one is not, 2 when the schema itself does not compile.
 */
'use strict';

const fs = require('fs');
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;

const [schemaPath, ...docPaths] = process.argv.slice(2);
const ajv = new Ajv2020({allErrors: true, allowUnionTypes: true});
addFormats(ajv);

let validate;
try {
  validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
} catch (error) {
  process.stdout.write(JSON.stringify({file: schemaPath, compiled: false, error: String(error)}) + '\n');
  process.exit(2);
}
let failed = false;
for (const docPath of docPaths) {
  const valid = validate(JSON.parse(fs.readFileSync(docPath, 'utf8')));
  failed = failed || !valid;
  process.stdout.write(JSON.stringify({file: docPath, valid, errors: validate.errors || []}) + '\n');
}
process.exit(failed ? 1 : 0);
