"""A sheet's form fields: "SRO:<tab><tab>Ann Tester" and "Programme:<tab>ASC" lines stated once over a
programme's table (bot/records/table_rows.py reads them as a block of their own, and carries who owns
the table and which programme it is to every row below, as a cell merged down would)."""

import re


def form_field(text: str) -> bool:
    """"SRO:<tab><tab>Ann Tester", "Programme:<tab>ASC<tab>Last updated:<tab>25/11/2016": labels ending in a
    colon, each followed by its value; no table's row of cells."""
    filled = _filled(text) if "\t" in text else []
    return 2 <= len(filled) <= 4 and len(filled) % 2 == 0 and all(label.endswith(":") for label in filled[::2]) \
        and not any(value.endswith(":") for value in filled[1::2])


# The fields a programme's sheet states once for the table below them: who owns it, which programme it is.
_CARRIED_FIELD = re.compile(r"^(?:.*\b(?:sro|senior responsible (?:officer|owner)|owner|lead|accountable (?:officer|lead))|"
                            r"(?:programme|workstream|project|scheme|initiative)(?: name)?)$", re.I)


def carried_fields(text: str) -> list[tuple[str, str]]:
    """A form field line's (label, value) pairs that stand for every row of the table below (not a
    programme manager's, nor a date's)."""
    filled = _filled(text)
    pairs = ((label.rstrip(":").strip(), value) for label, value in zip(filled[::2], filled[1::2]))
    return [(name, value) for name, value in pairs if _CARRIED_FIELD.match(name)]


def _filled(text: str) -> list[str]:
    return [c.strip() for c in text.split("\t") if c.strip()]
