"""JSON pointer ↔ text position, via tree-sitter-json.

Why tree-sitter: it is error-tolerant (a half-typed document still yields a tree, so the
editor can map a caret to a pointer while the text does not parse) and it is C, so a
parse stays cheap on large ERDs; only the path of a pointer is walked in Python. The
index is built lazily: a document without diagnostics never pays for it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import tree_sitter_json
from tree_sitter import Language, Node, Parser, Tree

from .diagnostics import pointer_join, pointer_split
from .textpos import LineIndex, common_prefix, common_suffix


@lru_cache(maxsize=1)
def _parser() -> Parser:
    return Parser(Language(tree_sitter_json.language()))


@dataclass(frozen=True, slots=True)
class Span:
    """1-based start and end (exclusive) position of a node in the text."""

    line: int
    column: int
    end_line: int
    end_column: int
    start: int  # character offsets, for editors
    end: int


def _value_children(node: Node) -> list[Node]:
    return [c for c in node.named_children if c.type not in ("comment", "ERROR")]


def _key_text(pair: Node) -> str | None:
    key = pair.child_by_field_name("key")
    if key is None or key.text is None:
        return None
    try:
        value = json.loads(key.text.decode("utf-8", "replace"))
    except ValueError:
        return None
    return value if isinstance(value, str) else None


def _point(data: bytes, offset: int) -> tuple[int, int]:
    row = data.count(b"\n", 0, offset)
    return row, offset - (data.rfind(b"\n", 0, offset) + 1)


class PositionIndex:
    """Locates pointers in one text; build one per text version and reuse it.

    Given the index of the previous version of the same text (the editor re-validates
    after every pause in typing), the tree is re-parsed incrementally: a one-character
    edit costs well under a millisecond instead of a full parse.
    """

    def __init__(self, text: str, previous: PositionIndex | None = None) -> None:
        self.text = text
        self._bytes = text.encode("utf-8", "surrogatepass")
        self._ascii = len(self._bytes) == len(text)
        self._lines = LineIndex(text)
        self.tree = self._parse(previous)
        self._pairs: dict[int, dict[str, Node]] = {}
        self._items: dict[int, list[Node]] = {}

    def _parse(self, previous: PositionIndex | None) -> Tree:
        if previous is None:
            return _parser().parse(self._bytes)
        old, new = previous._bytes, self._bytes
        start = common_prefix(old, new)
        tail = common_suffix(old, new, min(len(old), len(new)) - start)
        tree = previous.tree.copy()
        tree.edit(
            start_byte=start,
            old_end_byte=len(old) - tail,
            new_end_byte=len(new) - tail,
            start_point=_point(old, start),
            old_end_point=_point(old, len(old) - tail),
            new_end_point=_point(new, len(new) - tail),
        )
        return _parser().parse(new, tree)

    # --- conversions -------------------------------------------------------------
    def _char_offset(self, byte_offset: int) -> int:
        if self._ascii:
            return byte_offset
        return len(self._bytes[:byte_offset].decode("utf-8", "surrogatepass"))

    def span(self, node: Node) -> Span:
        start = self._char_offset(node.start_byte)
        end = self._char_offset(node.end_byte)
        line, col = self._lines.line_col(start)
        end_line, end_col = self._lines.line_col(end)
        return Span(line, col, end_line, end_col, start, end)

    # --- walking -----------------------------------------------------------------
    def root_value(self) -> Node | None:
        values = _value_children(self.tree.root_node)
        return values[0] if values else None

    def _pairs_of(self, obj: Node) -> dict[str, Node]:
        pairs = self._pairs.get(obj.id)
        if pairs is None:
            pairs = {}
            for child in obj.named_children:
                if child.type == "pair":
                    key = _key_text(child)
                    if key is not None:
                        pairs.setdefault(key, child)
            self._pairs[obj.id] = pairs
        return pairs

    def _step(self, node: Node, token: str) -> tuple[Node | None, Node | None]:
        """Child value for one pointer token, and the pair node when in an object."""
        if node.type == "object":
            pair = self._pairs_of(node).get(token)
            if pair is None:
                return None, None
            return pair.child_by_field_name("value"), pair
        if node.type == "array" and token.isdigit():
            items = self._items.get(node.id)
            if items is None:
                items = self._items[node.id] = _value_children(node)
            index = int(token)
            return (items[index] if index < len(items) else None), None
        return None, None

    def find(self, pointer: str) -> tuple[Node | None, Node | None, bool]:
        """Deepest node on the pointer's path, its pair node, and whether it was reached."""
        node = self.root_value()
        pair: Node | None = None
        if node is None:
            return None, None, False
        for token in pointer_split(pointer):
            child, child_pair = self._step(node, token)
            if child is None:
                return node, pair, False
            node, pair = child, child_pair
        return node, pair, True

    def locate(self, pointer: str, key: bool = False) -> Span:
        """Span of the value at ``pointer`` (of its key when ``key``), or of the nearest ancestor."""
        node, pair, _ = self.find(pointer)
        if node is None:
            return Span(1, 1, 1, 1, 0, 0)
        if key and pair is not None:
            key_node = pair.child_by_field_name("key")
            if key_node is not None:
                return self.span(key_node)
        return self.span(node)

    def pointer_at(self, offset: int) -> str:
        """Pointer of the innermost value that contains a character offset (caret)."""
        node = self.root_value()
        tokens: list[str | int] = []
        while node is not None:
            next_node = None
            if node.type == "object":
                for pair in node.named_children:
                    if pair.type == "pair" and self._contains(pair, offset):
                        key = _key_text(pair)
                        value = pair.child_by_field_name("value")
                        if key is None:
                            break
                        tokens.append(key)
                        next_node = value
                        break
            elif node.type == "array":
                for index, item in enumerate(_value_children(node)):
                    if self._contains(item, offset):
                        tokens.append(index)
                        next_node = item
                        break
            node = next_node
        return pointer_join(*tokens)

    def _contains(self, node: Node, offset: int) -> bool:
        span = self.span(node)
        return span.start <= offset <= span.end

    def first_error(self) -> Span | None:
        """Where tree-sitter first gave up, for text that does not parse."""
        stack = [self.tree.root_node]
        while stack:
            node = stack.pop()
            if node.type == "ERROR" or node.is_missing:
                return self.span(node)
            if node.has_error:
                stack.extend(reversed(node.children))
        return None


def locate_duplicate_key(text: str, key: str) -> tuple[str, tuple[int, int]] | None:
    """Pointer and position of the second occurrence of ``key`` inside one object."""
    index = PositionIndex(text)
    root = index.root_value()
    stack: list[tuple[Node, tuple[Any, ...]]] = [(root, ())] if root is not None else []
    while stack:
        node, path = stack.pop()
        if node.type == "object":
            seen: set[str] = set()
            for pair in node.named_children:
                if pair.type != "pair":
                    continue
                name = _key_text(pair)
                if name == key and name in seen:
                    span = index.span(pair)
                    return pointer_join(*path, name), (span.line, span.column)
                if name is not None:
                    seen.add(name)
                value = pair.child_by_field_name("value")
                if value is not None:
                    stack.append((value, (*path, name)))
        elif node.type == "array":
            for i, item in enumerate(_value_children(node)):
                stack.append((item, (*path, i)))
    return None
