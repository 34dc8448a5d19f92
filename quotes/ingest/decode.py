"""Bytes to text: sniff binary data, decode UTF-8, fall back to clean cp1252, else give up."""

from __future__ import annotations

import re

# Control bytes that never occur in text (tab, newlines, form feed and ESC are left out).
_CONTROL = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_C1 = re.compile("[\x80-\x9f]")
# A well-formed multi-byte UTF-8 sequence: cp1252 text almost never contains one by chance
# (it would read as mojibake such as `Ã©`), so its presence means "UTF-8 with damage".
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)

BINARY_CONTROL_SHARE = 0.1  # text has almost no control bytes; a tenth of them is data, not text


def looks_binary(head: bytes) -> bool:
    """True for bytes that are not text: any NUL, or many control characters."""
    if not head or head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text has NULs
        return False
    if b"\x00" in head:
        return True
    return len(_CONTROL.findall(head)) > BINARY_CONTROL_SHARE * len(head)


def decoded_text(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) for `data`, or None when it is neither UTF-8 nor clean cp1252.

    A UTF-8 byte-order mark is kept as the first character (`\\ufeff`), so character offsets
    match a plain `open(path, encoding="utf-8").read()` of the file; readers skip it.
    """
    try:
        return data.decode("utf-8"), "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    except UnicodeDecodeError:
        pass
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:  # a UTF-16 file with its BOM (what Windows tools write as "Unicode")
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            return None
    return _cp1252(data)


def _cp1252(data: bytes) -> tuple[str, str] | None:
    # latin-1 would accept any bytes at all, so only cp1252 is tried, and only when the bytes
    # are not damaged UTF-8 and decode to text without C1 control characters.
    if _UTF8_MULTIBYTE.search(data):
        return None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if _C1.search(text):
        return None
    return text, "cp1252"


def first_bad_byte(data: bytes) -> str:
    """Where UTF-8 decoding fails, for a reject's detail."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return f"byte 0x{data[error.start]:02x} at offset {error.start} is not UTF-8"
    return ""
