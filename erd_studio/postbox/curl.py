""" "Copy as curl" for the payload being tested: the same request, for a terminal.

The token is never written into the command: it is read from ``$ERD_STUDIO_TOKEN``
when the command runs (the same convention as the curl export). The body travels in
a quoted here-document, so the shell interprets none of its characters.
"""

from __future__ import annotations

import shlex

TOKEN_VAR = "ERD_STUDIO_TOKEN"
_EOF = "ERD_STUDIO_BODY"


def curl_command(url: str, body: str, *, insecure: bool = False, ca_bundle: str | None = None) -> str:
    lines = [
        f"# Set the token first, without it landing in the shell history: read -rs {TOKEN_VAR}; export {TOKEN_VAR}",
        f"curl --silent --show-error --request POST {shlex.quote(url.strip())} \\",
        "  --header 'Content-Type: application/json' \\",
        "  --header 'Accept: application/json' \\",
        f'  --header "Authorization: Bearer ${{{TOKEN_VAR}:?set {TOKEN_VAR} to the postbox token}}" \\',
    ]
    if insecure:
        lines.append("  --insecure \\")
    elif ca_bundle:
        lines.append(f"  --cacert {shlex.quote(ca_bundle)} \\")
    lines += [f"  --data-binary @- <<'{_EOF}'", body.rstrip("\n"), _EOF]
    return "\n".join(lines) + "\n"
