import codecs
import csv
import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import IntegrityError
from django.db.models.signals import m2m_changed

from members.csv_io import COLUMNS, export_members, import_members, read_rows
from members.models import MemberCompany
from tests import factories

pytestmark = pytest.mark.django_db

HEADER = ["slug", "name_en", "name_zh_hans", "level", "segments", "founded_year", "email"]


@pytest.fixture
def vocabulary():
    return {
        "council": factories.MembershipLevelFactory(
            slug="council", name_en="Council member", name_zh_hans="理事单位"
        ),
        "pcb": factories.IndustrySegmentFactory(
            slug="pcb", name_en="PCB", name_zh_hans="印制电路板"
        ),
        "ic": factories.IndustrySegmentFactory(slug="ic", name_en="IC", name_zh_hans="集成电路"),
        "hunan": factories.RegionFactory(slug="hunan", name_en="Hunan", name_zh_hans="湖南"),
    }


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def import_file(path: Path, *, dry_run: bool = False):
    with open(path, encoding="utf-8-sig", newline="") as csv_file:
        return import_members(rows=read_rows(csv_file), dry_run=dry_run, progress=None)


def run_command(*args) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def stored(company: MemberCompany) -> dict:
    """Every column's value as stored, read without the module under test."""
    texts = [
        "slug",
        "name_en",
        "name_zh_hans",
        "city_en",
        "city_zh_hans",
        "address_en",
        "address_zh_hans",
        "website",
        "phone",
        "email",
        "short_description_en",
        "short_description_zh_hans",
        "description_en",
        "description_zh_hans",
    ]
    values = {name: getattr(company, name) or "" for name in texts}
    values.update(
        level=company.level.slug if company.level else None,
        segments=sorted(segment.slug for segment in company.segments.all()),
        region=company.region.slug if company.region else None,
        founded_year=company.founded_year,
        member_since=company.member_since,
        logo=company.logo.file.name if company.logo else "",
        featured=company.featured,
        is_active=company.is_active,
    )
    assert set(values) == set(COLUMNS)
    return values


def snapshot() -> dict:
    return {company.slug: stored(company) for company in MemberCompany.objects.all()}


@pytest.fixture
def members(vocabulary):
    full = factories.MemberCompanyFactory(
        slug="changsha-pcb",
        name_en="Changsha PCB Co., Ltd",
        name_zh_hans="长沙印制电路有限公司",
        level=vocabulary["council"],
        region=vocabulary["hunan"],
        city_en="Changsha",
        city_zh_hans="长沙",
        address_en="1 Lugu Road, Yuelu District",
        address_zh_hans="岳麓区麓谷大道1号",
        website="https://www.changsha-pcb.example.com/",
        phone="+86 731 8888 0000",
        email="info@changsha-pcb.example.com",
        founded_year=1998,
        member_since=2005,
        short_description_en='Boards, "quoted", and\na second line.',
        short_description_zh_hans="专业生产多层印制电路板，\n第二行。",
        description_en="<p>First paragraph.</p><p>Second, with <strong>bold</strong>.</p>",
        description_zh_hans="<p>第一段。</p><p>第二段。</p>",
        logo=factories.ImageFactory(),
        featured=True,
    )
    full.segments.set([vocabulary["pcb"], vocabulary["ic"]])
    factories.MemberCompanyFactory(
        slug="zhuzhou-chips",
        name_en=None,
        name_zh_hans="株洲芯片有限公司",
        short_description_en='=HYPERLINK("https://evil.example.com","click")',
        short_description_zh_hans="-负号开头",
        address_en="'=already quoted",
        phone="@home",
        website="",
        is_active=False,
    )
    factories.MemberCompanyFactory(slug="plain")
    return snapshot()


def test_export_then_import_round_trips_every_column(members, tmp_path):
    path = tmp_path / "members.csv"
    call_command("export_members", str(path), stderr=io.StringIO())
    MemberCompany.objects.all().delete()

    report = import_file(path)

    assert (report.created, report.updated, report.unchanged, report.rejected) == (3, 0, 0, [])
    assert snapshot() == members
    assert members["changsha-pcb"]["logo"].startswith("images/")
    assert MemberCompany.objects.get(slug="zhuzhou-chips").short_description_en.startswith("=")


