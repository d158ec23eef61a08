"""Is a message written in English? (pure, no model, nothing downloaded)

A message in another language must never be taken as an answer or as consent; the bot answers
it in plain English with how to get an interpreter (Right 1). Most such messages are told apart
by their script (Arabic, Bengali, Cyrillic, Chinese...) or by the little words every language
uses ("i", "the", "and" in English; "nie", "jest" in Polish; "que", "la" in Spanish). Short
messages ("ok", "no", "hackney") and mixed ones ("polish but english is ok") count as English.
"""

from __future__ import annotations

import re
import unicodedata


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Common English words, including the way people text them.
ENGLISH = _words(
    """
    a about after again all also am an and any are as at back be because been before being
    but by can cant could couldnt did didnt do does dont down even ever every for from get
    got had has have havent he hed hes her here hers him his how i id if ill im in into is
    isnt it its ive just know last like me more much my no not now of off on once one only
    or our out over please really right said same say see she shes should so some still such
    than that thats the their them then there they theyre this those through to told too up
    us very was wasnt we well went were what when where which while who why will with wont
    would yes yeah yet you your youre u ur ok okay hi hello hey thanks thank pls plz lol idk
    dunno nah yep help police happened man woman guy lads friend mum dad husband wife
    boyfriend girlfriend ex partner someone people home house flat work school phone money
    night today yesterday week want need think said tell told going gonna wanna safe scared
    hurt hit took stole robbed attacked neighbour neighbours neighbor upstairs downstairs
    landlord council god christ jesus
    naw aye tae wi cannae dinnae didnae wasnae isnae ye yer whit polis wee
    """
)
# (the last line: Scots as Londoners from Scotland write it, "ma neighbour! christ", Moira)
# The little words of languages Londoners often write, that English does not use.
OTHER = _words(
    """
    nie jest się sie mój moj moja mnie czy mogę moge pisać pisac po polsku dzień dzien dobry
    tak ale jak że ze już juz mam jestem bardzo proszę prosze pomoc pomocy mąż maz żona zona
    bună buna ziua sunt nu și si este pentru ajutor nevoie vorbiți vorbiti românește da
    romana română vorbesti vorbești
    romaneste una los las del por para con qué que cómo como está esta tengo ayuda hola
    gracias señor mi habla hablo español espanol robaron cartera usted je suis les des une
    est pas avec pour mais vous nous bonjour merci aide français francais sono una della per
    che non con grazie aiuto ciao sei não nao com uma obrigado olá ajuda estou você voce
    português portugues labai aš yra mano ne taip ačiū aciu pagalba lietuviškai waan ma si
    ayaa iyo aan ku ka waxaan ninkayga soomaali salaan qof ingiriisi fiican uma aqaan jiraa
    dhibaya bir ve bu için icin ben değil degil çok cok yardım yardim merhaba teşekkür ich
    bin nicht und der die das ist mit hilfe danke bitte jam është eshte nuk dhe për ndihmë
    ndihme faleminderit
    """
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ADDRESSES = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")
_ENGLISH_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def _latin_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 1.0
    latin = sum(1 for ch in letters if "LATIN" in unicodedata.name(ch, ""))
    return latin / len(letters)


def _has_foreign_letters(word: str) -> bool:
    """Letters with marks English does not use (ł, ą, ș, ñ, ü...)."""
    return any(ch.isalpha() and ch.lower() not in _ENGLISH_LETTERS for ch in word)


# A yes or no in another language, sent alone ("da", "tak"): never taken as an English answer.
_YES_NO_ELSEWHERE = frozenset(
    [
        "da",
        "tak",
        "sí",
        "si",
        "oui",
        "ja",
        "evet",
        "haa",
        "sim",
        "nie",
        "nein",
        "hayir",
        "hayır",
        "non",
        # "help" alone, as people write it in the languages above and in Somali ("caawimaad").
        "pomoc",
        "pomocy",
        "ajutor",
        "ayuda",
        "aide",
        "aiuto",
        "ajuda",
        "pagalba",
        "caawimaad",
        "caawi",
        "yardım",
        "yardim",
        "hilfe",
        "ndihmë",
        "ndihme",
    ]
)


# -- round 75, helper c75b --: Olena, asked which language she would like support in: "Ukrainian.
# Українська" was "Sorry, I can only write in English" and the question again: half its letters
# are Cyrillic. A language named in English beside a word or two of its own name is an answer,
# written in English; a longer message in another script is still told apart.
_OWN_NAME_WORDS = 2
# Words beside a language's name in an answer to "Which language?": "Ukrainian language please".
_BESIDE_A_NAME = _words("language languages please pls in and or i my is speak write only")


def names_a_language_in_english(text: str) -> bool:
    """ "Ukrainian. Українська", "Arabic عربي": a language named in English letters, nothing
    else in them but a word like "please", and at most two words in another script beside it."""
    from core import vocabulary

    words = [w.lower() for w in _WORD.findall(text)]
    latin = [w for w in words if all("LATIN" in unicodedata.name(ch, "") for ch in w)]
    others = len(words) - len(latin)
    if not 0 < others <= _OWN_NAME_WORDS:
        return False
    named = [
        found for found in vocabulary.find("language", " ".join(latin)) if found[0] != "english"
    ]
    if not named:
        return False
    rest = " ".join(latin)
    for _, start, end in reversed(named):
        rest = rest[:start] + " " + rest[end:]
    return all(word in _BESIDE_A_NAME for word in rest.split())


def is_english(text: str | None) -> bool:
    """False only when the message is clearly in another language."""
    if not text or text.startswith("/"):
        return True
    text = _ADDRESSES.sub(" ", text)
    if names_a_language_in_english(text):
        return True
    if _latin_share(text) < 0.5:
        return False
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) == 1 and words[0] in _YES_NO_ELSEWHERE:
        return False
    if len(words) < 2:
        return True
    english = sum(1 for w in words if w in ENGLISH)
    other = sum(1 for w in words if w in OTHER or _has_foreign_letters(w))
    if other >= 2 and other > 2 * english:
        return False
    return not (english == 0 and other >= 1 and len(words) >= 3)
