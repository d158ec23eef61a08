"""Round 29 answers (helper I): questions role-players asked that got "I can't answer" or a wrong
answer.

- Dorothy, 77, after a romance scam, the man still asking for £4,000: "Should I send him the
  £4,000?" got the bank answer, "should I send it or not?" and "What do I say to him?" got "I
  can't answer".
- Priya, 34, whose husband and mother-in-law keep her passport and money: "if he does not hit me,
  does it still count?" got "I can't answer"; "can I get my passport back without them knowing I
  asked?" and "My marriage was not forced, I chose him ... is it a crime?" got the forced-marriage
  answers.
- Hannah, 29, Deaf: "you say call 999. i cannot call. how i do?" got "I can't answer"; the
  secure-home answer gives a number to call.
- Gary, 58, whose van the neighbour's sons smash: "im going round with a bat" got nothing; "police
  saying its civil" and "itll never get to court anyway" got the special-measures answer.
- Hugh, 62, after a bank-impersonation scam: "How do I go to the Financial Ombudsman?" and "The
  bank says I was grossly negligent" got "call your bank" again.
- Wojtek, 41, unpaid, his ID card kept: "is this crime or no?", "what is forced work?", "I have no
  food tonight" got "I can't answer" or the interpreter answer.
- Ellie, 19: "do i need to keep screenshots of what he sent as evidence" got "I can't answer".

Each new answer is at the end of bot/domain/responses.yml with its sources; each test quotes the
message as it was written, with ordinary answers and near misses that must not get it."""

from __future__ import annotations

import re

import pytest
from known_answers import DOMAIN, answer, sendable, sources_above

from core import yaml_files
from core.text import SMS_LIMIT
from referrals.directory import load_directory

RESPONSES_FILE = DOMAIN / "responses.yml"
RESPONSES = yaml_files.load(RESPONSES_FILE.read_text())["responses"]
ORGANISATIONS = load_directory()

NEW = (
    "utter_romance_scam_dont_send",
    "utter_controlling_without_violence",
    "utter_999_bsl",
    "utter_secure_home_no_phone",
    "utter_dont_go_round",
    "utter_damage_not_civil",
    "utter_financial_ombudsman",
    "utter_gross_negligence",
    "utter_forced_labour_crime",
    "utter_slavery_helpline_safe_place",
    "utter_save_then_block",
)
NO_VOICE_NUMBER = ("utter_999_bsl", "utter_secure_home_no_phone", "utter_romance_scam_dont_send")

ORDINARY = (
    "no", "yes", "77", "34", "29", "58", "62", "41", "19", "my wife", "my husband", "a stranger",
    "yes every day", "skip", "english", "English dear.", "Kingston upon Thames, Surbiton.",
    "Harrow.", "islington", "bexley", "Barking. the house is in Barking", "a man", "A woman.",
    "text", "Phone call", "any time", "Any time dear, mornings are best.", "not sure", "polish",
    "yes. but boss no must know", "No dear.", "yes 3 times. got reference numbers", "WHY", "MORE",
    "Information please", "yes worried", "no danger now", "tak ok",
)  # fmt: skip
CRIME_TYPES = (
    "domestic_abuse", "fraud", "burglary", "criminal_damage", "human_trafficking",
    "online_abuse", "stalking_harassment", "assault", None,
)  # fmt: skip


# -- the answers themselves -----------------------------------------------------------------------


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_sources(name):
    for variant in RESPONSES[name]:
        assert len(variant["text"]) <= SMS_LIMIT, name
    assert len(sendable(name)) == 1
    assert re.search(r"\w+\.(?:uk|org|gov|com)|\bAct\b|entry", sources_above(name, RESPONSES_FILE))


@pytest.mark.parametrize("name", NEW)
def test_someone_writing_for_another_gets_one_message(name):
    said = sendable(name, for_someone_else=True)
    assert len(said) == 1
    if len(RESPONSES[name]) > 1:
        assert not re.search(r"\b(?:you|your)\b", said[0]), name


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    numbers = {
        re.sub(r"\D", "", phone) for org in ORGANISATIONS for phone in [org.contact.phone] if phone
    }
    for variant in RESPONSES[name]:
        for found in re.findall(r"\b0\d[\d ]{8,12}\d\b", variant["text"]):
            assert re.sub(r"\D", "", found) in numbers, (name, found)


@pytest.mark.parametrize("name", NO_VOICE_NUMBER)
def test_no_number_to_call_for_someone_who_cannot_phone(name):
    for variant in RESPONSES[name]:
        assert not re.search(r"\b0[38]\d{2}[\d ]{6,10}\d\b", variant["text"]), name