def test_export_writes_a_bom_and_reads_back_with_utf8_sig(members, tmp_path):
    path = tmp_path / "members.csv"
    stderr = io.StringIO()
    call_command("export_members", str(path), stderr=stderr)

    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert not data[3:].startswith(codecs.BOM_UTF8)
    with open(path, encoding="utf-8-sig", newline="") as csv_file:
        rows = list(csv.DictReader(csv_file))
    assert list(rows[0]) == list(COLUMNS)
    assert [row["slug"] for row in rows] == ["changsha-pcb", "plain", "zhuzhou-chips"]
    first = rows[0]
    assert first["name_zh_hans"] == "长沙印制电路有限公司"
    assert first["segments"] == "ic|pcb"
    assert (first["level"], first["region"], first["featured"], first["is_active"]) == (
        "council",
        "hunan",
        "1",
        "1",
    )
    # Cells a spreadsheet would run as formulas are quoted with an apostrophe.
    assert first["phone"] == "'+86 731 8888 0000"
    assert rows[2]["short_description_en"].startswith("'=HYPERLINK")
    assert rows[2]["is_active"] == "0"
    assert stderr.getvalue().strip() == f"Exported 3 member companies to {path}"


def test_export_to_stdout_by_default(members):
    output = run_command("export_members")
    assert output.startswith("\ufeffslug,name_en,name_zh_hans,")
    assert "长沙印制电路有限公司" in output
    assert len(list(csv.reader(io.StringIO(output[1:])))) == 4


def test_import_dry_run_stores_nothing_but_reports_the_same_counts(vocabulary, tmp_path):
    factories.MemberCompanyFactory(slug="old-name", name_en="Old name")
    factories.MemberCompanyFactory(slug="same", name_en="Same", name_zh_hans="同样")
    path = write_csv(
        tmp_path / "members.csv",
        HEADER,
        [
            ["new", "New Co.", "新公司", "council", "pcb", "2001", ""],
            ["old-name", "New name", "", "", "", "", ""],
            ["same", "Same", "同样", "", "", "", ""],
            ["broken", "Broken", "", "", "", "nineteen", ""],
        ],
    )
    before = snapshot()

    output = run_command("import_members", str(path), "--dry-run")

    assert snapshot() == before
    assert not MemberCompany.objects.filter(slug="new").exists()
    assert "Created: 1\nUpdated: 1\nUnchanged: 1\nRejected: 1\n" in output
    assert output.rstrip().endswith("Dry run: nothing was saved.")
    dry = import_file(path, dry_run=True)
    real = import_file(path)
    assert (dry.created, dry.updated, dry.unchanged, dry.rejected) == (
        real.created,
        real.updated,
        real.unchanged,
        real.rejected,
    )
    assert MemberCompany.objects.get(slug="old-name").name_en == "New name"


def test_import_rejects_bad_rows_with_line_numbers_and_imports_the_rest(vocabulary, tmp_path):
    path = tmp_path / "members.csv"
    path.write_text(
        "slug,name_en,name_zh_hans,level,founded_year,short_description_en\n"
        'good-one,Good One,好公司,council,1999,"Two lines,\nin one cell"\n'
        "bad-level,Bad Level,,nope,2000,\n"
        "\n"
        "bad-year,Bad Year,,council,19x5,\n"
        ",,好公司二,,2010,\n",
        encoding="utf-8-sig",
    )

    report = import_file(path)

    assert report.rejected == [
        (4, "bad-level", "level: No membership level has the slug “nope”."),
        (6, "bad-year", "founded_year: Enter a whole number."),
    ]
    assert (report.created, report.updated, report.unchanged) == (2, 0, 0)
    good = MemberCompany.objects.get(slug="good-one")
    assert good.short_description_en == "Two lines,\nin one cell"
    assert good.level == vocabulary["council"]
    # A row without a slug gets one made from its name.
    assert MemberCompany.objects.get(name_zh_hans="好公司二").slug == "hao-gong-si-er"
    assert not MemberCompany.objects.filter(slug__in=["bad-level", "bad-year"]).exists()


