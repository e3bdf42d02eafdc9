"""What an attacker, a broken client or a careless paste sends, as Hypothesis strategies, and
the one property every public address keeps whatever it is sent: a page, a redirect within
the site, or a clear refusal (4xx), never a server error.

The runs are the same on every machine and in CI (``derandomize``, no example database):
a failure found once is found again, and nothing is written to ``.hypothesis/``.
"""

from __future__ import annotations

import unicodedata
from urllib.parse import quote, quote_from_bytes, urlsplit

from django.http import HttpResponse
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# The suite's settings for every fuzz test: deterministic, and small enough that the folder
# runs in seconds on SQLite. The client and the site are function-scoped fixtures shared by
# the examples of one test, which is what we want (and why the health check is off).
fuzz = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# A tag no page of ours has: wherever a hostile value is shown back, it must be escaped.
CANARY = "<fuzz-canary>"

PAYLOADS = (
    # SQL and LIKE syntax
    "' OR 1=1 --",
    "'; DROP TABLE contact_contactmessage; --",
    '" OR ""="',
    "1) OR (1=1",
    "%",
    "_%_",
    "\\",
    # Django template syntax: shown as typed, never run
    "{{ settings.SECRET_KEY }}",
    "{% debug %}",
    "{% load log %}{% get_admin_log 10 as log %}{{ log }}",
    "{# comment #}{{",
    # markup, for pages that show a value back
    CANARY,
    f'"><script>alert(1)</script>{CANARY}',
    f"</script>{CANARY}<!--",
    "]]><![CDATA[",
    # characters that are not text
    "\x00",
    "a\x00b",
    "\x1b[31mred",
    "\r\nSet-Cookie: injected=1",
    "\x7f\x85\x9f",
    "\u202eevil",  # right-to-left override
    "\ufeff\u200b\u2060",  # invisible format characters
    "\u2028\u2029",
    "\ufffe\uffff",  # non-characters
    "\U0010ffff",
    "㈱ＡＢＣ",  # compatibility characters that NFKC changes
    "长沙印制电路",
    "../../../etc/passwd",
    "javascript:alert(1)",
)

# Percent-encoded bytes that are not UTF-8 (or not percent-encoding at all).
BROKEN_UTF8 = (
    "%ff",
    "%fe%ff",
    "%c0%80",  # overlong NUL
    "%c0%af",  # overlong slash
    "%ed%a0%80",  # a surrogate
    "%e4%b8",  # a Chinese character cut short
    "%f8%88%80%80%80",  # five bytes
    "%80",
    "%c3%28",
    "%00",
    "%",
    "%g1",
    "%%",
    "%2e%2e%2f",
)

PAGE_NUMBERS = (
    "0",
    "-1",
    "last",
    "LAST",
    "",
    " 1",
    "1.0",
    "1.5",
    "1e3",
    "1e309",
    "inf",
    "-inf",
    "nan",
    "0x10",
    "١",  # Arabic-Indic digit one
    "１",  # full-width one
    "1_000",
    "9" * 5000,  # past Python's limit on digits in int()
    "2147483648",
    "9223372036854775808",
)