def test_the_financial_ombudsman_is_in_the_directory_never_offered_automatically():
    fos = next(org for org in ORGANISATIONS if org.id == "financial-ombudsman-service")
    assert fos.contact.phone == "0800 023 4567"
    assert fos.auto_offer == "never"


# -- Dorothy: the romance scam ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The bank said they would tell Action Fraud, or perhaps I was meant to. I am not sure. "
        "Should I send him the £4,000? He says he will be arrested if he can't pay the hospital.",
        "Should I send him the £4,000? He says he will be arrested if he can't pay the hospital.",
        "I am 77. Please, should I send it or not? He needs it by Friday.",
        "Thank you dear. One last thing, Richard has just written again asking for the money. What "
        "do I say to him?",
    ],
)
def test_dorothy_is_told_not_to_send_the_money(text):
    assert answer(text, "fraud", relationship_to_offender="someone_known") == (
        "utter_romance_scam_dont_send"
    )
    said = sendable("utter_romance_scam_dont_send")[0]
    assert "don't send" in said and "romance" in said and "bank" in said
    assert "reportfraud.police.uk" in said


@pytest.mark.parametrize(
    "text,crime_type",
    [
        ("should i send him the money?", "domestic_abuse"),  # a partner: not a romance scam
        ("The bank rang, should I send them the money to the safe account?", "fraud"),
        ("should I pay the fine HMRC says I owe?", "fraud"),
        ("I sent him £4,000 last year", "fraud"),
        ("should I send the photos to the police?", "burglary"),
    ],
)
def test_other_questions_about_sending_money_are_not_the_romance_answer(text, crime_type):
    assert answer(text, crime_type) != "utter_romance_scam_dont_send"


# -- Priya: controlling behaviour without violence ------------------------------------------------


@pytest.mark.parametrize(
    "text,crime_type,answers",
    [
        (
            "Hello. I am not sure if I should be writing here. My husband and his mother keep my "
            "passport and all my money, I am not allowed to have my own bank card, and they don't "
            "let me see my friends. He has never hit me. Is this abuse, or is this just a family "
            "problem?",
            None,
            {},
        ),
        ("Is this abuse, or is this just a family problem?", "domestic_abuse", {}),
        (
            "I am 34. Please can you tell me, if he does not hit me, does it still count? My "
            "mother-in-law says all wives in the family give their money to the husband.",
            "assault",
            {},
        ),
        (
            "Thank you. So it is a crime then? Also, can I get my passport back without them "
            "knowing I asked?",
            "domestic_abuse",
            {"relationship_to_offender": "partner_or_ex"},
        ),
        (
            "My marriage was not forced, I chose him. I just want to know: what he is doing, is it "
            "a crime? And what does MORE show?",
            "domestic_abuse",
            {"relationship_to_offender": "partner_or_ex"},
        ),
        (
            "My marriage was not forced, I chose him. I just want to know: what he is doing, is it "
            "a crime? And what does MORE show?",
            "domestic_abuse",
            {"relationship_to_offender": "partner_or_ex", "account_details": ("forced_marriage",)},
        ),
    ],
)
def test_priya_hears_that_control_without_hitting_is_abuse(text, crime_type, answers):
    assert answer(text, crime_type, **answers) == "utter_controlling_without_violence"
    said = sendable("utter_controlling_without_violence")[0]
    assert "Domestic Abuse Act 2021, s.1" in said and "s.76" in said and "no hitting" in said
    assert "Forced" not in said


@pytest.mark.parametrize(
    "text,answers",
    [
        (
            "my brother took my passport and they want me to marry my cousin. is that a crime",
            {},
        ),
        ("is it even a crime if its my parents", {"account_details": ("forced_marriage",)}),
        (
            "can someone help me get my passport back without my dad knowing",
            {"account_details": ("forced_marriage",)},
        ),
        ("ok but can anyone stop them taking me to pakistan? they have my passport", {}),
    ],
)
def test_a_forced_marriage_still_gets_the_forced_marriage_answers(text, answers):
    said = answer(text, "domestic_abuse", relationship_to_offender="family_member", **answers)
    assert said != "utter_controlling_without_violence"
    assert said is not None and "forced_marriage" in said


@pytest.mark.parametrize(
    "text,crime_type,answers",
    [
        ("So it is a crime then?", "assault", {"relationship_to_offender": "stranger"}),
        ("is it a crime to hit someone?", "assault", {}),
        ("does it still count if it was years ago?", "burglary", {}),
        ("he hit me again last night. is this abuse?", "domestic_abuse", {"account_details": ()}),
    ],
)
def test_other_crime_questions_are_not_the_controlling_answer(text, crime_type, answers):
    assert answer(text, crime_type, **answers) != "utter_controlling_without_violence"


# -- Hannah: 999 without calling; securing the home without a phone --------------------------------


