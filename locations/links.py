"""What the advisor's result links to: the shortlist, set from its answers.

The advisor imports only this module of the locations app (tests/
test_architecture.py)."""

from urllib.parse import urlencode

from django.urls import reverse

from advisor.engine.geography import OPTION_BANDS, Band

# The advisor's answer on working-hours overlap, as the shortlist's weight.
OVERLAP_WEIGHTS = {"low": 1, "some": 3, "full": 5}


def shortlist_url(option: str, constraints: dict) -> str | None:
    """The shortlist for an option whose people work in another country, with
    its band and the data rule set from the advisor's constraint answers
    (`Assessment.answers["constraints"]`); None when the option works at home
    or when the data must stay in the country (every location abroad would
    be ruled out)."""
    abroad = OPTION_BANDS.get(option, frozenset()) - {Band.ONSHORE}
    data = constraints.get("data_residency", "none")
    if not abroad or data == "country":
        return None
    band = next(iter(abroad)).value if len(abroad) == 1 else "any"
    params = [("band", band)] if band != "any" else []
    if data == "region":
        params.append(("residency", "region"))
    weight = OVERLAP_WEIGHTS.get(constraints.get("hours_overlap", ""))
    if weight is not None and weight != 3:
        params.append(("overlap", str(weight)))
    url = reverse("locations:shortlist")
    return f"{url}?{urlencode(params)}" if params else url