@pytest.mark.parametrize(
    ("cells", "reason"),
    [
        ({"name_en": "", "name_zh_hans": ""}, "name_en / name_zh_hans: Fill this in at least"),
        ({"founded_year": "1700"}, "founded_year: Ensure this value is greater than or equal"),
        ({"member_since": "2001.5"}, "member_since: Enter a whole number."),
        ({"email": "not-an-email"}, "email: Enter a valid email address."),
        ({"website": "www.example.com"}, "website: Enter a valid URL."),
        ({"region": "mars"}, "region: No region has the slug “mars”."),
        ({"featured": "maybe"}, "featured: Enter 1 or 0 (yes/no and true/false also work)."),
        ({"slug": "not a slug"}, "slug: Enter a valid “slug”"),
        ({"logo": "images/2025/05/missing.png"}, "logo: No image in the media library is stored"),
        ({"logo": "../settings.py"}, "logo: Give the stored name of a library image"),
        ({"name_en": "x" * 201}, "name_en: Ensure this value has at most 200 characters"),
        ({"name_en": "\u200b\u200c"}, "name_en: This contains only invisible characters"),
        ({"city_en": "Chang\x00sha"}, "city_en: The cell contains an invisible control character"),
        (
            {"description_en": "<p>a</p>\x00"},
            "description_en: The cell contains an invisible control character (U+0000)",
        ),
    ],
)
def test_import_rejects_invalid_cells_naming_the_column(vocabulary, cells, reason):
    row = dict.fromkeys(COLUMNS, "") | {"slug": "acme", "name_en": "Acme"} | cells
    report = import_members(rows=[row], dry_run=False, progress=None)
    assert report.created == 0
    [(line, _label, message)] = report.rejected
    assert line == 2
    assert message.startswith(reason)
    assert not MemberCompany.objects.exists()


@pytest.mark.parametrize(
    ("featured", "is_active", "expected"),
    [
        ("1", "0", (True, False)),
        ("Yes", "no", (True, False)),
        ("TRUE", "False", (True, False)),
        ("", "", (False, True)),
    ],
)
def test_import_reads_booleans(featured, is_active, expected):
    row = {"slug": "acme", "name_en": "Acme", "name_zh_hans": ""}
    import_members(rows=[row | {"featured": featured, "is_active": is_active}])
    company = MemberCompany.objects.get(slug="acme")
    assert (company.featured, company.is_active) == expected


def test_import_row_with_unknown_segment_creates_nothing(vocabulary):
    rows = [
        {"slug": "acme", "name_en": "Acme", "name_zh_hans": "", "segments": "pcb|nope"},
        {"slug": "fine", "name_en": "Fine", "name_zh_hans": "", "segments": "pcb | ic"},
    ]
    report = import_members(rows=rows)
    assert report.rejected == [(2, "acme", "segments: No industry segment has the slug “nope”.")]
    assert not MemberCompany.objects.filter(slug="acme").exists()
    fine = MemberCompany.objects.get(slug="fine")
    assert sorted(fine.segments.values_list("slug", flat=True)) == ["ic", "pcb"]


