import pytest

from members.models import IndustrySegment, MembershipLevel, Region
from pages.models import Page
from tests import factories


@pytest.fixture
def site(db):
    """A small association with something behind every public address: a contact page and
    an ordinary page, a category with articles, member companies and the directory's
    vocabularies (and a member who is no longer shown). Returns the rows the forms' choices name."""
    settings_row = factories.SiteSettingsFactory(email="office@example.org")
    factories.ContactPhoneFactory(settings=settings_row)
    factories.PageFactory(
        slug="contact-us", title_en="Contact Us", title_zh_hans="联系我们", kind=Page.Kind.CONTACT
    )
    factories.PageFactory(slug="about", title_en="About", title_zh_hans="关于我们")
    category = factories.CategoryFactory(slug="ic-news", name_en="IC News", name_zh_hans="集成电路")
    factories.ArticleFactory.create_batch(3, category=category)
    level = MembershipLevel.objects.create(slug="council", name_en="Council", name_zh_hans="理事")
    segment = IndustrySegment.objects.create(slug="pcb", name_en="PCB", name_zh_hans="印制电路板")
    region = Region.objects.create(slug="hunan", name_en="Hunan", name_zh_hans="湖南")
    company = factories.MemberCompanyFactory(slug="changsha-boards", level=level, region=region)
    company.segments.set([segment])
    factories.MemberCompanyFactory(slug="zhuzhou-chips")
    factories.MemberCompanyFactory(slug="hidden-member", level=level, is_active=False)
    return {"level": level, "segment": segment, "region": region}
