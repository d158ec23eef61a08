from bot.spacy_pipeline import ruler_patterns, synonyms_yaml
from core.vocabulary import check_vocabulary, load_vocabulary


def test_vocabulary_has_no_phrase_claimed_twice():
    assert load_vocabulary()


def test_a_phrase_claimed_by_two_values_is_reported():
    problems = check_vocabulary({"crime_type": {"assault": ["hit me"], "robbery": ["hit me"]}})
    assert problems and "hit me" in problems[0]


def test_label_values_do_not_become_patterns():
    phrases = {(p["label"], p["pattern"]) for p in ruler_patterns(load_vocabulary())}
    assert ("crime_type", "other") not in phrases, "'the other end' is not a crime"
    assert ("community", "men") not in phrases
    assert ("borough", "tower hamlets") in phrases
    assert ("crime_type", "broke into") in phrases


def test_committed_synonyms_match_the_vocabulary():
    from bot.spacy_pipeline import SYNONYMS_PATH

    assert SYNONYMS_PATH.read_text() == synonyms_yaml(load_vocabulary())