def test_import_rolls_back_a_row_that_fails_after_the_company_is_saved(vocabulary):
    """The segments are set after the company is saved; when that fails, the row's
    savepoint takes the saved company (or its update) back with it."""
    existing = factories.MemberCompanyFactory(slug="existing", name_en="Old name")
    saved = []

    def refuse(sender, instance, action, **kwargs):
        if action == "pre_add" and instance.slug in {"new-fails", "existing"}:
            saved.append(MemberCompany.objects.filter(pk=instance.pk).exists())
            raise IntegrityError("segments refused")

    rows = [
        {"slug": "new-fails", "name_en": "New", "name_zh_hans": "", "segments": "pcb"},
        {"slug": "existing", "name_en": "New name", "name_zh_hans": "", "segments": "ic"},
        {"slug": "new-works", "name_en": "Works", "name_zh_hans": "", "segments": "pcb"},
    ]
    m2m_changed.connect(refuse, sender=MemberCompany.segments.through)
    try:
        report = import_members(rows=rows)
    finally:
        m2m_changed.disconnect(refuse, sender=MemberCompany.segments.through)

    assert saved == [True, True]  # the failure came after each company was saved
    assert [(line, label) for line, label, _reason in report.rejected] == [
        (2, "new-fails"),
        (3, "existing"),
    ]
    assert "segments refused" in report.rejected[0][2]
    assert not MemberCompany.objects.filter(slug="new-fails").exists()
    existing.refresh_from_db()
    assert existing.name_en == "Old name"
    assert not existing.segments.exists()
    assert MemberCompany.objects.get(slug="new-works").segments.get().slug == "pcb"


def test_import_of_the_same_file_again_changes_nothing(members, tmp_path):
    path = tmp_path / "members.csv"
    call_command("export_members", str(path), stderr=io.StringIO())
    stamps = dict(MemberCompany.objects.values_list("slug", "updated_at"))

    report = import_file(path)

    assert (report.created, report.updated, report.unchanged, report.rejected) == (0, 0, 3, [])
    assert dict(MemberCompany.objects.values_list("slug", "updated_at")) == stamps
    assert snapshot() == members


def test_import_leaves_columns_missing_from_the_file_alone(members, tmp_path):
    path = write_csv(
        tmp_path / "phones.csv",
        ["slug", "name_en", "name_zh_hans", "phone"],
        [["changsha-pcb", "Changsha PCB Co., Ltd", "长沙印制电路有限公司", "0731-1234"]],
    )
    report = import_file(path)
    assert (report.updated, report.rejected) == (1, [])
    expected = members["changsha-pcb"] | {"phone": "0731-1234"}
    assert stored(MemberCompany.objects.get(slug="changsha-pcb")) == expected


def test_import_rejects_a_slug_repeated_in_the_file():
    rows = [
        {"slug": "acme", "name_en": "Acme", "name_zh_hans": ""},
        {"slug": "acme", "name_en": "Acme again", "name_zh_hans": ""},
    ]
    report = import_members(rows=rows)
    assert report.rejected == [(3, "acme", "slug: Line 2 has the same slug.")]
    assert MemberCompany.objects.get().name_en == "Acme"


def test_import_rejects_rows_whose_cells_do_not_match_the_header(tmp_path):
    path = tmp_path / "members.csv"
    path.write_text(
        "slug,name_en,name_zh_hans,is_active\nacme,Acme,,1,extra\nshort,Short,\nfine,Fine,,0\n",
        encoding="utf-8",
    )
    report = import_file(path)
    assert report.rejected == [
        (2, "acme", "The row has 5 cells but the header has 4 columns."),
        (3, "short", "The row has 3 cells but the header has 4 columns."),
    ]
    assert report.created == 1


def test_import_without_a_required_column_is_an_error(members, tmp_path):
    path = write_csv(tmp_path / "members.csv", ["name_en", "level"], [["Renamed", ""]])
    with pytest.raises(CommandError, match="lacks required columns: slug"):
        run_command("import_members", str(path))
    with pytest.raises(ValueError, match="name_en / name_zh_hans"):
        import_members(rows=[{"slug": "plain", "level": ""}])
    assert snapshot() == members


def test_import_needs_a_name_in_one_language_only(members):
    """A file written when the site had fewer languages (or kept in one) still imports."""
    report = import_members(rows=[{"slug": "changsha-pcb", "name_en": "Renamed"}])
    assert (report.updated, report.rejected) == (1, [])
    company = MemberCompany.objects.get(slug="changsha-pcb")
    assert (company.name_en, company.name_zh_hans) == ("Renamed", "长沙印制电路有限公司")


