"""Round 49 answers (helper T2).

- Siobhan, 48, a wheelchair user whose chair was tipped on a bus while he shouted "cripple":
  "is this a disability hate crime?" got the "what counts as a disability" answer, then
  another person's answer about notes calling her 'deaf dumb'.
- Wei, 32, racist damage to his restaurant for the third time: "What can I do if they close
  it again?" got "I can't answer".
- Dawn, 55, for her daughter (25) in a controlling relationship: Clare's Law asked four times,
  never answered; "My husband wants to go round there and have it out with him" unanswered.
- Graham, 67, who had told only his bank about a scam: "Should I also go to the police?" got
  101 and met.police.uk, not Report Fraud.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

NEW = (
    "utter_t2_disability_hate",
    "utter_t2_case_closed",
    "utter_t2_clares_law",
    "utter_t2_family_confront",
    "utter_t2_not_sure_for_them",
)
SIOBHAN = {"age": 48, "relationship_to_offender": "stranger", "hate_motivated": True}
WEI = {"age": 32, "relationship_to_offender": "unknown", "hate_motivated": True}
DAWN = {"for_someone_else": True, "age": 25, "relationship_to_offender": "partner_or_ex"}
GRAHAM = {"age": 67, "relationship_to_offender": "stranger"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 49, helper T2", ({}, {"for_someone_else": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


@pytest.mark.parametrize(
    "text",
    [
        "Yes, I think so. That's what I wanted to ask actually, is this a disability hate crime? "
        "Or is it just assault? I don't want to make a fuss over nothing",
        "Sorry I don't think you understood. I mean is what he did a hate crime, because of my "
        "disability? He was shouting cripple at me while he did it",
        "is it a hate crime if he pushed my wheelchair and called me names?",
        "Does it count as disability hate crime?",
    ],
)
def test_siobhan_gets_a_disability_hate_answer(text):
    assert answer(text, "hate_crime", **SIOBHAN) == "utter_t2_disability_hate"


def test_farah_still_gets_her_notes_answer():
    text = "He write 'deaf dumb' on notes. Because me deaf. This hate crime?"
    assert answer(text, "hate_crime") == "utter_r7_disability_hate"


def test_a_wheelchair_user_never_gets_the_deaf_notes_answer():
    text = "I mean is what he did a hate crime? He was shouting cripple at me"
    assert answer(text, "hate_crime", **SIOBHAN) != "utter_r7_disability_hate"


@pytest.mark.parametrize(
    "text",
    [
        "OK thank you. But my real question: third time now. Last two times police close the "
        "case after one week. What can I do if they close it again?",
        "what can I do if the police closed the case?",
        "They closed the investigation, what are my options?",
    ],
)
def test_wei_gets_what_to_do_if_the_case_is_closed(text):
    assert answer(text, "hate_crime", **WEI) == "utter_t2_case_closed"


@pytest.mark.parametrize(
    "text",
    [
        "It's been going on about a year, it's got worse since she moved in with him in the "
        "spring. What about Clare's Law? My sister said I could ask the police if he's got a "
        "history. Can I do that as her mum or does Jess have to?",
        "No. Please can you just tell me about Clare's Law, that's the main thing I wanted to know",
        "she gets anxious but no. CLARES LAW. can I ask the police about his past or not??",
        "what is clare's law",
        "Can I use the domestic violence disclosure scheme?",
    ],
)
def test_dawn_gets_clares_law(text):
    assert answer(text, "domestic_abuse", **DAWN) == "utter_t2_clares_law"


@pytest.mark.parametrize(
    "text",
    [
        "What should I actually say to her? Every time I mention him she gets defensive. My "
        "husband wants to go round there and have it out with him but I think that would make "
        "it worse",
        "her brother is going to go round and confront him",
    ],
)
def test_dawn_gets_dont_confront_him(text):
    assert answer(text, "domestic_abuse", **DAWN) == "utter_t2_family_confront"


@pytest.mark.parametrize(
    "text",
    [
        "Not to the police as such. I telephoned the bank on Tuesday once I realised. They said "
        "they would investigate. Should I also go to the police? Some men telephoned me "
        "pretending to be from Barclays fraud department and persuaded me to move £18,000 into "
        "a so-called safe account.",
        "I am 67. But forgive me, I have not reported it to the police. I have only told the "
        "bank. Do I need to report it to the police, or to somebody else?",
        "Earlier you told me to report it on 101 or the Met website. Now you say Report Fraud. "
        "Which is it? I don't wish to do it twice.",
    ],
)
def test_graham_is_sent_to_report_fraud(text):
    assert answer(text, "fraud", **GRAHAM) == "utter_how_to_report"


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        ("Yes", "hate_crime"),
        ("No, I told you she's 25", "domestic_abuse"),
        ("Practical help", "hate_crime"),
        ("I use a wheelchair", "assault"),
        ("A stranger", "hate_crime"),
        ("Should I also go to the police?", "assault"),
        ("Will the police close the case?", "burglary"),
        ("My husband is going to the shop", "domestic_abuse"),
        ("I have a history of anxiety", "domestic_abuse"),
        ("What is Report Fraud?", "fraud"),
        ("will i get arrested too? i hit him back", "assault"),
        ("my husband wants to go round and have it out with the man who mugged me", "robbery"),
    ],
)
def test_ordinary_messages_do_not_get_the_new_answers(text, crime):
    assert answer(text, crime) not in NEW


def _danger_reply(text, answers, said=frozenset()):
    from actions.reading import Turn, read_turn

    turn = Turn(
        text=text,
        intent="inform",
        requested="in_danger",
        answers={"consent": True, **answers},
        said=frozenset(said),
    )
    return read_turn(turn)


def test_dawn_not_sure_for_her_daughter_is_not_told_to_keep_out_of_the_kitchen():
    reading = _danger_reply(
        "Not sure",
        {"for_someone_else": True, "crime_type": "domestic_abuse"},
        said={"utter_emergency"},
    )
    said = [say.response for say in reading.say]
    assert "utter_danger_steps" not in said
    assert "utter_t2_not_sure_for_them" in said
    assert not reading.pause


def test_not_sure_for_yourself_after_the_999_lines_still_gets_the_steps():
    reading = _danger_reply("idk", {}, said={"utter_emergency"})
    assert "utter_danger_steps" in [say.response for say in reading.say]


def test_not_sure_for_yourself_gets_if_unsafe():
    reading = _danger_reply("Not sure", {})
    assert "utter_if_unsafe" in [say.response for say in reading.say]


SIOBHAN_AFRAID = {"consent": True, "fear_of_giving_evidence": True, "hate_motivated": True}


@pytest.mark.parametrize(
    "text",
    [
        "I never said I was scared of court? I'd happily stand up and say what he did. Also "
        "should I get my arm looked at or take photos of the bruise?",
        "Ok. But please change it, I am NOT scared of giving evidence",
        "I'm not scared of going to court",
    ],
)
def test_siobhan_puts_right_that_she_is_not_afraid_of_court(text):
    from actions.reading import corrections

    assert corrections(text, SIOBHAN_AFRAID).get("fear_of_giving_evidence") is False


@pytest.mark.parametrize(
    "text",
    [
        "I'm not scared of court, but I am scared of him",
        "I am scared of court",
        "should I get my arm looked at?",
    ],
)
def test_other_messages_keep_the_fear_of_court(text):
    from actions.reading import corrections

    assert "fear_of_giving_evidence" not in corrections(text, SIOBHAN_AFRAID)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Not scared. But my staff are worried, two of the waitresses are young Chinese girls, "
            "they finish late and walk to station. Also I worry they come back when we are open",
            False,
        ),
        ("not scared, my mum is worried though", False),
        ("I would be very worried but not scared. Does that count as yes?", True),
        ("not scared but worried", True),
    ],
)
def test_other_peoples_worry_is_not_the_writers_fear_of_court(text, value):
    from actions.answers import read_fear_of_giving_evidence

    assert read_fear_of_giving_evidence(text).value is value
