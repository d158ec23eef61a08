"""Round 28's findings outside the readings of accounts and crisis words: an organisation whose
name is also a verb, consent given after all in the person's words, and what else the
role-players found in the dialogue."""

from __future__ import annotations

import pytest

from referrals.directory import load_directory, named_in_question


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # Mei: "I told you what they shout" (racist abuse) was sent Shout 85258, twice.
        ("obviously yes, because we're Chinese. I told you what they shout", None),
        ("they shout at us whenever we go out", None),
        ("what is shout 85258??", "Shout 85258"),
        ("what is shout?", "Shout 85258"),
    ],
)
def test_a_name_used_as_a_verb_is_not_the_organisation(text, named):
    found = named_in_question(text, load_directory())
    assert (found.name if found else None) == named


def test_keeping_the_chat_after_all_beside_a_question_is_kept(dispatcher, domain):
    # Round 28: Yusuf, 14, wrote "ok u can keep it. but dont tell my mum or police" after
    # keeping nothing; his question was answered but the chat still was not kept, so "human"
    # failed again.
    from actions.dialogue import ActionAnswerRight
    from tests.unit.conftest import make_tracker, responses

    tracker = make_tracker(
        slots={"consent": False, "age": 14.0, "under_18": True},
        text="ok u can keep it. but dont tell my mum or police", intent="ask_right",
        active_loop=None,
    )  # fmt: skip
    events = ActionAnswerRight().run(dispatcher, tracker, domain)
    assert {"event": "slot", "name": "consent", "value": True} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events
    ]
    said = responses(dispatcher)
    assert said[0] == "utter_consent_after_all" and len(said) == 2


@pytest.mark.parametrize(
    ("text", "answers", "expected"),
    [
        # Yusuf, 14, made to hold packages: the privacy notice, then "I can't answer".
        (
            "if i ring childline do they tell my mum. and they said if i dont pay by friday they "
            "come to my house",
            {"crime_type": "human_trafficking", "age": 14.0, "under_18": True},
            True,
        ),
        (
            "but what do i do about friday. im scared",
            {"crime_type": "human_trafficking", "age": 14.0, "under_18": True},
            True,
        ),
        ("what do i do about friday", {"crime_type": "burglary", "age": 14.0}, False),
        (
            "if i dont pay by friday they come to my house",
            {"crime_type": "fraud", "age": 40.0},
            False,
        ),
    ],
)
def test_a_child_threatened_by_those_exploiting_them(text, answers, expected):
    from actions.questions import known_answer

    said = known_answer(text, answers.get("crime_type"), answers=answers)
    assert (said is not None and said.response == "utter_exploited_threatened") is expected


@pytest.mark.parametrize(
    "text",
    [
        # Helen, who already had a non-molestation order, was told about non-molestation
        # orders, twice.
        "no. Can I ask something, would a stalking protection order be better than the non mol? "
        "a friend said police can apply for one",
        "I already HAVE a non mol, I said that. I asked about a stalking protection order",
    ],
)
def test_a_stalking_protection_order(text):
    from actions.questions import known_answer

    said = known_answer(text, "stalking_harassment", answers={})
    assert said is not None and said.response == "utter_stalking_protection_order"


def test_a_comparison_is_not_a_correction_of_who_did_it():
    # Round 28: Grace, pushed over by her son: "it's not like he's a husband hitting me" was
    # taken as "it was a partner or ex".
    from actions.reading import corrections

    son = {"crime_type": "domestic_abuse", "relationship_to_offender": "family_member"}
    assert corrections("it's not like he's a husband hitting me", son) == {}
    stranger = {"crime_type": "assault", "relationship_to_offender": "stranger"}
    assert corrections("no hes my husband", stranger) == {
        "relationship_to_offender": "partner_or_ex"
    }


def test_what_does_da_mean_please():
    # Round 28: Grace's "What does DA mean please?" after the result named the DA Helpline.
    from actions.questions import known_answer

    said = known_answer("What does DA mean please?", "domestic_abuse")
    assert said is not None and said.response == "utter_what_da_means"


@pytest.mark.parametrize(
    ("text", "requested"),
    [
        # Nikita, writing for her stabbed brother: missed three times.
        ("terrified yes. honestly im worried about him, last night he said he wishes he didnt "
         "wake up", "fear_of_giving_evidence"),
        ("one more thing should i tell the nurses what he said about wishing he didnt wake up? i "
         "dont want to get him in trouble", "referral_consent"),
    ],
)  # fmt: skip
def test_thoughts_of_suicide_in_someone_else_are_answered(text, requested):
    from actions.reading import Turn, read_turn
    from referrals.directory import load_directory

    answers = {
        "consent": True, "in_danger": False, "crime_type": "serious_violence",
        "for_someone_else": True, "results_shown": requested == "referral_consent",
    }  # fmt: skip
    reading = read_turn(
        Turn(
            text=text,
            intent="inform",
            confidence=0.9,
            requested=requested,
            answers=answers,
            asked={},
            missed={},
            organisations=load_directory(),
        )
    )
    # Round 41 (J2): the nurses on the ward only when a hospital or the nurses are named.
    expected = "utter_someone_else_at_risk" if "nurses" in text else "utter_j2_someone_else_at_risk"
    assert expected in [s.response for s in reading.say]
    assert "self_harm" not in reading.flags  # nothing recorded against the writer


def test_a_hand_on_the_neck_in_few_words_is_strangling_not_a_heart_attack():
    # Round 28: Fatma's "he hold my neck i cant breath" got the heart-attack reply.
    from actions.questions import mentions_medical_emergency, mentions_strangling

    assert mentions_strangling("last week he hold my neck")
    assert mentions_strangling("he hold my neck i cant breath")
    assert not mentions_medical_emergency("he hold my neck i cant breath")
    assert not mentions_strangling("she held my hand")


def test_believed_after_drinking_without_spiking_is_not_sent_to_the_havens():
    # Round 28: Liam, kicked by door staff after a few drinks, was told about spiking tests at
    # the Havens (a sexual assault service), twice.
    from actions.questions import known_answer

    text = (
        "nah im home. got a cut above my eye its still bleeding a bit tbh. 2 of them dragged me "
        "out and one kicked me when i was on the floor. and before u say it yes id had a few "
        "drinks, police wont believe me anyway will they"
    )
    said = known_answer(text, "assault", answers={})
    assert said is not None and said.response == "utter_believed_after_drinking"
    spiked = known_answer("i think my drink was spiked, will they believe me?", "assault")
    assert spiked is not None and spiked.response == "utter_believed_when_drunk"
