"""Postbox access without Qt: HTTP client, keychain, profiles, and the local test postbox."""