def test_hannah_hears_how_to_reach_999_without_calling():
    text = "ok yes. but you say call 999. i cannot call. how i do?"
    assert answer(text, None, cannot_phone=True) == "utter_999_bsl"
    assert answer(text, "burglary", cannot_phone=True) == "utter_999_bsl"
    said = sendable("utter_999_bsl")[0]
    assert "999 BSL" in said and "18000" in said and "register" in said


@pytest.mark.parametrize(
    "text,answers",
    [
        (
            "ok yes. but you say call 999. i cannot call. how i do?",
            {},
        ),  # nothing known: silent call
        ("should i call 999?", {"cannot_phone": True}),
        ("i called 999 last night", {"cannot_phone": True}),
        ("Yes OK. How I contact police by text? I can not call 999.", {"cannot_phone": True}),
        ("how i call 999, i cannot hear", {}),
    ],
)
def test_other_999_messages_are_not_the_bsl_answer(text, answers):
    assert answer(text, "burglary", **answers) != "utter_999_bsl"


def test_hannah_gets_the_secure_home_answer_with_no_number_to_call():
    text = "window broken, landlord ignore me. who help fix? i scared sleep tonight"
    assert answer(text, "burglary", cannot_phone=True) == "utter_secure_home_no_phone"
    assert answer(text, "burglary") == "utter_secure_home"  # who can phone: as before
    said = sendable("utter_secure_home_no_phone")[0]
    assert "landlord" in said and "council" in said and "londonvws.org.uk" in said


def test_bsl_said_beside_a_broken_door_is_not_the_no_phone_answer():
    text = "I dont know. Door broken. TV and laptop gone. Can police come visit me? I need BSL "
    text += "interpreter."
    assert answer(text, "burglary") != "utter_secure_home_no_phone"


def test_the_no_phone_secure_home_answer_is_not_for_domestic_abuse():
    text = "can someone help fix my locks? my landlord ignores me"
    assert answer(text, "domestic_abuse", cannot_phone=True) != "utter_secure_home_no_phone"


# -- Gary: going round, "a civil matter", court ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "no. honestly im done. if they touch the van again im going round with a bat and they can "
        "see how they like it",
        "right. neighbours 2 grown up sons have been chucking bricks at my van and threatening me "
        "over parking for MONTHS. police do f all. im about ready to go round there and sort them "
        "out myself",
    ],
)
def test_gary_is_asked_not_to_go_round(text):
    # Round 41 (J2): a weapon is named only when they named one ("who said anything about a bat").
    expected = "utter_dont_go_round" if "bat" in text else "utter_j2_dont_go_round_neighbours"
    assert answer(text, "criminal_damage") == expected
    said = sendable(expected)[0]
    assert "please don't go round" in said and "999" in said and "anti-social" in said


@pytest.mark.parametrize(
    "text",
    [
        "he said hes going round with a bat",
        "they came round with a bat and smashed the van",
        "im going round to my mums tonight",
        "i might go round to a friend's and stay there",
    ],
)
def test_near_misses_are_not_the_going_round_answer(text):
    assert answer(text, "criminal_damage") != "utter_dont_go_round"


@pytest.mark.parametrize(
    "text",
    [
        "yes 3 times. got reference numbers. they come, look at the van, say its a civil matter "
        "about parking. its not about parking when theyre smashing my windscreen is it",
        "stalking?? im not being stalked mate its the neighbours. and i said im not scared of "
        "giving evidence. what do i do about police saying its civil",
    ],
)
def test_gary_hears_that_damage_is_a_crime_and_of_the_case_review(text):
    assert answer(text, "criminal_damage") == "utter_damage_not_civil"
    said = sendable("utter_damage_not_civil")[0]
    assert "Criminal Damage Act 1971, s.1" in said and "Community Trigger" in said


def test_never_getting_to_court_is_not_a_question_about_court():
    assert answer("scared of them two? no. itll never get to court anyway", "criminal_damage") != (
        "utter_court"
    )
    assert answer("will i have to go to court?", "criminal_damage") == "utter_court"


# -- Hugh: the Financial Ombudsman --------------------------------------------------------------


