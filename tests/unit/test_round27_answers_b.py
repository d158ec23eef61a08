"""Round 27 answers (helper B): questions role-players asked that were dropped or got a wrong
answer.

- Doreen, 79, after a distraction burglary: "should i tell my daughter?" was passed over twice.
- Agnieszka, 33, hit by her partner: "if police come they take my children?" went unanswered and
  "will they take them?" got the answer about the police taking the partner away.
- Patricia, whose son was killed: "is there anything for Marcus and Kayla" and "who helps
  children?" got a Victims' Code right and "I can't answer".
- Gerald, 68, after a romance scam: "Should I reply to her?" and the gift cards and Western Union
  (asked twice) got "I can't answer".
- Amira, 19, facing a forced marriage: "is it even a crime if its my parents", the airport and
  her passport got other answers or none.
- Imran, whose shop window was smashed three times: "the insurance WONT pay i said. is there
  compensation from government or court" got the insurance answer again.
- Zainab, 28 (r27c), whose husband threatens to take the children to Pakistan: "can he really
  take them? they are british born" got British Transport Police, then social services taking
  a baby.
- Dave, 40 (r27b), hit by his wife: "what do i do friday tho if she kicks off again" got "I can't
  answer"; "is this even domestic abuse if its a bloke?" was not answered.

Each answer is at the end of bot/domain/responses.yml with its sources; each test quotes the
message as it was written, with ordinary answers and near misses that must not get it."""

from __future__ import annotations

import re

import pytest
from known_answers import DOMAIN, SLOTS, answer, sources_above
from rasa.core.nlg.generator import ResponseVariationFilter

from actions.reading import Turn, read_turn
from core import yaml_files
from core.text import SMS_LIMIT
from referrals.directory import load_directory

RESPONSES_FILE = DOMAIN / "responses.yml"
RESPONSES = yaml_files.load(RESPONSES_FILE.read_text())["responses"]
ORGANISATIONS = load_directory()

NEW = (
    "utter_telling_family_your_choice",
    "utter_report_and_tell_family",
    "utter_children_not_taken",
    "utter_children_not_taken_status",
    "utter_bereaved_children_support",
    "utter_scammer_stop_contact",
    "utter_gift_cards_transfers",
    "utter_forced_marriage_crime",
    "utter_forced_marriage_airport",
    "utter_forced_marriage_passport",
    "utter_compensation_order",
    "utter_children_taken_abroad",
    "utter_if_it_starts_again",
    "utter_if_it_starts_again_man",
)

ORDINARY = (
    "no", "yes", "79", "33", "52", "68", "19", "45", "my husband", "a stranger", "skip",
    "yes every day", "english", "ENGLISH", "bromley", "ealing", "a man", "woman", "text",
    "Phone call", "any time", "not sure", "YES", "strangers. two men, one had a clipboard and a "
    "hi vis", "yes many times. before only shouting, now hit", "no. bit of arthritis",
    "compensation. and information what police doing with my case", "feeling safe i guess",
    "local boys, maybe 15 16. i know their faces not names", "yes obviously", "my daughter",
    "help for my kids", "english is ok. or bengali for my wife. tower hamlets",
)  # fmt: skip
CRIME_TYPES = (
    "domestic_abuse", "burglary", "fraud", "homicide", "criminal_damage", "theft", "assault",
    None,
)  # fmt: skip
FORCED = {"account_details": ["forced_marriage"], "relationship_to_offender": "family_member"}


def sendable(name: str, **slots: object) -> list[str]:
    filled = {slot: None for slot in SLOTS} | slots
    chosen = ResponseVariationFilter(RESPONSES).responses_for_utter_action(name, "rest", filled)
    return [variant["text"] for variant in chosen]


def _read(text, requested, intent="inform", **answers):
    reading = read_turn(
        Turn(
            text=text,
            intent=intent,
            requested=requested,
            answers=answers,
            organisations=ORGANISATIONS,
        )
    )
    return [said.response or said.args.get("utter_action") for said in reading.say]


