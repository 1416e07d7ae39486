"""Which language an article is written in, told by a small maintained detector.

The word lists and the pipeline are English: an article in French or Arabic parsed
as English yields junk actors. py3langid (a maintained fork of langid.py, its model
shipped inside the wheel, no download) tells the language of the text; an article
is called foreign only when it is long enough to judge and English is all but ruled
out, so a short English note full of foreign names is never refused.
"""

from __future__ import annotations

from functools import cache

import pycountry

ENGLISH = "en"
SAMPLE_CHARS = 20_000  # enough to judge, cheap on a huge file
MIN_WORDS = 12  # fewer words than this: too short to judge, kept
MAX_ENGLISH = 0.02  # English this unlikely or less: the article is not English
SURELY_ENGLISH = 0.08  # this share of English function words or more: English, the model is not needed


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def foreign_language(text: str, function_words: frozenset[str] = frozenset()) -> str | None:
    """The name of the language the text is written in when it is surely not English, else None.

    A text rich in English function words (`english_function_words` of words.yml) is English
    without loading the detector's model (half a second per process)."""
    sample = text[:SAMPLE_CHARS]
    words = sample.lower().split()
    if len(words) < MIN_WORDS:
        return None
    if function_words and sum(w in function_words for w in words) >= SURELY_ENGLISH * len(words):
        return None
    ranked = _identifier().rank(sample)
    english = dict(ranked).get(ENGLISH, 0.0)
    if english > MAX_ENGLISH:
        return None
    code = ranked[0][0]
    language = pycountry.languages.get(alpha_2=code)
    return f"{language.name} ({code})" if language else code
