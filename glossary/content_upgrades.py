"""Export files written before the site's models changed, read as of now."""

WORK_FIELDS = ("title", "publisher", "year", "url", "kind")


def sources_cite_works(records: list) -> list:
    """Version 1 to 2: a source record described its work (title, publisher,
    year, URL, kind); now it cites a citations.work record, one per URL, and
    the work records come first (parents before children)."""
    works: dict[str, dict] = {}
    upgraded = []
    for record in records:
        fields = record.get("fields") if isinstance(record, dict) else None
        if record_is_old_source(record) and isinstance(fields, dict):
            described = {name: fields.pop(name, None) for name in WORK_FIELDS}
            url = described["url"] or ""
            works.setdefault(
                url,
                {
                    "model": "citations.work",
                    "fields": {
                        **{k: v for k, v in described.items() if v is not None},
                        "authors": "",
                    },
                },
            )
            fields.update(work=[url], locator="", passage="", verified_in="")
        upgraded.append(record)
    return [*works.values(), *upgraded]


def record_is_old_source(record) -> bool:
    return isinstance(record, dict) and record.get("model") == "glossary.source"
