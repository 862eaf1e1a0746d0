"""The source view: the ERD's JSON text, edited directly."""

from .editor import SourceEdit
from .panel import SourcePanel

__all__ = ["SourceEdit", "SourcePanel"]
