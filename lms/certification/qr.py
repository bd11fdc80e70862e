"""The QR code of a certificate's verification address, as segno makes it, made faster.

segno chooses the data mask as ISO/IEC 18004 says: it applies each of the eight masks and keeps
the one with the lowest penalty. Done module by module in Python, that choice costs more than
the rest of the encoding, for every certificate. Here the symbol is encoded once with mask 0,
its data unmasked, and the eight penalties computed on rows and columns as strings and integers;
the symbol is then made with the chosen mask. The result is segno's own symbol, module for
module (tests/lms/certification/test_qr.py compares them on many addresses).
"""

import re
from functools import lru_cache

import segno
from segno import encoder

ERROR = "m"
_RUNS = re.compile(r"0{5,}|1{5,}")  # N1: five or more modules of one colour in a line
_FINDER_LIKE = "1011101"  # N3: dark-light-dark-dark-dark-light-dark
_TO_DIGITS = bytes.maketrans(b"\x00\x01", b"01")
_TO_MODULES = bytes.maketrans(b"01", b"\x00\x01")


@lru_cache(maxsize=8)
def _layout(width: int):
    """The symbol before its data, as segno evaluates it (function patterns, format and version
    areas reserved as light), which modules carry data, and each mask as integers by row."""
    function = encoder.make_matrix(width, width)
    encoder.add_finder_patterns(function, width, width)
    encoder.add_alignment_patterns(function, width, width)
    data = [bytes(int(value > 0x1) for value in row) for row in function]
    masks = []
    for pattern in encoder.get_data_mask_functions(False):
        rows = []
        for i in range(width):
            bits = "".join("1" if data[i][j] and pattern(i, j) else "0" for j in range(width))
            rows.append(int(bits, 2))
        masks.append(rows)
    return function, data, masks


def _penalty(rows: list[int], width: int) -> int:
    """segno's penalty (N1 to N4) of a symbol given as integers by row. Rows and columns are
    joined in one string, apart, so that one regular expression and one search go over all."""
    full = (1 << width) - 1
    lines = [format(row, f"0{width}b") for row in rows]
    text = "|".join(lines + ["".join(column) for column in zip(*lines, strict=True)])
    runs = _RUNS.findall(text)
    score = sum(map(len, runs)) - 2 * len(runs)
    stride = width + 1
    index = text.find(_FINDER_LIKE)
    while index != -1:
        start = index - index % stride  # the first module of this row or column
        after = index + 7
        if (
            index - start in (0, width - 7)
            or "1" not in text[max(index - 4, start) : index]
            or "1" not in text[after : min(after + 4, start + width)]
        ):
            score += 40
        else:
            after = index + 4
        index = text.find(_FINDER_LIKE, after)
    blocks = 0  # N2: 2 x 2 blocks of one colour
    for above, below in zip(rows, rows[1:], strict=False):
        same = ~(above ^ below) & full
        blocks += (same & (same >> 1) & ~(above ^ (above >> 1))).bit_count()
    dark = sum(row.bit_count() for row in rows)
    percent = float(dark) / (width**2)
    return score + 3 * blocks + 10 * int(abs(percent * 100 - 50) / 5)


def _as_int(row) -> int:
    return int(bytes(row).translate(_TO_DIGITS), 2)


def _best_mask(matrix, masks, function, data) -> int:
    """The mask segno would choose, read from the symbol made with mask 0."""
    base = []
    for i, row in enumerate(matrix):
        bits = bytearray(function[i])  # format and version areas as segno evaluates them
        for j, carries_data in enumerate(data[i]):
            if carries_data:
                bits[j] = row[j]
        base.append(_as_int(bits) ^ masks[0][i])
    best, best_score = 0, None
    for number, mask in enumerate(masks):
        score = _penalty([row ^ bits for row, bits in zip(base, mask, strict=True)], len(matrix))
        if best_score is None or score < best_score:
            best, best_score = number, score
    return best


def qr_make(content: str) -> segno.QRCode:
    """`segno.make(content, error="m")`, in about half its time."""
    code = encoder.encode(content, error=ERROR, mask=0)
    if code.version < 1:  # a Micro QR Code, too short for an address: segno's own way
        return segno.make(content, error=ERROR)
    width = len(code.matrix)
    function, data, masks = _layout(width)
    mask = _best_mask(code.matrix, masks, function, data)
    if mask == 0:
        return segno.QRCode(code)
    matrix = []
    for i, row in enumerate(code.matrix):
        bits = format(_as_int(row) ^ masks[0][i] ^ masks[mask][i], f"0{width}b")
        matrix.append(bytearray(bits.encode().translate(_TO_MODULES)))
    matrix = tuple(matrix)
    encoder.add_format_info(matrix, code.version, code.error, mask)
    return segno.QRCode(code._replace(matrix=matrix, mask=mask))