# -- the answers themselves -----------------------------------------------------------------------


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_and_one_message_is_sent(name):
    for variant in RESPONSES[name]:
        assert len(variant["text"]) <= SMS_LIMIT, name
    for slots in ({}, {"for_someone_else": True}, {"under_18": True}, {"gender": "man"}):
        assert len(sendable(name, **slots)) == 1, (name, slots)


@pytest.mark.parametrize("name", NEW)
def test_someone_writing_for_another_is_told_about_them(name):
    theirs = sendable(name, for_someone_else=True)[0]
    assert theirs != sendable(name)[0]
    assert not re.search(r"\b(?:you|your|yours|you're)\b", theirs, re.IGNORECASE), theirs


@pytest.mark.parametrize("name", NEW)
def test_every_new_answer_has_its_sources_written_above_it(name):
    comments = sources_above(name, RESPONSES_FILE)
    assert re.search(r"\b[\w.-]+\.(?:uk|org|com|media)\b|\bentry\b|\butter_\w+", comments), name


@pytest.mark.parametrize("name", NEW)
def test_no_answer_promises_an_outcome(name):
    for variant in RESPONSES[name]:
        text = variant["text"].replace("can't promise", "")
        assert not re.search(r"\b(?:will definitely|guarantee\w*|promise)\b", text), name


@pytest.mark.parametrize("text", ORDINARY)
@pytest.mark.parametrize("crime_type", CRIME_TYPES)
def test_ordinary_answers_get_none_of_the_new_answers(text, crime_type):
    for answers in ({}, FORCED, {"bereaved": True}):
        said = answer(text, crime_type, **answers)
        assert said not in NEW, (text, crime_type, answers)


# -- 1. Doreen: telling her daughter ---------------------------------------------------------------


def test_telling_family_after_a_burglary_is_their_choice():
    text = (
        "bad hip and my eyes arent good. should i tell my daughter? she'll say i shouldnt have "
        "let them in"
    )
    assert answer(text, "burglary") == "utter_telling_family_your_choice"
    message = sendable("utter_telling_family_your_choice")[0]
    assert message.startswith("That's your choice. It isn't your fault")
    assert "08 08 16 89 111" in message


def test_the_police_and_the_daughter_in_one_message_get_both():
    text = (
        "what about the police do i still ring them. and what do i do about my daughter should "
        "i tell her"
    )
    assert answer(text, "burglary") == "utter_report_and_tell_family"
    message = sendable("utter_report_and_tell_family")[0]
    assert "101" in message and "met.police.uk" in message and "your choice" in message


def test_the_daughter_is_answered_at_the_disability_question():
    text = (
        "bad hip and my eyes arent good. should i tell my daughter? she'll say i shouldnt have "
        "let them in"
    )
    said = _read(text, "impairment", consent=True, crime_type="burglary", age=79.0)
    assert "utter_telling_family_your_choice" in said


def test_a_scam_keeps_its_own_telling_family_answer():
    said = answer("SHOULD I TELL MY SON. HE WILL BE CROSS WITH ME", "theft")
    assert said == "utter_telling_family_after_scam"


@pytest.mark.parametrize(
    ("text", "crime_type", "answers"),
    [
        # A child asking about a parent keeps the under-18 answers.
        ("should i tell my mum", "assault", {"under_18": True}),
        ("should i tell my sister", "assault", {"under_18": True}),
        # Abuse by a partner or relative: not "your choice" about telling family.
        ("should i tell my brother", "domestic_abuse", {}),
        ("should i tell my son", "assault", {"relationship_to_offender": "family_member"}),
        ("my daughter told me", "burglary", {}),
        ("my daughter lives in kent", "burglary", {}),
        ("should i tell the police", "burglary", {}),
    ],
)
def test_near_misses_are_not_the_telling_family_answer(text, crime_type, answers):
    said = answer(text, crime_type, **answers)
    assert said not in ("utter_telling_family_your_choice", "utter_report_and_tell_family")


# -- 2. Agnieszka: the children, and her status --------------------------------------------------

AGNIESZKA = {"relationship_to_offender": "partner_or_ex"}


