"""Export files written before the advisor's models changed, read as of now."""

from .migrations._rules_cite_works_data import LEGACY_SOURCES, WORKS


def rules_cite_works(records: list) -> list:
    """Version 2 to 3: a rule's free-text `source` becomes a citation of a
    citations.work record when the text names a work the site cites (as the
    migration does), and otherwise is kept, word for word, in `source_note`
    for an editor to replace. Works the file lacks come first (parents before
    children)."""
    present = {
        record["fields"].get("url")
        for record in records
        if _is(record, "citations.work") and isinstance(record.get("fields"), dict)
    }
    added: dict[str, dict] = {}
    for record in records:
        fields = record.get("fields") if _is(record, "advisor.rule") else None
        if not isinstance(fields, dict) or "source" not in fields:
            continue
        text = fields.pop("source") or ""
        url, locator = LEGACY_SOURCES.get(text, ("", ""))
        if url and url not in present and url not in added:
            added[url] = {
                "model": "citations.work",
                "fields": {**WORKS[url], "url": url},
            }
        fields.update(
            work=[url] if url else None,
            locator=locator,
            passage="",
            verified_in="",
            premise="",
            excluded_by="",
            source_note="" if url else text,
        )
    return [*added.values(), *records]


def _is(record, label: str) -> bool:
    return isinstance(record, dict) and record.get("model") == label
