#!/usr/bin/env node
/*
 * Runs a generated YouTrack workflow script under Node, as YouTrack would, against a
 * real HTTP server.
 *
 * JetBrains' own @jetbrains/youtrack-scripting-api package runs for real: its http.js
 * builds the request. Only the YouTrack runtime is stood in for:
 *   - the global Java.type('jetbrains.youtrack.scripts.http.ClientFactory'), whose
 *     client sends the request synchronously (a child Node process doing fetch);
 *   - entities.Issue.onChange, whose body the package keeps hidden: here it hands the
 *     rule's properties back so the harness can fire guard and action;
 *   - the issue and the context (ctx.issue, ctx.settings, requirement entities).
 *
 * Usage: node run-workflow.js SCRIPT.js ISSUE.json [TIMES]
 *   The token setting (ERD_STUDIO_TOKEN_SETTING, default postboxToken) gets the value of
 *   the environment variable ERD_STUDIO_TOKEN.
 *   Prints one JSON object: the rule's title, per firing whether the guard passed,
 *   the issue's fields afterwards, the workflow log and the number of HTTP requests.
 */
'use strict';

const childProcess = require('child_process');
const fs = require('fs');
const Module = require('module');
const path = require('path');

// The generated script lives elsewhere; let its require() find this folder's packages.
process.env.NODE_PATH = path.join(__dirname, 'node_modules');
Module._initPaths();

const [scriptPath, issuePath, timesArg] = process.argv.slice(2);
const times = Number(timesArg || 1);
const log = [];
let requests = 0;

// One synchronous HTTP exchange in a child process (YouTrack's client is synchronous too).
const FETCH_CHILD = `
let input = '';
process.stdin.on('data', (c) => { input += c; });
process.stdin.on('end', async () => {
  const req = JSON.parse(input);
  try {
    const res = await fetch(req.url, {method: req.method, headers: req.headers, body: req.body,
                                      signal: AbortSignal.timeout(req.timeout)});
    const headers = [];
    res.headers.forEach((value, name) => headers.push({name, value}));
    process.stdout.write(JSON.stringify({code: res.status, headers, body: await res.text()}));
  } catch (error) {
    process.stdout.write(JSON.stringify({exception: String(error)}));
  }
});`;

function send(method, url, headers, body, timeout) {
  requests += 1;
  const out = childProcess.execFileSync(process.execPath, ['-e', FETCH_CHILD], {
    input: JSON.stringify({method, url, headers, body, timeout: timeout || 10000}),
  });
  return JSON.parse(out.toString('utf8'));
}

// The transport that http.js asks the YouTrack runtime for.
const ClientFactory = {
  getHttpClient(sslKeyName, timeout) {
    return {
      request(type, url, uri) {
        const target = new URL((url || '') + (uri || ''));
        const headers = {};
        let payload;
        return {
          addParameter(name, value) { target.searchParams.append(name, value); },
          addHeader(name, value) { headers[name] = value; },
          setPayload(value) { payload = typeof value === 'string' ? value : JSON.stringify(value); },
          go() {
            const r = send(type, target.toString(), headers, payload, timeout);
            return {
              getResponse: () => (r.exception ? null : r.body),
              getResponseAsStream: () => null,
              getHeaders: () => r.headers || [],
              getCode: () => r.code,
              getException: () => r.exception || null,
              isSuccess: () => !r.exception && r.code >= 200 && r.code < 400,
              toString: () => `HTTP ${r.code}`,
            };
          },
        };
      },
    };
  },
};

globalThis.Java = {
  type(name) {
    if (name === 'jetbrains.youtrack.scripts.http.ClientFactory') return ClientFactory;
    throw new Error(`the test harness does not provide the Java type ${name}`);
  },
};
globalThis.$$environment = {};
for (const level of ['log', 'info', 'warn', 'error', 'trace']) {
  console[level] = (...args) => log.push({level, text: args.map(String).join(' ')});
}

const entities = require('@jetbrains/youtrack-scripting-api/entities');
let rule = null;
entities.Issue.onChange = function (properties) {
  rule = properties;
  return {};
};

require(path.resolve(scriptPath));
if (!rule) throw new Error('the script did not declare an onChange rule');

// Requirements are plugged into the context by their alias, as YouTrack does.
const issue = JSON.parse(fs.readFileSync(issuePath, 'utf8'));
const tokenSetting = process.env.ERD_STUDIO_TOKEN_SETTING || 'postboxToken';
const ctx = {issue, settings: {[tokenSetting]: process.env.ERD_STUDIO_TOKEN}};
for (const [aliasName, requirement] of Object.entries(rule.requirements || {})) {
  const entity = {name: requirement.name || aliasName};
  for (const [key, value] of Object.entries(requirement)) {
    if (value && typeof value === 'object') entity[key] = {name: value.name || key};
  }
  ctx[aliasName] = entity;
}

const firings = [];
for (let i = 0; i < times; i += 1) {
  const passed = Boolean(rule.guard(ctx));
  if (passed) rule.action(ctx);
  firings.push({guard: passed});
}
process.stdout.write(JSON.stringify({title: rule.title, firings, fields: issue.fields, log, requests}) + '\n');
