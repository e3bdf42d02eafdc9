from django.http import HttpRequest

from .site import get_site_chrome


def site(request: HttpRequest) -> dict:
    """The header and footer content, for every template (one cache read per request)."""
    return {"site": get_site_chrome()}
