"""PostgreSQL: the titles' terms get a tsvector and a GIN index of their own, so that
"matches in the title" is found from an index, not by filtering every match's document."""

from django.db import migrations

FORWARD = [
    """ALTER TABLE core_searchentry ADD COLUMN title_document tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', title_terms)
    ) STORED""",
    "CREATE INDEX core_searchentry_title_document ON core_searchentry USING GIN (title_document)",
]
BACKWARD = [
    "DROP INDEX core_searchentry_title_document",
    "ALTER TABLE core_searchentry DROP COLUMN title_document",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("core", "0003_search_newest_index")]

    operations = [migrations.RunPython(_run(FORWARD), _run(BACKWARD))]
