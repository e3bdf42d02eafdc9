"""The search index proper, in each engine's own full-text search (see core/search.py)."""

from django.db import migrations

SQLITE = [
    """CREATE VIRTUAL TABLE core_searchentry_fts USING fts5(
        title_terms, body_terms, content='core_searchentry', content_rowid='id'
    )""",
    """CREATE TRIGGER core_searchentry_fts_insert AFTER INSERT ON core_searchentry BEGIN
        INSERT INTO core_searchentry_fts(rowid, title_terms, body_terms)
        VALUES (new.id, new.title_terms, new.body_terms);
    END""",
    """CREATE TRIGGER core_searchentry_fts_delete AFTER DELETE ON core_searchentry BEGIN
        INSERT INTO core_searchentry_fts(core_searchentry_fts, rowid, title_terms, body_terms)
        VALUES ('delete', old.id, old.title_terms, old.body_terms);
    END""",
    """CREATE TRIGGER core_searchentry_fts_update AFTER UPDATE ON core_searchentry BEGIN
        INSERT INTO core_searchentry_fts(core_searchentry_fts, rowid, title_terms, body_terms)
        VALUES ('delete', old.id, old.title_terms, old.body_terms);
        INSERT INTO core_searchentry_fts(rowid, title_terms, body_terms)
        VALUES (new.id, new.title_terms, new.body_terms);
    END""",
]
SQLITE_REVERSE = [
    "DROP TRIGGER core_searchentry_fts_update",
    "DROP TRIGGER core_searchentry_fts_delete",
    "DROP TRIGGER core_searchentry_fts_insert",
    "DROP TABLE core_searchentry_fts",
]
# 'simple': no stemming and no stop words; the terms are already made (core.search.terms).
POSTGRESQL = [
    """ALTER TABLE core_searchentry ADD COLUMN document tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', title_terms), 'A')
        || setweight(to_tsvector('simple', body_terms), 'B')
    ) STORED""",
    "CREATE INDEX core_searchentry_document ON core_searchentry USING GIN (document)",
]
POSTGRESQL_REVERSE = [
    "DROP INDEX core_searchentry_document",
    "ALTER TABLE core_searchentry DROP COLUMN document",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("core", "0001_search_index")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE, "postgresql": POSTGRESQL}),
            _run({"sqlite": SQLITE_REVERSE, "postgresql": POSTGRESQL_REVERSE}),
        )
    ]
