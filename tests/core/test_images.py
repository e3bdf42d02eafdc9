import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from core.images import clean_image, validate_image
from tests.conftest import make_image

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "GIF", "WEBP"])
def test_validate_image_accepts_web_formats(fmt):
    assert validate_image(make_image(fmt)) == fmt


def test_validate_image_rejects_a_file_that_is_not_an_image():
    fake = SimpleUploadedFile("logo.png", b"<?php echo 'not an image'; ?>")
    with pytest.raises(ValidationError) as error:
        validate_image(fake)
    assert error.value.code == "invalid_image"


def test_validate_image_rejects_files_over_the_byte_limit(settings):
    settings.IMAGE_MAX_UPLOAD_BYTES = 100
    with pytest.raises(ValidationError) as error:
        validate_image(make_image(size=(200, 200)))
    assert error.value.code == "image_too_large"


def test_validate_image_rejects_huge_dimensions(settings):
    settings.IMAGE_MAX_PIXELS = 1000
    with pytest.raises(ValidationError) as error:
        validate_image(make_image(size=(100, 100)))
    assert error.value.code == "image_dimensions"


def test_validate_image_rejects_other_image_formats():
    with pytest.raises(ValidationError) as error:
        validate_image(make_image("BMP"))
    assert error.value.code == "image_format"


# --- What is stored is a fresh file of the real format, nothing else -----------------------


def png_header_claiming(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width`` × ``height`` pixels (and whose data is tiny)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 16))
        + chunk(b"IEND", b"")
    )


def jpeg_with_gps_and_author() -> bytes:
    image = Image.new("RGB", (60, 40), "teal")
    exif = image.getexif()
    exif[0x013B] = "Wang Photographer"  # Artist
    exif[0x0112] = 6  # Orientation: rotate 90° to show
    gps = exif.get_ifd(0x8825)
    gps[2] = (28.0, 13.0, 40.0)  # GPSLatitude: Changsha
    gps[1] = "N"
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif, comment=b"shot at the office")
    return buffer.getvalue()


def test_exif_gps_author_and_comments_are_not_stored():
    raw = jpeg_with_gps_and_author()
    assert b"Wang Photographer" in raw
    cleaned = clean_image(SimpleUploadedFile("photo.jpg", raw))
    assert b"Wang Photographer" not in cleaned.content
    assert b"shot at the office" not in cleaned.content
    with Image.open(io.BytesIO(cleaned.content)) as stored:
        assert not stored.getexif()
        assert stored.size == (40, 60)  # turned the way the photo was taken
    assert (cleaned.width, cleaned.height) == (40, 60)


def test_a_png_named_pdf_is_stored_and_served_as_png():
    cleaned = clean_image(make_image("PNG", name="logo.pdf"))
    assert cleaned.named("logo.pdf").name == "logo.png"


def test_a_truncated_jpeg_is_refused():
    whole = make_image("JPEG", size=(400, 300)).read()
    with pytest.raises(ValidationError) as error:
        clean_image(SimpleUploadedFile("cut.jpg", whole[: len(whole) // 2]))
    assert error.value.code == "invalid_image"


def test_a_gif_that_is_also_a_script_is_stored_without_the_script():
    buffer = io.BytesIO()
    Image.new("P", (10, 10)).save(buffer, format="GIF")
    polyglot = buffer.getvalue() + b"*/=1;alert(document.domain);/*"
    cleaned = clean_image(SimpleUploadedFile("x.gif", polyglot))
    assert cleaned.format == "GIF"
    assert b"alert(document.domain)" not in cleaned.content


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "GIF", "WEBP"])
def test_every_web_format_is_stored_in_its_own_format(fmt):
    cleaned = clean_image(make_image(fmt, size=(30, 20)))
    with Image.open(io.BytesIO(cleaned.content)) as stored:
        assert (stored.format, stored.size) == (fmt, (30, 20))


def test_an_animated_gif_keeps_its_frames():
    frames = [Image.new("RGB", (12, 12), color) for color in ("red", "green", "blue")]
    buffer = io.BytesIO()
    frames[0].save(buffer, format="GIF", save_all=True, append_images=frames[1:], duration=80)
    cleaned = clean_image(SimpleUploadedFile("anim.gif", buffer.getvalue()))
    with Image.open(io.BytesIO(cleaned.content)) as stored:
        assert stored.n_frames == 3


def test_a_palette_png_keeps_its_transparent_colour():
    image = Image.new("P", (8, 8), 0)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", transparency=0)
    cleaned = clean_image(SimpleUploadedFile("logo.png", buffer.getvalue()))
    with Image.open(io.BytesIO(cleaned.content)) as stored:
        assert stored.info.get("transparency") == 0


def test_a_phone_photo_with_a_second_picture_is_stored_as_its_jpeg():
    """Phones write JPEGs with a depth or HDR picture inside (Pillow calls them MPO)."""
    buffer = io.BytesIO()
    first, second = Image.new("RGB", (64, 48), "red"), Image.new("RGB", (64, 48), "blue")
    first.save(buffer, format="MPO", save_all=True, append_images=[second])
    cleaned = clean_image(SimpleUploadedFile("IMG_2041.jpg", buffer.getvalue()))
    assert cleaned.format == "JPEG" and cleaned.named("IMG_2041.jpg").name == "img_2041.jpg"
    with Image.open(io.BytesIO(cleaned.content)) as stored:
        assert (stored.format, stored.size) == ("JPEG", (64, 48))


@pytest.mark.parametrize("fmt", ["PNG", "WEBP"])
def test_any_format_is_turned_the_way_its_exif_says(fmt):
    picture = Image.new("RGB", (80, 40), "red")
    exif = picture.getexif()
    exif[0x0112] = 6  # shown turned a quarter
    buffer = io.BytesIO()
    picture.save(buffer, format=fmt, exif=exif)
    cleaned = clean_image(SimpleUploadedFile(f"x.{fmt.lower()}", buffer.getvalue()))
    with Image.open(io.BytesIO(cleaned.content)) as stored:
        assert stored.size == (cleaned.width, cleaned.height) == (40, 80)


def test_a_lossless_webp_stays_lossless():
    picture = Image.new("RGB", (16, 16))
    picture.putdata([(i * 13 % 256, i * 7 % 256, i % 256) for i in range(256)])
    buffer = io.BytesIO()
    picture.save(buffer, format="WEBP", lossless=True)
    cleaned = clean_image(SimpleUploadedFile("chart.webp", buffer.getvalue()))
    with Image.open(io.BytesIO(cleaned.content)) as stored:
        assert stored.convert("RGB").tobytes() == picture.tobytes()


def test_an_animation_keeps_each_frames_timing_and_plays_once_if_it_did():
    frames = [Image.new("RGB", (12, 12), color) for color in ("red", "green", "blue")]
    buffer = io.BytesIO()
    frames[0].save(
        buffer, format="GIF", save_all=True, append_images=frames[1:], duration=[100, 2000, 300]
    )
    cleaned = clean_image(SimpleUploadedFile("anim.gif", buffer.getvalue()))
    with Image.open(io.BytesIO(cleaned.content)) as stored:
        durations = []
        for index in range(stored.n_frames):
            stored.seek(index)
            durations.append(stored.info["duration"])
        assert durations == [100, 2000, 300]
        assert "loop" not in stored.info
