"""The fixed JavaScript helpers of the YouTrack export (value conversion, posting).

Kept apart from the generator so the generated part (guard, attributes, requirements)
stays short to read, and these lines are the same in every export. They use only
``http.Connection`` from ``@jetbrains/youtrack-scripting-api`` and plain JavaScript.
"""

from __future__ import annotations

_SOURCE = """\
// Sets an attribute unless the value is empty (null, undefined or "").
function put(attributes, key, value) {
  if (value !== null && value !== undefined && value !== '') {
    attributes[key] = value;
  }
}

// Text of an issue property or custom field value (enum values, users, versions …).
function asText(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object') {
    return value.name || value.presentation || value.fullName || value.login || null;
  }
  return String(value);
}

// An e-mail address: a user's e-mail, or the text as it is.
function asEmail(value) {
  if (value && typeof value === 'object' && value.email) return value.email;
  return asText(value);
}

function asInteger(value) {
  const text = asText(value);
  const number = text === null ? NaN : Number(text);
  return Number.isInteger(number) ? number : null;
}

function asNumber(value) {
  const text = asText(value);
  const number = text === null ? NaN : Number(text);
  return Number.isFinite(number) ? number : null;
}

function asBoolean(value) {
  if (typeof value === 'boolean') return value;
  const text = asText(value);
  if (text === null) return null;
  return ['true', 'yes', '1'].indexOf(text.toLowerCase()) >= 0;
}

// YouTrack keeps dates as milliseconds since 1970; the postbox wants ISO 8601 text.
function asDateTime(value) {
  if (value === null || value === undefined || value === '') return null;
  const date = new Date(typeof value === 'number' ? value : String(value));
  return isNaN(date.getTime()) ? null : date.toISOString().replace(/\\.\\d{3}Z$/, 'Z');
}

function asDate(value) {
  const dateTime = asDateTime(value);
  return dateTime === null ? null : dateTime.slice(0, 10);
}

/**
 * Posts the issue as one record whose id is the issue's ID, so the postbox keeps one
 * record per issue (a second copy gets 409). Returns {sent, message}; never throws, so
 * a postbox that is down or refuses the record cannot undo the user's change.
 */
function sendRecord(issue, token) {
  let response;
  try {
    const body = {data: [{id: issue.id, attributes: buildAttributes(issue)}]};
    const connection = new http.Connection(POSTBOX_URL, null, TIMEOUT_MS);
    connection.addHeader('Content-Type', 'application/json');
    connection.addHeader('Accept', 'application/json');
    connection.addHeader('Authorization', 'Bearer ' + token);
    response = connection.postSync('', [], JSON.stringify(body));
  } catch (error) {
    return {sent: false, message: 'the record could not be built or sent (' + error + ')'};
  }
  if (response.exception || !response.code) {
    return {sent: false, message: 'the postbox could not be reached (' + response.exception + ')'};
  }
  if (response.code === 201) {
    return {sent: true, message: 'was sent to the postbox.'};
  }
  if (response.code === 409) {
    // Sent before, but "Reported" was not set then: mark it now, send nothing new.
    return {sent: true, message: 'was already in the postbox; marked as reported.'};
  }
  const answer = String(response.response || '').slice(0, 500);
  return {sent: false, message: 'the postbox answered HTTP ' + response.code + ': ' + answer};
}"""

HELPERS: tuple[str, ...] = tuple(_SOURCE.split("\n"))
