"""The media library: uploads become Images, pages get renditions, and an image in use
cannot be deleted by accident."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import ProtectedError
from django.template import Context, Template
from django.urls import reverse
from PIL import Image as Pillow

from images.models import Image, ImageReference, Rendition
from tests.conftest import make_image
from tests.core.test_images import png_header_claiming
from tests.factories import (
    ArticleFactory,
    ImageFactory,
    MemberCompanyFactory,
    SiteSettingsFactory,
    edit,
)
from tests.html import Html

pytestmark = pytest.mark.django_db


def stored_files(settings) -> list:
    root = settings.MEDIA_ROOT
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def render(source: str, **context) -> Html:
    return Html(Template("{% load pictures %}" + source).render(Context(context)))


# --- Uploads -------------------------------------------------------------------------------


def test_an_editor_upload_joins_the_library_under_its_real_format(staff_client, admin_user):
    upload = make_image("PNG", size=(300, 200), name="Board Photo.jpg")
    response = staff_client.post(reverse("richtext_image_upload"), {"upload": upload})
    assert response.status_code == 200
    image = Image.objects.get()
    assert response.json()["url"] == image.file.url
    assert image.file.name.startswith("images/") and image.file.name.endswith("board-photo.png")
    assert (image.width, image.height, image.uploaded_by) == (300, 200, admin_user)
    assert image.title == "board photo"
    assert len(image.digest) == 64 and image.file_size > 0


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("photo.jpg", b"%PDF-1.7 not an image at all", "not an image we can use"),
        ("huge.png", png_header_claiming(20000, 20000), "far too many pixels for a web page"),
        ("big.png", png_header_claiming(9000, 9000), "9000 × 9000 pixels, which is too large"),
        (
            "drawing.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "not an image we can use",
        ),
    ],
)
def test_refused_uploads_say_why_and_leave_nothing_behind(
    staff_client, settings, name, content, message
):
    response = staff_client.post(
        reverse("richtext_image_upload"), {"upload": SimpleUploadedFile(name, content)}
    )
    assert response.status_code == 400
    assert message in response.json()["error"]["message"]
    assert stored_files(settings) == []
    assert not Image.objects.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not an image", "not an image we can use"),
        (png_header_claiming(20000, 20000), "far too many pixels for a web page"),
    ],
)
def test_the_library_refuses_a_bad_file_with_the_same_words(
    staff_client, settings, content, message
):
    response = staff_client.post(
        reverse("admin:images_image_add"),
        {"file": SimpleUploadedFile("logo.png", content), "focal_x": 50, "focal_y": 50},
    )
    assert response.status_code == 200
    assert message in Html(response).text(".field-file .errorlist")
    assert stored_files(settings) == []


def test_an_image_keeps_its_file(staff_client):
    """Another picture is another image; this one's file stays what pages show."""
    image = ImageFactory()
    page = Html(staff_client.get(reverse("admin:images_image_change", args=[image.pk])))
    assert not page.has("input[name=file]")


@pytest.mark.parametrize(("client_fixture", "status"), [("client", 403), ("logged_in_member", 403)])
def test_uploads_are_for_editors_only(request, client_fixture, status):
    client = request.getfixturevalue(client_fixture)
    response = client.post(reverse("richtext_image_upload"), {"upload": make_image()})
    assert response.status_code == status
    assert not Image.objects.exists()


@pytest.fixture
def logged_in_member(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("member"))
    return client


# --- Renditions ----------------------------------------------------------------------------


def test_a_picture_has_webp_and_fallback_sources_with_sizes_and_dimensions(settings):
    image = ImageFactory(alt_en="The board", alt_zh_hans="理事会")
    page = render('{% picture image "card" %}', image=image)
    webp = page.one("picture source")
    img = page.one("picture img")
    assert webp["type"] == "image/webp"
    assert [entry.split()[1] for entry in webp["srcset"].split(", ")] == ["240w", "480w"]
    assert img["src"].endswith(".png") and img["srcset"].count("w,") == 1
    assert (img["width"], img["height"]) == ("480", "270")  # 16:9, as the slot crops
    assert (img["alt"], img["loading"], img["sizes"]) == (
        "The board",
        "lazy",
        "(max-width: 40rem) 7rem, 13rem",
    )
    made = settings.MEDIA_ROOT / webp["srcset"].split()[0].removeprefix("/media/")
    with Pillow.open(made) as picture:
        assert (picture.format, picture.size) == ("WEBP", (240, 135))


def test_renditions_are_made_once(django_assert_num_queries):
    image = ImageFactory()
    render('{% picture image "article" %}', image=image)
    count = Rendition.objects.count()
    assert count == 4  # 480 and 800 wide (never enlarged past 800), WebP and PNG
    image = Image.objects.with_renditions().get(pk=image.pk)
    with django_assert_num_queries(0):
        render('{% picture image "article" %}', image=image)
    assert Rendition.objects.count() == count


