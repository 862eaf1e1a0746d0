"""HTTP status lines in the user's language: "201 Erstellt" rather than "201 Created".

Only the statuses the postbox contract uses have a phrase of ours; for any other code
the server's own reason phrase is shown as it came (it is the server's word, not ours).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "HttpStatus"

PHRASES = {
    200: QT_TRANSLATE_NOOP("HttpStatus", "OK"),
    201: QT_TRANSLATE_NOOP("HttpStatus", "Created"),
    400: QT_TRANSLATE_NOOP("HttpStatus", "Bad Request"),
    401: QT_TRANSLATE_NOOP("HttpStatus", "Unauthorized"),
    403: QT_TRANSLATE_NOOP("HttpStatus", "Forbidden"),
    404: QT_TRANSLATE_NOOP("HttpStatus", "Not Found"),
    409: QT_TRANSLATE_NOOP("HttpStatus", "Conflict"),
    413: QT_TRANSLATE_NOOP("HttpStatus", "Content Too Large"),
    415: QT_TRANSLATE_NOOP("HttpStatus", "Unsupported Media Type"),
    422: QT_TRANSLATE_NOOP("HttpStatus", "Unprocessable Entity"),
    429: QT_TRANSLATE_NOOP("HttpStatus", "Too Many Requests"),
    500: QT_TRANSLATE_NOOP("HttpStatus", "Internal Server Error"),
    502: QT_TRANSLATE_NOOP("HttpStatus", "Bad Gateway"),
    503: QT_TRANSLATE_NOOP("HttpStatus", "Service Unavailable"),
    504: QT_TRANSLATE_NOOP("HttpStatus", "Gateway Timeout"),
}


def status_line(status: int, reason: str) -> str:
    """``status`` with a translated phrase when it is one of the contract's, else the server's reason."""
    phrase = PHRASES.get(status)
    if phrase is None:
        return f"{status} {reason}".rstrip()
    translated = QCoreApplication.translate(CONTEXT, phrase)  # a variable: the source names it with QT_TRANSLATE_NOOP
    return f"{status} {translated}"
