"""News from an association's old site: a WordPress export or any RSS or Atom feed, read
(sources.py), fetched with its pictures (fetch.py, media.py), its texts made ready for the
rich text field (bodies.py) and mapped onto articles (services.py). Run by
``manage.py import_news``."""

from .services import ImportReport, import_news, site_language
from .sources import Source, SourceError, format_name, read_source

__all__ = [
    "ImportReport",
    "Source",
    "SourceError",
    "format_name",
    "import_news",
    "read_source",
    "site_language",
]
