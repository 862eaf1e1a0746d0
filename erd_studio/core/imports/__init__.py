"""Imports into an ERD: fields proposed from a sample JSON object, and fields and
mappings taken from another ERD file.

Both work in two steps so that nothing is added behind the user's back: ``propose_*``
/ ``plan_merge`` look and return a proposal to show for confirmation; ``apply_*``
are pure edits (``edit(doc) -> None``) that the GUI runs through
``Document.apply_model_edit`` as one undo step and the CLI runs before saving.
"""

from .merge import (
    KEEP_MINE,
    RENAME,
    TAKE_THEIRS,
    Conflict,
    MergePlan,
    apply_merge,
    plan_merge,
)
from .sample import (
    ProposedField,
    SampleError,
    SampleProposal,
    apply_fields,
    infer_type,
    parse_sample,
    propose_fields,
)

__all__ = [
    "KEEP_MINE",
    "RENAME",
    "TAKE_THEIRS",
    "Conflict",
    "MergePlan",
    "ProposedField",
    "SampleError",
    "SampleProposal",
    "apply_fields",
    "apply_merge",
    "infer_type",
    "parse_sample",
    "plan_merge",
    "propose_fields",
]
