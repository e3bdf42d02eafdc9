"""A database made before the apps were reorganised (issue 7) cannot be migrated: its
tables belong to the old app ``association``. ``migrate`` runs this check first and stops
with what to do, instead of failing half way with a traceback."""

from django.core.checks import Error, Tags, register
from django.db import DatabaseError, connections

OLD_APP = "association"


@register(Tags.database)
def database_from_an_older_layout(app_configs, databases=None, **kwargs) -> list[Error]:
    errors = []
    for alias in databases or ():
        connection = connections[alias]
        try:
            if "django_migrations" not in connection.introspection.table_names():
                continue
            with connection.cursor() as cursor:
                cursor.execute("SELECT COUNT(*) FROM django_migrations WHERE app = %s", [OLD_APP])
                (old_migrations,) = cursor.fetchone()
        except DatabaseError:
            continue  # an unreachable database is reported by migrate itself
        if old_migrations:
            name = connection.settings_dict["NAME"]
            errors.append(
                Error(
                    f"The database {name} was made by an earlier version of Xiehui, whose "
                    "tables lived in one app; this version keeps them in separate apps and "
                    "cannot migrate that database.",
                    hint=(
                        "Start from a new database. With the default SQLite file: "
                        "mv db.sqlite3 db.sqlite3.old, then run make run again (it loads "
                        "the demo). On PostgreSQL: create a new empty database and point "
                        "DATABASE_URL at it. Nothing had been released in the old layout."
                    ),
                    id="pages.E001",
                )
            )
    return errors
