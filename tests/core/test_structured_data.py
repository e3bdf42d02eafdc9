"""The helpers behind every page's structured data and the articles' QR codes: JSON-LD that
no text can break out of, working hours read from the words editors write, breadcrumbs,
and QR codes made once per address."""

import json

import pytest
import segno
from django.core.cache import cache

from core.templatetags.qr import qr_cache_key, qr_code
from core.templatetags.structured_data import breadcrumb_list, json_ld_script, opening_hours


def test_json_ld_text_cannot_end_the_script():
    hostile = "</script><script>alert(1)</script> & <!-- R&D"
    script = json_ld_script({"name": hostile, "city": "长沙"})
    assert script.startswith('<script type="application/ld+json">')
    assert script.endswith("</script>")
    body = script.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert not {"<", ">", "&"} & set(body)
    assert json.loads(body) == {"name": hostile, "city": "长沙"}
    assert "长沙" in body  # Chinese stays readable, not \u escapes


@pytest.mark.parametrize(
    ("text", "days", "times"),
    [
        ("8:30 a.m. to 5:30 p.m., Monday to Friday", ("Monday", "Friday"), [("08:30", "17:30")]),
        ("9:00 a.m. to 6:00 p.m., Mon–Sat", ("Monday", "Saturday"), [("09:00", "18:00")]),
        ("8:30am–5:30pm Monday through Friday", ("Monday", "Friday"), [("08:30", "17:30")]),
        ("9:00-17:00 weekdays", ("Monday", "Friday"), [("09:00", "17:00")]),
        ("12 p.m. to 4 p.m., Sat–Sun", ("Saturday", "Sunday"), [("12:00", "16:00")]),
        ("周一至周五 上午8:30至下午5:30", ("Monday", "Friday"), [("08:30", "17:30")]),
        (
            "工作时间：星期一到星期六 上午9:00至下午6:00",
            ("Monday", "Saturday"),
            [("09:00", "18:00")],
        ),
        (
            "周一至周五 8:30-12:00，14:00-17:30",
            ("Monday", "Friday"),
            [("08:30", "12:00"), ("14:00", "17:30")],
        ),
    ],
)
def test_working_hours_written_plainly_become_opening_hours(text, days, times):
    found = opening_hours(text)
    assert [(spec["opens"], spec["closes"]) for spec in found] == times
    for spec in found:
        assert spec["@type"] == "OpeningHoursSpecification"
        assert (spec["dayOfWeek"][0], spec["dayOfWeek"][-1]) == days


@pytest.mark.parametrize(
    "text",
    [
        "",
        "By appointment",
        "9 to 5, weekdays",  # a.m. or p.m.?
        "Monday to Friday",  # no times
        "9:00 a.m. to 6:00 p.m.",  # no days
        "Mon–Fri 9 a.m.–6 p.m., Sat 9 a.m.–noon",  # two sets of days: not guessed
        "5:30 p.m. to 8:30 a.m., Monday to Friday",  # overnight: not what an office means
    ],
)
def test_working_hours_that_say_less_or_more_are_left_out(text):
    assert opening_hours(text) == []


def test_breadcrumbs_are_numbered_from_home_and_the_page_itself_has_no_address():
    trail = breadcrumb_list(
        "https://a.example/en/", "Home", "https://a.example/en/members/", "Members", "", "Acme"
    )
    assert trail["@type"] == "BreadcrumbList"
    assert trail["itemListElement"] == [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://a.example/en/"},
        {
            "@type": "ListItem",
            "position": 2,
            "name": "Members",
            "item": "https://a.example/en/members/",
        },
        {"@type": "ListItem", "position": 3, "name": "Acme"},
    ]
    # crumbs without a name (no parent) are skipped; home alone is no trail
    assert len(breadcrumb_list("/", "Home", "", "", "", "News")["itemListElement"]) == 2
    assert breadcrumb_list("/", "Home", "", "", "", "") is None


def test_a_qr_code_is_made_once_per_address_and_named_for_screen_readers():
    url = "https://a.example/en/news/story/"
    svg = qr_code(url, "QR code <with> this article's address")
    assert svg.startswith('<svg role="img" aria-label="QR code &lt;with&gt; this article')
    expected = segno.make(url, error="m", micro=False).svg_inline(
        border=4, dark="#000", light="#fff", omitsize=True, svgclass="qr", lineclass=None
    )
    assert svg.endswith(expected.removeprefix("<svg "))
    assert "xmlns" not in svg and "<?xml" not in svg and "width=" not in svg
    assert cache.get(qr_cache_key(url)) == expected
    cache.set(qr_cache_key(url), "<svg cached>")
    assert qr_code(url, "QR") == '<svg role="img" aria-label="QR" cached>'
    assert qr_code("", "QR") == ""
