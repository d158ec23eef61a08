"""Build the project's own spaCy pipeline from ``spacy.blank("en")``.

No pretrained spaCy model can be downloaded on our machines, and Rasa 3.6 needs spaCy < 3.5, so
we build a small pipeline ourselves: the English tokenizer, a lookup lemmatizer (tables from
spacy-lookups-data, serialised into the model so they are not needed at run time) and an entity
ruler whose patterns come from ``core/vocabulary.yml``.

The same vocabulary also generates Rasa's synonyms (``data/nlu/synonyms.yml``): the entity ruler
returns the words the person typed ("broke in") and the synonym mapper turns them into the
canonical value ("burglary").

Rasa fingerprints a spaCy model by its path only, so a change to the tokenizer or lemmatizer must
come with a new ``PIPELINE_VERSION`` (a new folder), or trained featurizers would be reused.
Pattern changes take effect at run time, because Rasa loads the pipeline from disk.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from core.vocabulary import (
    ENTITY_LABELS,
    VALUES_ARE_PHRASES,
    VOCABULARY_PATH,
    Vocabulary,
    load_vocabulary,
    normalise,
)

PIPELINE_VERSION = "v1"
ROOT = Path(__file__).resolve().parent.parent
MODEL_PATH = ROOT / "build" / "spacy" / f"en_victims_{PIPELINE_VERSION}"
SYNONYMS_PATH = ROOT / "data" / "nlu" / "synonyms.yml"


# spaCy's type for an entity ruler pattern (a phrase pattern uses only the string values).
Pattern = dict[str, "str | list[dict[str, Any]]"]


def ruler_patterns(vocabulary: Vocabulary) -> list[Pattern]:
    patterns: list[Pattern] = []
    for entity, values in vocabulary.items():
        for value, phrases in values.items():
            own = {normalise(value)} if entity in VALUES_ARE_PHRASES else set()
            for phrase in sorted({*phrases, *own}):
                patterns.append({"label": entity, "pattern": phrase, "id": value})
    return patterns


def synonyms_yaml(vocabulary: Vocabulary) -> str:
    """Rasa synonyms for every phrase that is not already the canonical value."""
    lines = [
        "# Generated from core/vocabulary.yml by `python -m bot.spacy_pipeline`. Do not edit.",
        'version: "3.1"',
        "nlu:",
    ]
    for entity in ENTITY_LABELS:
        for value, phrases in vocabulary.get(entity, {}).items():
            others = sorted({p for p in phrases if p != normalise(value)})
            if not others:
                continue
            lines.append(f"- synonym: {_quote(value)}")
            lines.append("  examples: |")
            lines.extend(f"    - {p}" for p in others)
    return "\n".join(lines) + "\n"


def _quote(text: str) -> str:
    return '"' + text.replace('"', '\\"') + '"'


def build(model_path: Path = MODEL_PATH, vocabulary_path: Path = VOCABULARY_PATH) -> Path:
    import spacy
    from spacy.pipeline import EntityRuler

    vocabulary = load_vocabulary(vocabulary_path)
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    assert isinstance(ruler, EntityRuler)  # add_pipe is typed as returning any pipe
    # initialize() loads the lookup tables from spacy-lookups-data into the pipeline; patterns
    # come after it because adding them runs the lemmatizer over each phrase.
    nlp.initialize()
    ruler.add_patterns(ruler_patterns(vocabulary))
    nlp.meta["name"] = f"victims_{PIPELINE_VERSION}"
    nlp.meta["description"] = "Blank English tokenizer, lookup lemmatizer and our entity ruler."
    model_path.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(model_path)
    return model_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if synonyms.yml is stale")
    args = parser.parse_args(argv)
    vocabulary = load_vocabulary()
    expected = synonyms_yaml(vocabulary)
    if args.check:
        current = SYNONYMS_PATH.read_text(encoding="utf-8") if SYNONYMS_PATH.exists() else ""
        if current != expected:
            print(f"{SYNONYMS_PATH} is out of date: run python -m bot.spacy_pipeline")
            return 1
        return 0
    SYNONYMS_PATH.write_text(expected, encoding="utf-8")
    path = build()
    print(
        f"spaCy pipeline written to {path.relative_to(ROOT)}; synonyms to "
        f"{SYNONYMS_PATH.relative_to(ROOT)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
