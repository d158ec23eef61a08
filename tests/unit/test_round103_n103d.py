"""Round 103, helper n103d: questions asked in the middle answered for another situation
(findings-d, findings-e)."""

from __future__ import annotations

from tests.unit.known_answers import answer_in_conversation

# Ruth, 58, a GP stalked by a former patient.
RUTH_FIRST = (
    "Good evening. I am a GP in Camden. For the past five months a former patient of mine has "
    "been sending letters to my home address and waiting outside the surgery when I leave. I "
    "would like some advice on my options, including a restraining order."
)
RUTH_RESTRAINING = "Yes, that is acceptable. Could you also tell me about the restraining order?"
RUTH_SPO = (
    "I am not in immediate danger. However, he is not an ex-partner or relative; he is a former "
    "patient. I understand there is something called a Stalking Protection Order. Does that "
    "apply to me?"
)
RUTH_ADDRESS = (
    "Yes. I reported it to Camden police in March and I have a crime reference number. Frankly, "
    "progress has been slow. My main concern is this: if it goes to court, can my home address "
    "be kept out of the court papers? He already has it, but I do not want it read out or shared "
    "further."
)


def _said(text: str, crime_type: str | None, earlier: list[str], **answers: object) -> str | None:
    got = answer_in_conversation(text, crime_type, earlier, **answers)
    return None if got is None else got.response


def test_a_former_patient_is_not_given_the_non_molestation_order():
    assert _said(RUTH_RESTRAINING, None, [RUTH_FIRST]) == "utter_harassment_injunction"


def test_the_stalking_protection_order_is_the_police_s_to_apply_for():
    for crime_type in (None, "stalking_harassment"):
        said = _said(RUTH_SPO, crime_type, [RUTH_FIRST, RUTH_RESTRAINING])
        assert said == "utter_stalking_protection_order"


def test_an_address_he_already_has_is_not_a_new_address():
    said = _said(
        RUTH_ADDRESS,
        "stalking_harassment",
        [RUTH_FIRST, RUTH_RESTRAINING, RUTH_SPO],
        reported_to_police=True,
    )
    assert said == "utter_n103d_address_kept_out_known"


def test_a_moved_victim_still_gets_the_new_address_answer():
    text = "if it goes to court will he be able to see my new address on the court papers?"
    said = _said(text, "stalking_harassment", [], reported_to_police=True)
    assert said == "utter_j3_address_in_court"


def test_safety_at_home_for_someone_stalked_is_not_a_hospital_journey():
    text = "Yes, by phone after 6.30pm on weekdays. Again: what can I do to be safer at home?"
    said = _said(
        text,
        "stalking_harassment",
        [RUTH_FIRST, RUTH_RESTRAINING, RUTH_SPO, RUTH_ADDRESS],
        reported_to_police=True,
        relationship_to_offender="someone_known",
    )
    assert said == "utter_n103d_stalking_safer_at_home"


def test_the_reading_of_her_turn_does_not_send_the_hospital_journey():
    from actions.questions import m1_journey_answer

    text = "Yes, by phone after 6.30pm on weekdays. Again: what can I do to be safer at home?"
    facts = {"crime_type": "stalking_harassment", "said": [RUTH_FIRST]}
    assert m1_journey_answer(text, facts) is None


# Mei, 34, racist shouting at her restaurant and graffiti on its shutter.
MEI_FIRST = (
    "Hello. I have restaurant in Westminster, small one. Since covid time people shout at us, say "
    "go back to China, bat eater, these things. And someone keep spray graffiti on my shutter, "
    "many many times, I clean it and they do again"
)
MEI_GRAFFITI = (
    "no, not reported. is graffiti even a crime? police are busy, I think they don't care about "
    "paint. also the shouting, it is not only damage, they shout racist things"
)
MEI_SHOUTING = (
    "34. why you say disability? it is because we are chinese. and you didn't say about "
    "shouting, is shouting a crime also?"
)
MEI_AGAIN = (
    "I don't know who spray. the shouting some are young men, some drunk people. one man I see "
    "him many times, I think he live near. but please answer, shouting racist is crime or not?"
)


def test_graffiti_after_racist_abuse_is_not_answered_with_a_disability():
    said = _said("is graffiti even a crime?", "criminal_damage", [MEI_FIRST], hate_motivated=True)
    assert said == "utter_n103d_damage_is_a_crime_race"


def test_graffiti_and_shouting_asked_together_get_both_answers():
    from actions.questions import matching_answers
    from tests.unit.known_answers import ORGANISATIONS

    facts = {"crime_type": "criminal_damage", "said": [MEI_FIRST], "hate_motivated": True}
    found = matching_answers(MEI_GRAFFITI, "criminal_damage", ORGANISATIONS, False, facts)
    names = [say.response for say in found]
    assert "utter_n103d_damage_is_a_crime_race" in names
    race = found[names.index("utter_n103d_damage_is_a_crime_race")]
    assert [then.response for then in race.then] == ["utter_n103d_racist_shouting_is_a_crime"]
    assert names.index("utter_n103d_damage_is_a_crime_race") < names.index(
        "utter_damage_is_a_crime"
    )


def test_racist_shouting_is_answered_as_a_crime_of_its_own():
    earlier = [MEI_FIRST, MEI_GRAFFITI]
    assert (
        _said(MEI_SHOUTING, "criminal_damage", earlier, hate_motivated=True)
        == "utter_n103d_racist_shouting_is_a_crime"
    )
    assert (
        _said(MEI_AGAIN, "criminal_damage", [*earlier, MEI_SHOUTING], hate_motivated=True)
        == "utter_n103d_racist_shouting_is_a_crime"
    )


def test_damage_without_race_keeps_its_answer():
    assert _said("is graffiti even a crime?", "criminal_damage", []) == "utter_damage_is_a_crime"


# Jamal, 27, wheelchair user; neighbours' teenagers throw things at his window.
def test_no_crime_number_given_is_not_the_insurance_answer():
    said = _said("27. what crime number, they never gave me one", "criminal_damage", [])
    assert said == "utter_no_crime_number_given"


def test_not_claiming_insurance_does_not_get_the_insurance_answer_again():
    text = "...what insurer, im not claiming insurance i just want them to stop"
    earlier = ["27. what crime number, they never gave me one"]
    assert _said(text, "criminal_damage", earlier) != "utter_insurance_crime_number"
