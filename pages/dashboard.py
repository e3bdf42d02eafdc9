"""The admin's home page: what waits for the person who just logged in, within what they may
see. Each list is short and each count one query, whatever the size of the site."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.auth.base_user import AbstractBaseUser
from django.urls import NoReverseMatch, reverse
from reversion.models import Revision

from contact.models import ContactMessage
from core.revisions import is_revisioned
from core.translated import missing_translations
from members.models import MembershipApplication
from news.models import Article

from .models import Page
from .views import TranslationStatusView

LIST_LENGTH = 5


@dataclass
class Waiting:
    unread_messages: int = 0
    messages: list = field(default_factory=list)
    pending_applications: int = 0
    applications: list = field(default_factory=list)
    drafts: list = field(default_factory=list)
    scheduled: list = field(default_factory=list)
    untranslated: int | None = None
    recent_changes: list = field(default_factory=list)


def can_view(user, model) -> bool:
    opts = model._meta
    return user.has_perm(f"{opts.app_label}.view_{opts.model_name}") or user.has_perm(
        f"{opts.app_label}.change_{opts.model_name}"
    )


def waiting_for(user: AbstractBaseUser) -> Waiting:
    waiting = Waiting()
    if can_view(user, ContactMessage):
        unread = ContactMessage.objects.unread()
        waiting.unread_messages = unread.count()
        waiting.messages = list(unread[:LIST_LENGTH])
    if can_view(user, MembershipApplication):
        pending = MembershipApplication.objects.filter(status=MembershipApplication.Status.PENDING)
        waiting.pending_applications = pending.count()
        waiting.applications = list(pending[:LIST_LENGTH])
    for model in (Article, Page):
        if can_view(user, model):
            waiting.drafts += model.objects.drafts().order_by("-updated_at")[:LIST_LENGTH]
            waiting.scheduled += model.objects.scheduled().order_by("publish_at")[:LIST_LENGTH]
    waiting.scheduled.sort(key=lambda item: item.publish_at)
    waiting.drafts = [{"item": item, "url": change_url(item)} for item in waiting.drafts]
    waiting.scheduled = [{"item": item, "url": change_url(item)} for item in waiting.scheduled]
    models = [model for model in TranslationStatusView.MODELS if can_view(user, model)]
    if models:
        waiting.untranslated = sum(
            model._default_manager.filter(missing_translations(model)).count() for model in models
        )
    waiting.recent_changes = recent_changes_by_others(user)
    return waiting


def recent_changes_by_others(user) -> list[dict]:
    """The latest saved changes made by someone else (or by a command), newest first."""
    revisions = (
        Revision.objects.exclude(user=user)  # keeps those made by commands (no user)
        .select_related("user")
        .prefetch_related("version_set__content_type")
        .order_by("-date_created")[:LIST_LENGTH]
    )
    changes = []
    for revision in revisions:
        # The item the revision is about (a site settings revision also holds its phones).
        versions = revision.version_set.all()
        version = next(
            (v for v in versions if is_revisioned(v.content_type.model_class())),
            None,
        )
        if version is None or not can_view(user, version.content_type.model_class()):
            continue
        changes.append(
            {
                "when": revision.date_created,
                "who": revision.user,
                "what": version.object_repr,
                "kind": version.content_type.model_class()._meta.verbose_name,
                "url": admin_url(version.content_type.model_class(), version.object_id),
            }
        )
    return changes


def change_url(item) -> str:
    return admin_url(type(item), item.pk)


def admin_url(model, pk) -> str:
    try:
        return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_change", args=[pk])
    except NoReverseMatch:
        return ""
