"""Plan records read from tables and prose at ingest time (filled in by the plan-records work)."""

from bot.models import ParsedDocument


def extract_records(doc: ParsedDocument) -> dict[str, list[dict]]:
    return {}
