"""The two roles an association gives its staff, as permission groups kept in step with
the code: after every ``migrate`` (see apps.py) and on demand with ``manage.py sync_roles``.

- **Editor** writes and publishes: news, pages, member companies and their lists, the
  membership applications and the contact inbox. No site settings, users or roles.
- **Site manager** runs the site: everything an editor does, plus the site settings, the
  users and their roles, emptying the trash (deleting stored versions); everything but
  superuser powers (the user admin keeps "superuser" out of a site manager's reach).

Add a model to an app of ours and it reaches the Site manager at the next migrate; an
Editor gets it only when it is named here.
"""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

EDITOR = "Editor"
SITE_MANAGER = "Site manager"

ALL = ("add", "change", "delete", "view")
EDITOR_PERMISSIONS: dict[str, tuple[str, ...]] = {
    "news.article": ALL,
    "news.category": ALL,
    "pages.page": ALL,
    "members.membercompany": ALL,
    "members.membershiplevel": ALL,
    "members.industrysegment": ALL,
    "members.region": ALL,
    "members.membershipapplication": ("view", "change"),
    "members.applicationdecision": ("view",),
    "contact.contactmessage": ("view", "change"),
    "images.image": ALL,
}
# Every permission of these apps goes to the Site manager.
SITE_MANAGER_APPS = ("core", "images", "news", "members", "contact", "pages", "auth", "reversion")


def editor_permissions() -> list[Permission]:
    wanted = Q(pk__in=[])
    for label, actions in EDITOR_PERMISSIONS.items():
        app_label, model = label.split(".")
        wanted |= Q(
            content_type__app_label=app_label,
            content_type__model=model,
            codename__in=[f"{action}_{model}" for action in actions],
        )
    return list(Permission.objects.filter(wanted))


def site_manager_permissions() -> list[Permission]:
    return list(Permission.objects.filter(content_type__app_label__in=SITE_MANAGER_APPS))


def sync_roles() -> dict[str, int]:
    """Create the groups if missing and give each exactly its permissions; return how many
    permissions each role has. Safe to run any number of times."""
    counts = {}
    for name, permissions in (
        (EDITOR, editor_permissions()),
        (SITE_MANAGER, site_manager_permissions()),
    ):
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set(permissions)
        counts[name] = len(permissions)
    return counts
