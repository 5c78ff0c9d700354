"""One HLO instruction's text, split into its parts: ``%name = <result shape> opcode(<operands>), <attrs>``.

TPU traces name each op event by this text. Shapes carry layouts with parentheses of their own
(``f32[8,128]{1,0:T(8,128)}``) and results may be tuples, so the split walks brackets rather than
trusting a regular expression.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPEN, _CLOSE = "([{", ")]}"
_SHAPE = re.compile(r"\b[a-z]+\d*[a-z\d]*\[[\d,]*\]")
_NAME = re.compile(r"%([\w.-]+)")


@dataclass(frozen=True)
class HloText:
    """``result``: the result shape text; ``opcode``; ``operands``: the text inside the operand
    parentheses; ``attributes``: the rest (replica_groups=..., calls=...)."""

    result: str
    opcode: str
    operands: str
    attributes: str

    @property
    def operand_names(self) -> list[str]:
        """Instruction names of the operands, in order ('%copy-start.4' -> 'copy-start.4')."""
        return _NAME.findall(self.operands)

    def signature(self) -> str:
        """opcode(operand shapes)->result shapes, layouts dropped: stable across recompiles."""
        operands = ",".join(_SHAPE.findall(self.operands))
        result = " ".join(_SHAPE.findall(self.result))
        return f"{self.opcode}({operands})->{result}"


def _skip_balanced(text: str, pos: int) -> int:
    """Index just past the bracketed group starting at ``text[pos]``."""
    depth = 0
    for index in range(pos, len(text)):
        char = text[index]
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth -= 1
            if depth == 0:
                return index + 1
    return len(text)


def split_hlo_text(text: str) -> HloText | None:
    """Split one instruction's text; None when it does not look like one."""
    equals = text.find("=")
    if equals < 0:
        return None
    pos = equals + 1
    while pos < len(text) and text[pos] == " ":
        pos += 1
    # The result shape: a tuple "( ... )", or one token whose brackets may hold spaces or parens.
    start = pos
    if pos < len(text) and text[pos] == "(":
        pos = _skip_balanced(text, pos)
    else:
        while pos < len(text) and text[pos] != " ":
            pos = _skip_balanced(text, pos) if text[pos] in _OPEN else pos + 1
    result = text[start:pos]
    match = re.compile(r"\s*([a-z][\w.-]*)\(").match(text, pos)
    if match is None:
        return None
    open_paren = match.end() - 1
    close = _skip_balanced(text, open_paren)
    return HloText(
        result=result,
        opcode=match.group(1),
        operands=text[open_paren + 1 : close - 1],
        attributes=text[close:].lstrip(", "),
    )
