from django import template

from pages.dashboard import Waiting, waiting_for

register = template.Library()


@register.simple_tag(takes_context=True)
def waiting_work(context) -> Waiting:
    """What waits for the logged-in person (the admin's home page)."""
    return waiting_for(context["request"].user)
