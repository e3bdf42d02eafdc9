"""The outbox's background work, run by the task worker (``manage.py db_worker``)."""

from django_tasks import task

from . import services


@task()
def deliver_email(email_id: int) -> str:
    return services.deliver(email_id)
