"""The association's identity on every page: logo, brand colour, the icons browsers and
phones ask for, the web app manifest and the picture link previews show."""

import io
import json

import pytest
from django.core.exceptions import ValidationError
from PIL import Image as Pillow

from core.colours import contrast, validate_brand_colour
from tests.factories import ArticleFactory, ImageFactory, SiteSettingsFactory, _png, edit
from tests.html import Html

pytestmark = pytest.mark.django_db


def picture(response) -> Pillow.Image:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return Pillow.open(io.BytesIO(content))


def coloured_image(colour: str, size=(600, 300)):
    buffer = io.BytesIO()
    Pillow.new("RGB", size, colour).save(buffer, format="PNG")
    from django.core.files.uploadedfile import SimpleUploadedFile

    return ImageFactory(file=SimpleUploadedFile("logo.png", buffer.getvalue()))


# --- Icons ----------------------------------------------------------------------------------


def test_favicon_is_an_ico_made_from_the_logo(client):
    SiteSettingsFactory(logo=coloured_image("#c0392b"))
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert "max-age=86400" in response["Cache-Control"]
    icon = picture(response)
    assert icon.format == "ICO"
    assert sorted(icon.info["sizes"]) == [(16, 16), (32, 32), (48, 48)]
    # The wide logo is fitted whole in the square: red in the middle, clear above it.
    icon = icon.convert("RGBA")
    assert icon.getpixel((24, 24))[:3] == (192, 57, 43)
    assert icon.getpixel((24, 2))[3] == 0


def test_an_icon_of_its_own_wins_over_the_logo(client):
    SiteSettingsFactory(logo=coloured_image("#c0392b"), favicon=coloured_image("#1e8449"))
    icon = picture(client.get("/favicon.ico")).convert("RGB")
    assert icon.getpixel((24, 24)) == (30, 132, 73)


def test_without_a_logo_the_icon_is_drawn_in_the_brand_colour(client):
    SiteSettingsFactory(brand_colour="#5b2c6f")
    icon = picture(client.get("/favicon.ico")).convert("RGB")
    assert icon.getpixel((2, 2)) == (91, 44, 111)
    touch = picture(client.get("/apple-touch-icon.png"))
    assert touch.size == (180, 180)


