"""ERD Studio: edit, validate, test and export External Resource Definitions."""

__version__ = "0.1.0"
