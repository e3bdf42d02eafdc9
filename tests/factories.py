import datetime

import factory
from django.utils import timezone

from core.publishing import Status
from members.models import MemberCompany
from news.models import Article, Category
from pages.models import ContactPhone, Page, SiteSettings


class SiteSettingsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SiteSettings
        django_get_or_create = ("id",)

    id = 1
    site_name = "Test Printed Circuit Association"
    working_hours = "8:30 a.m. to 5:30 p.m., Monday to Friday"
    copyright = "Copyright © 2023 Test Printed Circuit Association"
    powered_by = "Powered by Bontop"
    email = "info@example.org"


class ContactPhoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContactPhone

    settings = factory.SubFactory(SiteSettingsFactory)
    number = factory.Sequence(lambda n: f"+86 191 0000 {n:04d}")
    order = factory.Sequence(int)


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")
    order = factory.Sequence(int)


class MemberCompanyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MemberCompany

    name = factory.Sequence(lambda n: f"Member Company {n} Co., Ltd")
    slug = factory.Sequence(lambda n: f"member-company-{n}")
    short_description = "Makes printed circuit boards."
    website = "https://www.example.com"


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Article number {n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    category = factory.SubFactory(CategoryFactory)
    summary = "A short summary."
    body = "<p>First paragraph.</p><p>Second paragraph.</p>"
    dateline_place = "Beijing"
    status = Status.PUBLISHED
    publish_at = factory.Sequence(
        lambda n: timezone.now() - datetime.timedelta(days=1000) + datetime.timedelta(hours=n)
    )


class PageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Page

    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.Sequence(lambda n: f"page-{n}")
    body = "<p>Page text.</p>"
    status = Status.PUBLISHED


class MembershipLevelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "members.MembershipLevel"
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Level {n}")
    slug = factory.Sequence(lambda n: f"level-{n}")
    order = factory.Sequence(int)


class IndustrySegmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "members.IndustrySegment"
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Segment {n}")
    slug = factory.Sequence(lambda n: f"segment-{n}")
    order = factory.Sequence(int)


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "members.Region"
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Region {n}")
    slug = factory.Sequence(lambda n: f"region-{n}")
    order = factory.Sequence(int)


def edit(obj, **values):
    """Change ``obj`` as an editor would (through save()) and return it."""
    for name, value in values.items():
        setattr(obj, name, value)
    obj.save()
    return obj


class ContactMessageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "contact.ContactMessage"

    name = "Wang Fang"
    email = "wang@example.com"
    subject = factory.Sequence(lambda n: f"Question {n}")
    message = "When is the next meeting?"


class MembershipApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "members.MembershipApplication"

    company_name = factory.Sequence(lambda n: f"Applicant {n} Co., Ltd")
    contact_name = "Li Wei"
    contact_email = "li@example.com"
    contact_phone = "+86 731 0000 0000"


class ImageFactory(factory.django.DjangoModelFactory):
    """A picture in the media library (the file is a real, small PNG)."""

    class Meta:
        model = "images.Image"

    file = factory.LazyFunction(lambda: _png("picture.png"))
    title = factory.Sequence(lambda n: f"Picture {n}")
    alt = "A teal rectangle"


def _png(name: str, size: tuple[int, int] = (800, 450)):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, "teal").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")