@pytest.mark.parametrize(
    "text,crime_type",
    [
        (
            "Got scammed by a text pretending to be my bank. 8 grand gone. Bank refuses to refund "
            "me. How do I go to the Financial Ombudsman?",
            None,
        ),
        (
            "I've already spoken to the bank, obviously. That's how I know they won't refund. Yes "
            "fine. Now the Ombudsman please.",
            "fraud",
        ),
        (
            "I've already spoken to the bank, obviously. That's how I know they won't refund.",
            "fraud",
        ),
        ("Of course I'm not in danger, it's a scam. Why does nobody listen. OMBUDSMAN.", "fraud"),
        ("Fine. carry on then, quickly. and does the ombudsman cost anything", "fraud"),
        ("MORE. Is the Financial Ombudsman Service in there or not", "fraud"),
    ],
)
def test_hugh_is_told_how_to_go_to_the_financial_ombudsman(text, crime_type):
    assert answer(text, crime_type) == "utter_financial_ombudsman"
    said = sendable("utter_financial_ombudsman")[0]
    assert "free" in said and "8 weeks" in said and "0800 023 4567" in said
    assert "call your bank" not in said.lower()


def test_hugh_hears_that_gross_negligence_is_a_narrow_exception():
    text = (
        "No I'm safe. I transferred it myself to a 'safe account' they said. The bank says I was "
        "grossly negligent. So they have to refund me or not?"
    )
    assert answer(text, "fraud") == "utter_gross_negligence"
    said = sendable("utter_gross_negligence")[0]
    assert "Financial Ombudsman Service" in said and "narrow exception" in said


@pytest.mark.parametrize(
    "text,crime_type",
    [
        ("how do i complain to the ombudsman about the police?", "burglary"),
        ("can I go to the ombudsman about the council?", "criminal_damage"),
        ("will I get my money back?", "fraud"),
        ("I have been to the bank, will I get my money back?", "fraud"),
        ("should I ring Barclays first?", "fraud"),
    ],
)
def test_other_complaints_and_bank_questions_are_not_the_ombudsman_answer(text, crime_type):
    assert answer(text, crime_type) not in ("utter_financial_ombudsman", "utter_gross_negligence")


# -- Wojtek: forced labour ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,crime_type",
    [
        (
            "hello. my boss no pay me 2 month. I work budowa, building. he have my ID card he not "
            "give back. is this crime or no?",
            None,
        ),
        (
            "nie. no police. I scared. what is forced work? I am not slave, I come myself to "
            "England",
            "human_trafficking",
        ),
    ],
)
def test_wojtek_hears_that_forced_labour_is_a_crime(text, crime_type):
    assert answer(text, crime_type) == "utter_forced_labour_crime"
    said = sendable("utter_forced_labour_crime")[0]
    assert "Modern Slavery Act 2015, s.1" in said and "by choice" in said
    assert "08000 121 700" in said


@pytest.mark.parametrize(
    "text",
    [
        "I need my ID back and my money. and place to sleep not his house. and food",
        "sorry. I mean the telephone number, they speak polish? and if I call they tell police? I "
        "have no food tonight",
    ],
)
def test_wojtek_is_pointed_to_the_helpline_for_a_safe_place(text):
    assert answer(text, "human_trafficking") == "utter_slavery_helpline_safe_place"
    said = sendable("utter_slavery_helpline_safe_place")[0]
    assert "isn't the police" in said and "08000 121 700" in said


@pytest.mark.parametrize(
    "text,crime_type",
    [
        ("is this a crime or no?", "burglary"),
        ("my husband has my passport. is this a crime?", "domestic_abuse"),
        ("I have no food tonight", "burglary"),
        ("he have my ID card", "human_trafficking"),
        (
            "if i call this helpline, they call police? and where i sleep tonight, i can not go "
            "back to boss",
            "human_trafficking",
        ),
    ],
)
def test_near_misses_are_not_the_forced_labour_answers(text, crime_type):
    assert answer(text, crime_type) not in (
        "utter_forced_labour_crime",
        "utter_slavery_helpline_safe_place",
    )


# -- Ellie: keep the evidence, then block --------------------------------------------------------


def test_ellie_hears_to_save_the_evidence_before_blocking():
    text = "should i block him and delete all his messages? i just want it gone"
    assert answer(text, "online_abuse") == "utter_save_then_block"
    said = sendable("utter_save_then_block")[0]
    assert "save the evidence first" in said and "block" in said


def test_ellie_hears_to_keep_the_screenshots():
    text = "do i need to keep screenshots of what he sent as evidence"
    assert answer(text, "online_abuse") == "utter_keep_evidence"


@pytest.mark.parametrize(
    "text",
    [
        "should i delete this chat?",
        "can you delete my data?",
        "he sent me messages again last night",
        "ok. i keep the messages? i delete them?",
        "should i screenshot everything before i report the account?",
    ],
)
def test_near_misses_are_not_the_block_answer(text):
    assert answer(text, "online_abuse") != "utter_save_then_block"


# -- ordinary answers ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ORDINARY)
@pytest.mark.parametrize("crime_type", CRIME_TYPES)
def test_ordinary_answers_get_none_of_these(text, crime_type):
    assert answer(text, crime_type, cannot_phone=True) not in NEW
