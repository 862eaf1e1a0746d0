"""The source view: the ERD's JSON text, edited directly."""

from .editor import SourceEdit

__all__ = ["SourceEdit"]
