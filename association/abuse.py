"""Keeping the public forms usable: a honeypot field and a per-address rate limit."""

from __future__ import annotations

from django import forms
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _


class HoneypotMixin(forms.Form):
    """A field people never see and never fill in; a bot that fills every field does.

    Hidden with CSS (not type=hidden, which bots skip), out of the tab order, and labelled
    so that a screen-reader user who meets it knows to leave it empty.
    """

    HONEYPOT = "website_url"

    website_url = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_bot(self) -> bool:
        return bool(self.data.get(self.HONEYPOT))


def client_address(request: HttpRequest) -> str:
    """The visitor's address as the server saw it. Behind a proxy, the proxy must set
    REMOTE_ADDR (e.g. gunicorn's --forwarded-allow-ips); X-Forwarded-For is not trusted."""
    return request.META.get("REMOTE_ADDR", "unknown")


def over_limit(request: HttpRequest, *, scope: str, limit: int, seconds: int) -> bool:
    """Count one more submission from this address; True once ``limit`` is passed within
    ``seconds``. Uses the shared cache, so the count holds across server processes."""
    key = f"ratelimit:{scope}:{client_address(request)}"
    cache.add(key, 0, seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, seconds)
        count = 1
    return count > limit