def test_children_and_status_are_answered_together():
    text = (
        "no police. i am scared if police come they take my children? we are polish, i not have "
        "settled status paper"
    )
    assert answer(text, "domestic_abuse", **AGNIESZKA) == "utter_children_not_taken_status"
    message = sendable("utter_children_not_taken_status")[0]
    assert "rarely means children are taken" in message
    assert "immigration status" in message and "can't promise" in message
    assert "0808 2000 247" in message


def test_will_they_take_them_is_about_the_children():
    text = "33. please the children, will they take them?"
    assert answer(text, "domestic_abuse", **AGNIESZKA) == "utter_children_not_taken"
    message = sendable("utter_children_not_taken")[0]
    assert "very rare" in message and "0808 2000 247" in message


def test_the_children_are_answered_where_the_questions_are_pending():
    answers = {"consent": True, "in_danger": False, "crime_type": "domestic_abuse", **AGNIESZKA}
    first = (
        "no police. i am scared if police come they take my children? we are polish, i not have "
        "settled status paper"
    )
    assert "utter_children_not_taken_status" in _read(first, "reported_to_police", **answers)
    second = "33. please the children, will they take them?"
    assert "utter_children_not_taken" in _read(second, "age", reported_to_police=False, **answers)


@pytest.mark.parametrize(
    ("text", "expected_not"),
    [
        ("72. will the police take him away if i tell someone", None),
        ("i take my children to school at 8", None),
        ("he said he will take the children", None),
        ("my children are 4 and 7", None),
        ("will they take my statement?", None),
    ],
)
def test_near_misses_are_not_the_children_answer(text, expected_not):
    said = answer(text, "domestic_abuse", **AGNIESZKA)
    assert said not in ("utter_children_not_taken", "utter_children_not_taken_status"), text


# -- 3. Patricia: help for her other children ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "is there anything for Marcus and Kayla, they lost their brother",
        "What do you mean if I report it? The police already know, he's dead. And is there "
        "anything for Marcus and Kayla, they lost their brother",
        "my 13 year old won't go to school since his brother died. who helps children?",
        "you're not listening. my 13 year old won't go to school since his brother died. who "
        "helps children?",
    ],
)
def test_bereaved_children_get_the_homicide_service_and_childline(text):
    assert answer(text, "homicide", bereaved=True) == "utter_bereaved_children_support"
    message = sendable("utter_bereaved_children_support")[0]
    assert "National Homicide Service" in message and "children and young people" in message
    assert "school" in message and "0800 1111" in message and "08 08 16 89 111" in message


@pytest.mark.parametrize(
    "text",
    [
        "my son was killed, is there any help for me",
        "my 2 children were at home",
        "what is the national homicide service",
        "Kayla is 17 and Marcus is 13",
    ],
)
def test_near_misses_are_not_the_bereaved_children_answer(text):
    assert answer(text, "homicide", bereaved=True) != "utter_bereaved_children_support"


def test_children_are_not_told_of_the_homicide_service_after_other_crimes():
    assert answer("who helps children?", "burglary") != "utter_bereaved_children_support"


# -- 4. Gerald: replying to the scammer, and the gift cards ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Should I reply to her? I havent told her I know",
        "no. Because I was lonely I suppose, my wife died 3 years ago. Should I reply to her? I "
        "havent told her I know",
    ],
)
def test_stop_contact_with_the_scammer(text):
    assert answer(text, "fraud") == "utter_scammer_stop_contact"
    message = sendable("utter_scammer_stop_contact")[0]
    assert "not to reply" in message and "keep all the messages" in message.lower()
    assert "reportfraud.police.uk" in message and "0300 123 2040" in message


@pytest.mark.parametrize(
    "text",
    [
        "you havent said about the gift cards, will I get that back too",
        "what does enhanced service mean. and you havent said about the gift cards, will I get "
        "that back too",
        "you still havent answered about the gift cards and western union",
    ],
)
def test_gift_cards_and_money_transfers(text):
    assert answer(text, "fraud") == "utter_gift_cards_transfers"
    message = sendable("utter_gift_cards_transfers")[0]
    assert "gift card company" in message and "Western Union" in message
    assert "refund isn't likely" in message and "reportfraud.police.uk" in message


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("68. Some of it was bank transfers some was gift cards she asked for, and western union. "
         "is it my fault? my daughter thinks I'm a silly old fool", "fraud"),
        ("should i reply to the bank?", "fraud"),
        ("should i reply to him", "domestic_abuse"),
        ("i got a gift card for my birthday", "theft"),
        ("he keeps messaging me, should i reply to him?", "stalking_harassment"),
    ],
)  # fmt: skip
def test_near_misses_are_not_the_scam_answers(text, crime_type):
    said = answer(text, crime_type)
    assert said not in ("utter_scammer_stop_contact", "utter_gift_cards_transfers"), text


