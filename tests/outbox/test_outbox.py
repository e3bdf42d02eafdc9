"""The outbox: a visitor's form queues the staff email, the task worker sends it, tries
again when the mail server fails, and leaves what never went out for staff to send again."""

import datetime
import socket
import threading
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from contact.models import ContactMessage
from outbox.models import Email
from outbox.services import RETRY_DELAYS
from pages.models import Page
from tests.contact.test_contact import message_data
from tests.factories import PageFactory, SiteSettingsFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def contact_page():
    SiteSettingsFactory(email="office@example.org")
    return PageFactory(slug="contact-us", title_en="Contact Us", kind=Page.Kind.CONTACT)


@pytest.fixture
def queue(settings):
    """The queue as in production: tasks are rows, run by the worker. (Staff emails are in
    the site's default language: English here.)"""
    settings.LANGUAGE_CODE = "en"
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def silent_mail_server(settings):
    """An SMTP server that accepts connections and never says a word."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    held = []
    stop = threading.Event()

    def accept():
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", listener.getsockname()[1]
    settings.EMAIL_TIMEOUT = 1
    yield
    stop.set()
    thread.join()
    for connection in held:
        connection.close()
    listener.close()


def run_worker():
    """The worker until the queue is empty. Inside a test's transaction it must keep the
    connection: between tasks it closes one that is not in autocommit mode, which a test's
    is (on PostgreSQL the next query would then fail)."""
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command("db_worker", batch=True, no_startup_delay=True, interval=0, verbosity=0)


def test_the_visitor_does_not_wait_for_the_mail_server(
    client, contact_page, queue, silent_mail_server
):
    """The request stores the message and the email and queues it; nothing talks SMTP."""
    response = client.post("/en/contact-us/", message_data(), follow=True)
    assert "Thank you, your message has been sent." in response.content.decode()
    email = Email.objects.get()
    assert email.status == Email.Status.QUEUED and email.attempts == 0
    assert "When is the next IPC training?" in email.body
    assert email.about == ContactMessage.objects.get()
    assert DBTaskResult.objects.ready().count() == 1


def test_the_worker_sends_the_email_and_the_message_records_it(client, contact_page, queue):
    client.post("/en/contact-us/", message_data())
    assert mail.outbox == [] and not ContactMessage.objects.get().notified
    run_worker()
    assert [sent.subject for sent in mail.outbox] == ["Contact message: Training dates"]
    email = Email.objects.get()
    assert email.status == Email.Status.SENT and email.sent_at and email.attempts == 1
    assert ContactMessage.objects.get().notified


def test_a_failed_send_is_tried_again_later_then_marked_failed(
    client, contact_page, queue, silent_mail_server, time_machine
):
    time_machine.move_to(timezone.now(), tick=False)
    client.post("/en/contact-us/", message_data())
    run_worker()
    email = Email.objects.get()
    assert email.status == Email.Status.QUEUED and email.attempts == 1
    assert "timed out" in email.last_error
    # The next try waits: the worker finds nothing to do until its time comes.
    waiting = DBTaskResult.objects.filter(status="READY").get()
    assert waiting.run_after == timezone.now() + datetime.timedelta(seconds=RETRY_DELAYS[0])
    run_worker()
    assert Email.objects.get().attempts == 1
    for delay in RETRY_DELAYS:
        time_machine.shift(datetime.timedelta(seconds=delay))
        run_worker()
    email = Email.objects.get()
    assert email.status == Email.Status.FAILED
    assert email.attempts == len(RETRY_DELAYS) + 1
    assert not DBTaskResult.objects.ready().exists()
    assert not ContactMessage.objects.get().notified


def test_staff_see_a_failed_email_and_send_it_again(client, staff_client, contact_page, queue):
    client.post("/en/contact-us/", message_data(subject="Lost in the post"))
    Email.objects.update(status=Email.Status.FAILED, attempts=5, last_error="SMTP refused")
    changelist = staff_client.get("/admin/outbox/email/?status__exact=failed")
    html = changelist.content.decode()
    assert "Contact message: Lost in the post" in html and "Failed" in html
    email = Email.objects.get()
    detail = staff_client.get(f"/admin/outbox/email/{email.pk}/change/").content.decode()
    assert "SMTP refused" in detail and "office@example.org" in detail

    response = staff_client.post(
        "/admin/outbox/email/",
        {"action": "send_again", "_selected_action": [email.pk]},
        follow=True,
    )
    assert "1 email queued again." in response.content.decode()
    run_worker()
    assert Email.objects.get().status == Email.Status.SENT
    assert [sent.subject for sent in mail.outbox] == ["Contact message: Lost in the post"]
    assert ContactMessage.objects.get().notified


def test_an_email_is_sent_once_however_often_it_was_queued(client, contact_page, queue):
    client.post("/en/contact-us/", message_data())
    email = Email.objects.get()
    from outbox.tasks import deliver_email

    deliver_email.enqueue(email.pk)  # queued twice, say by a retry racing the first try
    run_worker()
    assert len(mail.outbox) == 1
