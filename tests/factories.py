"""Small builders of test data through the real use cases."""

from workbench.intake import document_from_text
from workbench.usecases.articles import import_document
from workbench.usecases.claims import create_claim

SAMPLE_TEXT = "قالت وزارة الصحة إن عدد الإصابات ارتفع إلى 20 حالة.\nوأضافت أن الوضع تحت السيطرة.\n"


def make_article_with_claim(db, text: str = SAMPLE_TEXT) -> int:
    """Import a small article and return the id of a claim over its first sentence."""
    result = import_document(db, document_from_text(text, title="test article"))
    end = text.index(".") + 1
    return create_claim(db, result.article_id, 0, end).id
