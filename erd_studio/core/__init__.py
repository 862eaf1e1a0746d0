"""ERD Studio's domain: pure Python, no Qt (a test enforces it)."""

from .canonical import to_text
from .diagnostics import CODES, Diagnostic
from .model import MISSING, Attribute, ErdDocument, Field, Mapping, TargetProfile
from .profiles import ProfileError, ProfileRegistry, default_registry, load_profile_file
from .validate import FileError, LoadResult, load_bytes, load_path, validate_text

__all__ = [
    "CODES",
    "MISSING",
    "Attribute",
    "Diagnostic",
    "ErdDocument",
    "Field",
    "FileError",
    "LoadResult",
    "Mapping",
    "ProfileError",
    "ProfileRegistry",
    "TargetProfile",
    "default_registry",
    "load_bytes",
    "load_path",
    "load_profile_file",
    "to_text",
    "validate_text",
]