# -- 5. Amira: the crime, the airport and her passport ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "is it even a crime if its my parents",
        "no. i cant go to police they will find out and it will be so much worse. my brother "
        "would kill me if the police came to the house. is it even a crime if its my parents",
    ],
)
def test_forcing_a_marriage_is_a_crime_whoever_does_it(text):
    assert answer(text, "domestic_abuse", **FORCED) == "utter_forced_marriage_crime"
    message = sendable("utter_forced_marriage_crime")[0]
    assert message.startswith("Yes.") and "parents included" in message
    assert "s.121" in message and "020 7008 0151" in message


@pytest.mark.parametrize(
    "text",
    [
        "what if they just take me to the airport. can anyone stop it?",
        "what if they just take me to the airport. can anyone stop it? and they cant call me, my "
        "dad checks my phone",
        "but what about the airport. if they force me on the plane what do i do",
    ],
)
def test_the_airport(text):
    assert answer(text, "domestic_abuse", **FORCED) == "utter_forced_marriage_airport"
    message = sendable("utter_forced_marriage_airport")[0]
    assert "At the airport" in message and "020 7008 0151" in message and "999" in message


@pytest.mark.parametrize(
    "text",
    [
        "can someone help me get my passport back without my dad knowing",
        "no its because im a girl. can someone help me get my passport back without my dad knowing",
    ],
)
def test_the_passport_back_in_confidence(text):
    assert answer(text, "domestic_abuse", **FORCED) == "utter_forced_marriage_passport"
    message = sendable("utter_forced_marriage_passport")[0]
    assert "in confidence" in message and "passport" in message
    assert "Forced Marriage Protection Order" in message


def test_amira_is_answered_where_the_questions_are_pending():
    answers = {"consent": True, "crime_type": "domestic_abuse", "age": 19.0, **FORCED}
    text = (
        "no its because im a girl. can someone help me get my passport back without my dad knowing"
    )
    assert "utter_forced_marriage_passport" in _read(text, "hate_motivated", **answers)


@pytest.mark.parametrize(
    ("text", "answers", "not_this"),
    [
        ("is it a crime if my dad hits me", FORCED, "utter_forced_marriage_crime"),
        ("is it a crime?", {}, "utter_forced_marriage_crime"),
        ("what if he comes to the airport", {}, "utter_forced_marriage_airport"),
        ("my flight home is at 6, will they call me before?", {},
         "utter_forced_marriage_airport"),
        ("can i get my passport back?", {}, "utter_forced_marriage_passport"),
    ],
)  # fmt: skip
def test_near_misses_are_not_the_forced_marriage_answers(text, answers, not_this):
    assert answer(text, "assault", **answers) != not_this


def test_a_passport_kept_by_an_employer_is_not_a_forced_marriage():
    said = answer("can i get my passport back?", "human_trafficking")
    assert said != "utter_forced_marriage_passport"


# -- 6. Imran: compensation when the insurance won't pay -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "local boys, maybe 15 16. i know their faces not names. the insurance WONT pay i said. is "
        "there compensation from government or court",
        "the insurance WONT pay i said. is there compensation from government or court",
        "45. the window cost me 900 pound each time, insurance wont pay anymore. can i get "
        "compensation",
        "i already reported it 3 times!! and still nothing about compensation. 2700 pound i lost",
        "what?? i asked about compensation. how do i get compensation",
    ],
)
def test_compensation_from_the_offender_not_the_insurance_again(text):
    assert answer(text, "criminal_damage") == "utter_compensation_order"
    message = sendable("utter_compensation_order")[0]
    assert "CICA" in message and "convicted" in message and "receipts" in message
    assert "insurer" not in message.lower()


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("my insurance wants a crime number", "criminal_damage"),
        ("do i have to report it for my insurance?", "burglary"),
        ("can i get compensation for my injuries from the court?", "assault"),
        ("is there compensation? he broke my nose", None),
        ("will the bank give me my money back?", "fraud"),
        ("i have insurance", "criminal_damage"),
    ],
)
def test_near_misses_are_not_the_compensation_order_answer(text, crime_type):
    assert answer(text, crime_type) != "utter_compensation_order", text


