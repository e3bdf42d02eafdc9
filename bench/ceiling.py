"""The in-run ceiling: a one-file Django site whose only view returns 20 KB and touches no
database, served by the same gunicorn as the real site. What the machine, gunicorn and
Django's request handling can do at most; every page's figure is read as a share of it.

    gunicorn --chdir bench ceiling:application
"""

import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

BODY = ("<p>" + "x" * 96 + "</p>\n") * 200  # 20 KB of HTML

settings.configure(
    DEBUG=False,
    SECRET_KEY=os.environ.get("DJANGO_SECRET_KEY", "bench-ceiling-only"),
    ALLOWED_HOSTS=["*"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
)


def page(request):
    return HttpResponse(BODY)


urlpatterns = [path("", page)]
application = get_wsgi_application()
