"""Downloads for the news import: the source itself when it is given as an address, and
the pictures its items show. Web addresses only (http and https, also after a redirect),
each with a time limit per network wait and for the whole download, and a size limit
checked before and while reading, so that a slow or huge answer cannot stall an import
or fill memory."""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

USER_AGENT = "Xiehui news import"
TIMEOUT = 15  # seconds: connecting, and each wait for more bytes
DEADLINE = 120  # seconds for a whole download
CHUNK = 64 * 1024
WEB_SCHEMES = ("http", "https")


class FetchError(Exception):
    """Why an address could not be downloaded, in words for the report."""


class _WebOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects to web addresses only (urllib would also follow one to ftp:)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme not in WEB_SCHEMES:
            raise FetchError(
                _("redirected to %(url)s, which is not a web address") % {"url": newurl}
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_opener = urllib.request.build_opener(_WebOnlyRedirects)


def is_web_address(address: str) -> bool:
    parts = urlsplit(address)
    return parts.scheme in WEB_SCHEMES and bool(parts.netloc)


def fetch(
    url: str, *, max_bytes: int, timeout: float = TIMEOUT, deadline: float = DEADLINE
) -> bytes:
    """The body of ``url``; raises FetchError saying why not."""
    if not is_web_address(url):
        raise FetchError(_("%(url)s is not a web address") % {"url": url})
    too_large = _("larger than %(size)s") % {"size": filesizeformat(max_bytes)}
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})  # noqa: S310 (checked above)
    started = time.monotonic()
    chunks: list[bytes] = []
    size = 0
    try:
        with _opener.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(too_large)
            while chunk := response.read(CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(too_large)
                if time.monotonic() - started > deadline:
                    raise FetchError(
                        _("the download took longer than %(seconds)d seconds")
                        % {"seconds": deadline}
                    )
                chunks.append(chunk)
    except urllib.error.HTTPError as error:
        error.close()
        raise FetchError(_("the server answered %(status)d") % {"status": error.code}) from None
    except urllib.error.URLError as error:
        raise FetchError(str(error.reason)) from None
    except (OSError, http.client.HTTPException, ValueError) as error:
        raise FetchError(str(error) or error.__class__.__name__) from None
    return b"".join(chunks)