def test_the_insurance_question_keeps_its_answer():
    assert answer("my insurance wants a crime number", "burglary") == (
        "utter_insurance_crime_number"
    )


@pytest.mark.parametrize(
    ("text", "crime_type", "response"),
    [
        (
            "my brother took my passport and they want me to marry my cousin. is that a crime",
            "domestic_abuse",
            "utter_forced_marriage",
        ),
        (
            "i need to know what to do if they take me to pakistan. can someone stop it",
            "domestic_abuse",
            "utter_forced_marriage_order",
        ),
        ("72. will the police take him away if i tell someone", "domestic_abuse", None),
    ],
)
def test_earlier_role_players_keep_their_answers(text, crime_type, response):
    said = answer(text, crime_type)
    if response is None:
        assert said not in NEW
    else:
        assert said == response


# -- 7. Zainab: the children taken abroad ----------------------------------------------------------

ZAINAB = {"relationship_to_offender": "partner_or_ex"}


@pytest.mark.parametrize(
    "text",
    [
        "not right now hes at work. but he said if i ever leave him he will take the kids to "
        "pakistan and i will never see them again. he has their passports",
        "no im safe, carry on. can he really take them? they are british born",
        "why are you telling me about trains?? i asked if he can take my children abroad without "
        "me. no i havent reported, i cant, his family would find out",
    ],
)
def test_taking_the_children_abroad(text):
    assert answer(text, "domestic_abuse", **ZAINAB) == "utter_children_taken_abroad"
    message = sendable("utter_children_taken_abroad")[0]
    assert "Child Abduction Act 1984, s.1" in message and "prohibited steps order" in message
    assert "999" in message and "0808 2000 247" in message


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("he said if i leave he will take the kids", "domestic_abuse"),
        ("can he take them to school tomorrow?", "domestic_abuse"),
        ("can i take my kids to my mums?", "domestic_abuse"),
        ("we took the kids to pakistan last summer", "domestic_abuse"),
        ("can he take them?", "theft"),
    ],
)
def test_near_misses_are_not_the_children_abroad_answer(text, crime_type):
    assert answer(text, crime_type, **ZAINAB) != "utter_children_taken_abroad", text


# -- 8. Dave: if she starts again, and whether it counts for a man ---------------------------------


def test_what_to_do_if_she_kicks_off_again():
    text = "ok. what do i do friday tho if she kicks off again. i cant hit her back"
    close = {"relationship_to_offender": "partner_or_ex"}
    assert answer(text, "domestic_abuse", gender="man", **close) == "utter_if_it_starts_again_man"
    assert answer(text, "domestic_abuse", **close) == "utter_if_it_starts_again"
    man = sendable("utter_if_it_starts_again_man")[0]
    assert "999" in man and "kitchen" in man and "0808 801 0327" in man
    assert "0808 2000 247" in sendable("utter_if_it_starts_again")[0]


def test_abuse_counts_for_a_man():
    text = (
        "yeah for about 2 years on and off. plates, the remote, once a mug. the eye is the worst "
        "its been. is this even domestic abuse if its a bloke? feels daft"
    )
    assert answer(text, "domestic_abuse", gender="man") == "utter_for_men_too"


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("what do i do if he comes back", "domestic_abuse"),
        ("what do i do now", "domestic_abuse"),
        ("what do i do if she kicks off again", "assault"),
        ("she kicks off when shes had a drink", "domestic_abuse"),
    ],
)
def test_near_misses_are_not_the_if_it_starts_again_answer(text, crime_type):
    said = answer(text, crime_type)
    assert said not in ("utter_if_it_starts_again", "utter_if_it_starts_again_man"), text
