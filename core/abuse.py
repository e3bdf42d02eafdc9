"""Keeping the public forms usable: a honeypot field and a per-address rate limit."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class HoneypotMixin(forms.Form):
    """A field people never see and never fill in; a bot that fills every field does.

    Hidden with CSS (not type=hidden, which bots skip), out of the tab order, and labelled
    so that a screen-reader user who meets it knows to leave it empty.
    """

    # Named like nothing a browser autofills, so a person's browser leaves it empty too.
    HONEYPOT = "referral_code"

    referral_code = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_bot(self) -> bool:
        return bool(self.data.get(self.HONEYPOT))

    @property
    def honeypot_field(self):
        """The trap, for templates that place the fields themselves."""
        return self[self.HONEYPOT]


def client_address(request: HttpRequest) -> str:
    """The visitor's address.

    Without proxies (TRUSTED_PROXY_COUNT = 0) it is REMOTE_ADDR. Behind N reverse proxies
    that each append to X-Forwarded-For, it is the N-th entry from the right: the address
    the outermost trusted proxy saw. Entries further left were written by the client and
    are never trusted.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            return hops[-min(proxies, len(hops))]
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


def too_many_submissions() -> str:
    return gettext(
        "You have sent several messages in a short time. Please wait an hour, or call us."
    )