def test_import_of_a_missing_or_non_utf8_file_is_an_error(tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        run_command("import_members", str(tmp_path / "nowhere.csv"))
    path = tmp_path / "gbk.csv"
    path.write_bytes("slug,name_en,name_zh_hans\nacme,,长沙\n".encode("gbk"))
    with pytest.raises(CommandError, match="not UTF-8"):
        run_command("import_members", str(path))


def test_import_members_command_prints_the_report(vocabulary, tmp_path):
    path = write_csv(
        tmp_path / "members.csv",
        [*HEADER, "notes"],
        [
            ["hunan-board", "Hunan Board", "湖南电路板", "council", "pcb|ic", "2003", "", "x"],
            ["acme-pcb", "Acme PCB", "", "", "", "2O10", "", ""],
            ["", "", "无名公司", "", "", "", "", ""],
        ],
    )
    stderr = io.StringIO()
    out = io.StringIO()

    call_command("import_members", str(path), "--progress", stdout=out, stderr=stderr)

    assert out.getvalue().splitlines() == [
        "Ignored columns: notes",
        "Created: 2",
        "Updated: 0",
        "Unchanged: 0",
        "Rejected: 1",
        "line 3 (acme-pcb): founded_year: Enter a whole number.",
    ]
    assert stderr.getvalue().endswith(f"\r[{'#' * 30}] 3/3\n")
    assert MemberCompany.objects.get(slug="hunan-board").segments.count() == 2


@pytest.mark.parametrize("count", [5, 50])
def test_export_query_count_does_not_grow_with_rows(vocabulary, count, django_assert_num_queries):
    for company in factories.MemberCompanyFactory.create_batch(
        count, level=vocabulary["council"], region=vocabulary["hunan"]
    ):
        company.segments.set([vocabulary["pcb"], vocabulary["ic"]])
    out = io.StringIO()
    with django_assert_num_queries(2):
        assert export_members(out=out) == count
    assert len(out.getvalue().splitlines()) == count + 1


def test_a_nul_byte_rejects_its_row_and_the_import_goes_on(tmp_path):
    """PostgreSQL cannot store NUL in text: before, one such cell aborted the import half way
    with no report (the rows before it saved, the rest never read)."""
    path = write_csv(
        tmp_path / "nul.csv",
        ["slug", "name_en", "name_zh_hans", "address_en"],
        [
            ["first", "First Co", "", "Road 1"],
            ["broken", "Broken Co", "", "Road\x002"],
            ["last", "Last Co", "", "Road 3"],
        ],
    )
    report = import_file(path)
    assert (report.created, len(report.rejected)) == (2, 1)
    [(line, label, reason)] = report.rejected
    assert (line, label) == (3, "broken")
    assert reason.startswith("address_en: The cell contains an invisible control character")
    assert sorted(MemberCompany.objects.values_list("slug", flat=True)) == ["first", "last"]


def test_import_normalises_text_as_the_admin_does():
    row = {"slug": "acme", "name_en": "  Acme\n Circuits \t Co ", "name_zh_hans": ""}
    report = import_members(rows=[row | {"short_description_en": "Line one\r\nLine two"}])
    assert report.rejected == []
    company = MemberCompany.objects.get(slug="acme")
    assert company.name_en == "Acme Circuits Co"
    assert company.short_description_en == "Line one\nLine two"


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_one_language_rich_text_round_trips_and_settles(tmp_path, language):
    """Text in one language only stays in that column, whatever language the command runs
    in, and importing the export again changes nothing."""
    from django.utils import translation

    factories.MemberCompanyFactory(
        slug="english-only",
        name_en="English Only Ltd",
        name_zh_hans="",
        short_description_en="Only English.",
        short_description_zh_hans="",
        description_en="<p>English description.</p>",
        description_zh_hans="",
    )
    path = tmp_path / "members.csv"
    with translation.override(language):
        call_command("export_members", str(path), stderr=io.StringIO())
        MemberCompany.objects.all().delete()
        first = import_file(path)
        second = import_file(path)
    member = MemberCompany.objects.get()
    assert (member.description_en, member.description_zh_hans or "") == (
        "<p>English description.</p>",
        "",
    )
    assert (first.created, second.unchanged, second.updated) == (1, 1, 0)
