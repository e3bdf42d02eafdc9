"""What the site search finds of the members: active member companies, by name, their
descriptions, city and address."""

from core.richtext import html_to_text
from core.search import Document

from .models import MemberCompany


def company_rows():
    return MemberCompany.objects.active()


def company_document(company: MemberCompany) -> Document:
    return Document(
        title=company.name,
        body=" ".join(
            filter(
                None,
                [
                    company.short_description,
                    html_to_text(company.description),
                    company.city,
                    company.address,
                ],
            )
        ),
        url=company.get_absolute_url(),
        date=company.updated_at,
    )