def crop_colour(settings, image) -> tuple:
    img = render('{% picture image "card" %}', image=Image.objects.get(pk=image.pk)).one("img")
    with Pillow.open(settings.MEDIA_ROOT / img["src"].removeprefix("/media/")) as made:
        return made.convert("RGB").getpixel((made.width // 2, made.height // 2))


def test_crops_keep_the_focal_point_and_a_new_one_makes_new_crops(settings):
    """A wide picture, red on the left and blue on the right, cropped to 16:9."""
    picture = Pillow.new("RGB", (1200, 300), "red")
    picture.paste((0, 0, 255), (600, 0, 1200, 300))
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    image = ImageFactory(file=SimpleUploadedFile("wide.png", buffer.getvalue()), focal_x=10)
    assert crop_colour(settings, image) == (255, 0, 0)
    old = {rendition.file.name for rendition in image.renditions.all()}
    edit(image, focal_x=90)
    assert not image.renditions.exists()
    assert crop_colour(settings, image) == (0, 0, 255)
    assert old.isdisjoint(rendition.file.name for rendition in image.renditions.all())


def test_a_16_bit_greyscale_png_keeps_its_greys(settings):
    picture = Pillow.new("I;16", (800, 450), 30000)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    image = ImageFactory(file=SimpleUploadedFile("scan.png", buffer.getvalue()))
    grey = crop_colour(settings, image)
    assert 100 < grey[0] < 140 and grey[0] == grey[1] == grey[2]


def test_a_picture_whose_file_is_gone_leaves_the_page_standing(client, settings):
    company = MemberCompanyFactory(logo=ImageFactory(), featured=True)
    (settings.MEDIA_ROOT / company.logo.file.name).unlink()
    response = client.get(company.get_absolute_url())
    assert response.status_code == 200
    assert company.name in Html(response).text("h1")


# --- Where images are used, and deleting them --------------------------------------------


def test_rich_text_pictures_get_renditions_and_are_known_to_the_library(
    client, django_capture_on_commit_callbacks
):
    image = ImageFactory(alt_en="Library description")
    with django_capture_on_commit_callbacks(execute=True):
        figure = (
            f'<figure class="image"><img src="{image.file.url}" alt="Said in the text"></figure>'
        )
        article = ArticleFactory(body=f"<p>Intro</p>{figure}")
    picture = Html(client.get(article.get_absolute_url())).one("div.prose picture img")
    assert picture["alt"] == "Said in the text"
    assert "w," in picture["srcset"]
    reference = ImageReference.objects.get()
    assert (reference.image, reference.item) == (image, article)
    with django_capture_on_commit_callbacks(execute=True):
        edit(article, body="<p>No picture any more.</p>")
    assert not ImageReference.objects.exists()


def test_an_image_in_use_cannot_be_deleted(django_capture_on_commit_callbacks, staff_client):
    logo = ImageFactory(title="Acme logo")
    MemberCompanyFactory(name="Acme", logo=logo)
    in_text = ImageFactory(title="Board photo")
    with django_capture_on_commit_callbacks(execute=True):
        ArticleFactory(title="Board meeting", body=f'<p><img src="{in_text.file.url}" alt=""></p>')
    for image in (logo, in_text):
        with pytest.raises(ProtectedError):
            image.delete()
    response = staff_client.get(reverse("admin:images_image_delete", args=[in_text.pk]))
    page = Html(response)
    assert "would require deleting the following protected related objects" in page.text("#content")
    assert "Board meeting" in page.text("#content")
    assert not page.has("form input[type=submit]")  # no way to confirm
    staff_client.post(reverse("admin:images_image_delete", args=[in_text.pk]), {"post": "yes"})
    assert Image.objects.count() == 2


def test_the_library_says_where_each_image_is_used(
    staff_client, django_capture_on_commit_callbacks
):
    logo = ImageFactory(title="Acme logo")
    MemberCompanyFactory(name="Acme Circuits", logo=logo)
    SiteSettingsFactory(logo=logo)
    page = Html(staff_client.get(reverse("admin:images_image_change", args=[logo.pk])))
    used_by = page.text(".field-used_by")
    assert "Acme Circuits" in used_by and "site settings" in used_by
    listing = Html(staff_client.get(reverse("admin:images_image_changelist")))
    assert listing.text("td.field-use_count") == "2"


def test_deleting_an_unused_image_removes_its_files(settings, django_capture_on_commit_callbacks):
    image = ImageFactory()
    render('{% picture image "card" %}', image=image)
    assert len(stored_files(settings)) == 5  # the original and four renditions
    with django_capture_on_commit_callbacks(execute=True):
        image.delete()
    assert stored_files(settings) == []


def test_the_header_shows_the_site_logo_without_repeating_the_name(client):
    SiteSettingsFactory(site_name="Hunan PCA", logo=ImageFactory(alt_en="Hunan PCA logo"))
    link = Html(client.get("/en/")).one("a.site-name")
    assert link.select_one("img")["alt"] == ""
    assert " ".join(link.get_text().split()) == "Hunan PCA"


def test_a_reencoded_upload_is_what_the_library_serves(staff_client, settings):
    buffer = io.BytesIO()
    picture = Pillow.new("RGB", (50, 50), "red")
    exif = picture.getexif()
    exif[0x013B] = "Secret Author"
    picture.save(buffer, format="JPEG", exif=exif)
    upload = SimpleUploadedFile("photo.jpg", buffer.getvalue())
    staff_client.post(reverse("richtext_image_upload"), {"upload": upload})
    stored = (settings.MEDIA_ROOT / Image.objects.get().file.name).read_bytes()
    assert b"Secret Author" not in stored