def overlong(text: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """``text`` repeated to thousands of characters, past every field's limit."""
    return st.tuples(text.filter(bool), st.integers(min_value=300, max_value=6000)).map(
        lambda pair: (pair[0] * pair[1])[: pair[1]]
    )


def hostile_text(*, max_size: int = 80) -> st.SearchStrategy[str]:
    """Text as an attacker types it: any Unicode (control characters and NUL included, but
    no lone surrogates, which no client can send as UTF-8), known payloads, mixtures of
    both, and strings thousands of characters long."""
    payload = st.sampled_from(PAYLOADS)
    anything = st.text(max_size=max_size)
    mixed = st.lists(payload | anything, min_size=1, max_size=4).map("".join)
    return st.one_of(payload, anything, mixed, overlong(payload | anything))


def control_characters() -> st.SearchStrategy[str]:
    """C0 and C1 controls (NUL, escape, DEL, NEL ...), and none else."""
    return st.characters(categories=["Cc"])


def percent_encoded(text: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return text.map(lambda value: quote(value, safe=""))


def raw_query_value() -> st.SearchStrategy[str]:
    """A query-string value as it goes on the wire: hostile text percent-encoded as UTF-8,
    bytes that are not UTF-8, and mixtures of both."""
    encoded_text = percent_encoded(hostile_text())
    broken = st.sampled_from(BROKEN_UTF8)
    return st.one_of(
        encoded_text,
        broken,
        st.binary(max_size=40).map(lambda data: quote_from_bytes(data, safe="")),
        st.lists(broken | encoded_text, min_size=1, max_size=5).map("".join),
    )


def page_number() -> st.SearchStrategy[str]:
    """A ``page=`` value, on the wire: numbers of any size and sign, and what is no number."""
    return st.one_of(
        st.integers(min_value=-(10**30), max_value=10**30).map(str),
        st.integers(min_value=-3, max_value=3).map(str),
        st.sampled_from(PAGE_NUMBERS),
        hostile_text(max_size=20),
    ).map(lambda value: quote(value, safe="")) | st.sampled_from(BROKEN_UTF8)


def path_segment() -> st.SearchStrategy[str]:
    """One segment of a path, percent-encoded: hostile text or bytes that are not UTF-8."""
    return st.one_of(
        percent_encoded(hostile_text(max_size=30)).filter(bool),
        st.sampled_from(BROKEN_UTF8),
        st.binary(min_size=1, max_size=30).map(lambda data: quote_from_bytes(data, safe="")),
    )


def query_string(names: tuple[str, ...], **values: st.SearchStrategy[str]) -> st.SearchStrategy:
    """``name=value&...`` with some of ``names`` (repeated, in any order) and raw values;
    ``values`` gives a strategy for particular names."""
    pair = st.sampled_from(names).flatmap(
        lambda name: st.tuples(st.just(name), values.get(name, raw_query_value()))
    )
    return st.lists(pair, max_size=8).map(
        lambda pairs: "&".join(f"{name}={value}" for name, value in pairs)
    )


def latin1_header() -> st.SearchStrategy[str]:
    """A header value as a WSGI server hands it over (bytes read as ISO-8859-1)."""
    return st.one_of(
        st.sampled_from(
            (
                "*",
                "zh-CN,zh;q=0.9,en;q=0.8",
                "xx-YY",
                "en;q=abc",
                "zh-hans;q=1e999",
                ";;;,,,",
                "zh-Hant-TW",
                "i-klingon",
                "zh-hans-x-private-use",
                "en-" + "a" * 600,
            )
        ),
        st.text(alphabet=st.characters(max_codepoint=255), max_size=120),
    )


# --- What every answer must be ---------------------------------------------------------------

PAGE = {200, 301, 302, 304}
# Pages, feeds, sitemaps, the manifest and plain-text refusals (not the icons).
TEXT_TYPES = (
    "text/",
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "application/manifest+json",
)


def assert_answered(response: HttpResponse) -> None:
    """A valid page, a redirect within the site, or a clear refusal. (The test client
    raises a view's exception itself, so a 500 fails before this with its traceback.)"""
    status = response.status_code
    assert status in PAGE or 400 <= status < 500, f"status {status}"
    if status in (301, 302):
        target = urlsplit(response["Location"])
        assert target.netloc in ("", "testserver"), f"redirected off the site: {target}"
    if response.get("Content-Type", "").startswith(TEXT_TYPES):
        content = b"".join(response) if response.streaming else response.content
        text = content.decode()  # whatever came in, what goes out is UTF-8
        assert CANARY not in text, "a value was shown back without escaping"


def has_control_character(value: str, *, allowed: str = "") -> bool:
    return any(unicodedata.category(char) == "Cc" and char not in allowed for char in value)
