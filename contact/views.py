from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.abuse import over_limit, too_many_submissions

from .forms import ContactForm
from .services import receive_contact_message

# At most this many messages per visitor address per window.
CONTACT_LIMIT = 5
LIMIT_WINDOW = 60 * 60
# Where the confirmation is shown after sending: the messages at the top of the page
# (templates/includes/_messages.html), so the visitor lands on it, not on an empty form.
CONFIRMATION_ANCHOR = "messages"


class ContactFormMixin:
    """For a page that shows the contact form (``contact_form`` in its context) and takes
    it back by POST to its own address."""

    def get_contact_form(self) -> ContactForm:
        return ContactForm()

    def post_contact_form(self, request: HttpRequest, *, page_url: str) -> HttpResponse:
        form = ContactForm(request.POST)
        if form.is_bot():
            # Look like success to the bot; store nothing.
            return self.contact_sent(page_url)
        if form.is_valid():
            if over_limit(request, scope="contact", limit=CONTACT_LIMIT, seconds=LIMIT_WINDOW):
                form.add_error(None, too_many_submissions())
            else:
                receive_contact_message(
                    data={k: v for k, v in form.cleaned_data.items() if k != form.HONEYPOT},
                    language=get_language(),
                )
                return self.contact_sent(page_url)
        status = 429 if form.non_field_errors() else 400
        return self.render_to_response(self.get_context_data(contact_form=form), status=status)

    def contact_sent(self, page_url: str) -> HttpResponse:
        messages.success(
            self.request,
            _("Thank you, your message has been sent. We will reply during working hours."),
        )
        return redirect(f"{page_url}#{CONFIRMATION_ANCHOR}")
