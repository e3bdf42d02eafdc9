from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from .chrome import get_site_chrome


def site(request: HttpRequest) -> dict:
    """The header and footer content, for every template: one cache read, made only when a
    template uses it (the admin's pages never do)."""
    return {"site": SimpleLazyObject(get_site_chrome)}