def test_home_screen_icons_are_opaque_squares_of_the_asked_sizes(client):
    SiteSettingsFactory(logo=coloured_image("#c0392b", size=(300, 300)))
    for url, size in [
        ("/apple-touch-icon.png", 180),
        ("/icons/192.png", 192),
        ("/icons/512.png", 512),
    ]:
        response = client.get(url)
        assert response["Content-Type"] == "image/png"
        icon = picture(response)
        assert (icon.format, icon.size, icon.mode) == ("PNG", (size, size), "RGB")
        # A margin of white around the logo, which rounded masks can cut safely.
        assert icon.getpixel((1, 1)) == (255, 255, 255)
        assert icon.getpixel((size // 2, size // 2)) == (192, 57, 43)
    assert client.get("/icons/64.png").status_code == 404


def test_icons_are_revalidated_by_version_and_change_with_the_logo(
    client, django_capture_on_commit_callbacks
):
    site_settings = SiteSettingsFactory(logo=coloured_image("#c0392b"))
    first = client.get("/favicon.ico")
    assert client.get("/favicon.ico", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    head = Html(client.get("/en/")).one("link[rel=icon]")["href"]

    with django_capture_on_commit_callbacks(execute=True):
        edit(site_settings, logo=coloured_image("#1e8449"))
    second = client.get("/favicon.ico", HTTP_IF_NONE_MATCH=first["ETag"])
    assert second.status_code == 200 and second["ETag"] != first["ETag"]
    assert picture(second).convert("RGB").getpixel((24, 24)) == (30, 132, 73)
    assert Html(client.get("/en/")).one("link[rel=icon]")["href"] != head


def test_every_page_links_its_icons_manifest_and_theme_colour(client):
    SiteSettingsFactory(brand_colour="#1e6f5c")
    page = Html(client.get("/en/"))
    assert page.one("link[rel=icon]")["href"].startswith("/favicon.ico?v=")
    assert page.one("link[rel=apple-touch-icon]")["href"].startswith("/apple-touch-icon.png?v=")
    assert page.one("link[rel=manifest]")["href"] == "/en/manifest.webmanifest"
    assert page.one("meta[name=theme-color]")["content"] == "#1e6f5c"
    assert "--color-brand: #1e6f5c" in page.one("head style").text


def test_the_manifest_speaks_the_page_language(client):
    SiteSettingsFactory(
        site_name_en="Hunan PCA",
        site_name_zh_hans="湖南省印制电路行业协会",
        tagline_zh_hans="凝聚行业力量",
        brand_colour="#1e6f5c",
    )
    response = client.get("/zh-hans/manifest.webmanifest")
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"] == "湖南省印制电路行业协会"
    assert manifest["description"] == "凝聚行业力量"
    assert (manifest["lang"], manifest["start_url"]) == ("zh-hans", "/zh-hans/")
    assert manifest["theme_color"] == "#1e6f5c"
    assert [icon["sizes"] for icon in manifest["icons"]] == ["192x192", "512x512"]
    for icon in manifest["icons"]:
        assert client.get(icon["src"]).status_code == 200
    assert json.loads(client.get("/en/manifest.webmanifest").content)["name"] == "Hunan PCA"


# --- Brand colour ---------------------------------------------------------------------------


def test_a_brand_colour_too_light_for_white_text_is_refused_with_the_reason():
    with pytest.raises(ValidationError) as refused:
        validate_brand_colour("#f5a623")
    message = refused.value.messages[0]
    assert "#f5a623" in message and "2.0:1" in message and "4.5:1" in message
    with pytest.raises(ValidationError, match="six hexadecimal digits"):
        validate_brand_colour("blue")
    validate_brand_colour("#0b5394")  # the default passes
    assert contrast("#0b5394", "#ffffff") >= 4.5


def test_the_settings_form_refuses_a_light_brand_colour_and_keeps_the_old_one(admin_client):
    from tests.pages.test_admin import settings_form_data

    site_settings = SiteSettingsFactory()
    data = settings_form_data(site_settings, brand_colour="#ffeb3b")
    response = admin_client.post("/admin/pages/sitesettings/1/change/", data)
    assert response.status_code == 200
    assert "#ffeb3b" in response.content.decode() and "4.5:1" in response.content.decode()
    site_settings.refresh_from_db()
    assert site_settings.brand_colour == "#0b5394"


# --- Link previews ----------------------------------------------------------------------------


def test_an_article_is_previewed_with_its_picture_cropped_for_sharing(client):
    SiteSettingsFactory()
    image = ImageFactory(file=_png("wide.png", size=(1600, 900)))
    article = ArticleFactory(title="Board makers meet", image=image)
    page = Html(client.get(article.get_absolute_url()))
    assert page.one("meta[property='og:type']")["content"] == "article"
    assert page.one("meta[property='og:title']")["content"] == "Board makers meet"
    shared = page.one("meta[property='og:image']")["content"]
    assert shared.startswith("http://testserver/media/") and shared.endswith(".png")
    from django.conf import settings

    with Pillow.open(settings.MEDIA_ROOT / shared.split("/media/", 1)[1]) as made:
        assert made.size == (1200, 630)


def test_other_pages_are_previewed_with_the_logo_icon(client):
    SiteSettingsFactory(site_name="Hunan PCA")
    page = Html(client.get("/zh-hans/"))
    assert page.one("meta[property='og:image']")["content"].startswith(
        "http://testserver/icons/512.png?v="
    )
    assert page.one("meta[property='og:site_name']")["content"] == "Hunan PCA"
    assert page.one("meta[property='og:locale']")["content"] == "zh_CN"
    assert page.one("meta[property='og:url']")["content"] == "http://testserver/zh-hans/"


# --- Icons from awkward pictures, and colours that skipped the form -------------------------


def test_icons_still_come_when_the_logo_file_is_gone(client, caplog):
    image = coloured_image("#c0392b")
    SiteSettingsFactory(logo=image, brand_colour="#1e6f5c")
    image.file.storage.delete(image.file.name)
    for url in ("/favicon.ico", "/apple-touch-icon.png", "/icons/512.png"):
        response = client.get(url)
        assert response.status_code == 200, url
    # The drawn icon, in the brand colour, and a line in the log saying which file failed.
    assert picture(client.get("/favicon.ico")).convert("RGB").getpixel((2, 2)) == (30, 111, 92)
    assert "Cannot make icons from image" in caplog.text


def test_a_sixteen_bit_grey_logo_keeps_its_grey(client):
    buffer = io.BytesIO()
    Pillow.new("I;16", (300, 300), 20000).save(buffer, format="PNG")
    from django.core.files.uploadedfile import SimpleUploadedFile

    SiteSettingsFactory(logo=ImageFactory(file=SimpleUploadedFile("grey.png", buffer.getvalue())))
    icon = picture(client.get("/apple-touch-icon.png"))
    assert icon.getpixel((90, 90)) == (78, 78, 78)  # 20000 / 256, not white


def test_a_white_logo_stands_on_the_brand_colour(client):
    buffer = io.BytesIO()
    logo = Pillow.new("RGBA", (300, 300), (0, 0, 0, 0))
    logo.paste((255, 255, 255, 255), (50, 50, 250, 250))
    logo.save(buffer, format="PNG")
    from django.core.files.uploadedfile import SimpleUploadedFile

    SiteSettingsFactory(
        brand_colour="#5b2c6f",
        logo=ImageFactory(file=SimpleUploadedFile("white.png", buffer.getvalue())),
    )
    icon = picture(client.get("/apple-touch-icon.png"))
    assert icon.getpixel((2, 2)) == (91, 44, 111)  # the brand colour around it
    assert icon.getpixel((90, 90)) == (255, 255, 255)  # the white logo, still seen
    favicon = picture(client.get("/favicon.ico")).convert("RGBA")
    assert favicon.getpixel((2, 24)) == (91, 44, 111, 255)


def test_a_brand_colour_stored_without_the_form_never_reaches_the_style(client, caplog):
    from django.db import models

    from pages.models import SiteSettings

    SiteSettingsFactory()
    # Seven characters at most: PostgreSQL holds the column to its length, SQLite does not.
    for stored in ("#0;}*{}", "", "blue"):
        # Straight into the table, as a script or a database tool could.
        models.QuerySet(model=SiteSettings).filter(pk=1).update(brand_colour=stored)
        from django.core.cache import cache

        cache.clear()
        response = client.get("/en/")
        assert response.status_code == 200
        page = Html(response)
        assert page.one("head style").text.startswith(":root { --color-brand: #0b5394;")
        assert "*{" not in page.one("head style").text
        assert client.get("/favicon.ico").status_code == 200
    assert "is not #rrggbb" in caplog.text


def test_a_new_brand_colour_alone_gives_new_icon_addresses(
    client, django_capture_on_commit_callbacks
):
    site_settings = SiteSettingsFactory()
    before = json.loads(client.get("/en/manifest.webmanifest").content)["icons"][0]["src"]
    touch = Html(client.get("/en/")).one("link[rel=apple-touch-icon]")["href"]
    with django_capture_on_commit_callbacks(execute=True):
        edit(site_settings, brand_colour="#1e6f5c")
    after = json.loads(client.get("/en/manifest.webmanifest").content)
    assert after["icons"][0]["src"] != before and after["theme_color"] == "#1e6f5c"
    assert Html(client.get("/en/")).one("link[rel=apple-touch-icon]")["href"] != touch


def test_an_article_whose_picture_cannot_be_shared_falls_back_to_the_logo_icon(client):
    SiteSettingsFactory()
    image = ImageFactory()
    article = ArticleFactory(image=image)
    image.file.storage.delete(image.file.name)
    shared = Html(client.get(article.get_absolute_url())).one("meta[property='og:image']")
    assert shared["content"].startswith("http://testserver/icons/512.png?v=")


def test_every_shared_page_says_what_it_is_and_where_without_its_query(client):
    from tests.factories import MemberCompanyFactory, PageFactory

    SiteSettingsFactory(site_name="Hunan PCA")
    member = MemberCompanyFactory(name="Changsha Boards Ltd")
    page = PageFactory(title="About us", slug="about-us")
    for url, title in [
        (member.get_absolute_url(), "Changsha Boards Ltd"),
        (page.get_absolute_url(), "About us"),
        ("/en/members/", "Member companies"),
    ]:
        shared = Html(client.get(url + "?utm_source=wechat"))
        assert shared.one("meta[property='og:title']")["content"] == title
        assert shared.one("meta[property='og:url']")["content"] == "http://testserver" + url
