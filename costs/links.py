"""How the advisor's result links to the cost picture (the one module of
costs the advisor may import): size, horizon and the ranked options carried
over in the shareable GET address."""

from collections.abc import Sequence
from urllib.parse import urlencode

from django.urls import reverse

from .forms import SIZE_BANDS
from .options import OPTION_LABELS

# The advisor asks how long the work is needed, in bands; the cost picture's
# horizon is the longest time within the band, so the costs cover the time
# the manager said. "Three years or more" has no end: the page's default
# (5 years) applies and is shown as a default.
HORIZON_OF_DURATION = {"short": 1, "medium": 3}
# The advisor's sizes are bands too ("under 5", "5 to 50", "over 50"): the
# band is carried, never a number the manager did not type (the page uses a
# figure inside it, said to be one, until they type theirs).
SIZE_BAND_OF_VOLUME = {band: band for band in SIZE_BANDS}


def cost_picture_url(
    ranked_options: Sequence[str],
    *,
    volume: str | None = None,
    duration: str | None = None,
    result_token: str = "",
) -> str:
    """/cost/ with the advisor's ranking (best first), what its answers say
    about size and horizon, and the way back to the result."""
    params: dict[str, str | int] = {}
    if volume in SIZE_BAND_OF_VOLUME:
        params["size_band"] = SIZE_BAND_OF_VOLUME[volume]
    if duration in HORIZON_OF_DURATION:
        params["horizon"] = HORIZON_OF_DURATION[duration]
    # Only the options the cost picture knows: one an editor added to the
    # advisor later has no cost factors, and an unknown key would be an error.
    known = [key for key in dict.fromkeys(ranked_options) if key in OPTION_LABELS]
    if known:
        params["options"] = ",".join(known)
    if result_token:
        params["result"] = result_token
    url = reverse("costs:picture")
    return f"{url}?{urlencode(params)}" if params else url
