"""Round 86, helper v86b2: Kemi, Hassan, Sophie and Ray's questions."""

from __future__ import annotations

from tests.unit.known_answers import answer, answer_in_conversation, sendable

HASSAN_FIRST = (
    "Salam. Yesterday on the 25 bus a man shouted at me and my daughter, calling us terrorists "
    "and saying go back to your country, then he spat at me. My daughter is 6. Other passengers "
    "saw everything. This is the third time this year on this route."
)


def test_kemi_drinking_that_night_is_not_drinking_more() -> None:
    first = "kinda yeh cos theyd probably bring up the drinking. would jay have to go to court too"
    assert answer(first, "assault") == "utter_v86b2_drink_and_witness"
    again = (
        "wait im not drinking more?? i meant i was drunk that night. and i asked about jay not me"
    )
    assert answer(again, "assault") != "utter_l3_drinking_flashbacks"
    text = sendable("utter_v86b2_drink_and_witness")[0]
    assert "doesn't make it your fault" in text and "witness statement" in text
    assert len(text) <= 320
    # Drinking more since is still heard as that.
    assert (
        answer("not sleeping great. drinking more than i should", "assault")
        == "utter_l3_drinking_flashbacks"
    )


def test_hassan_reporting_without_station_is_not_the_parent_for_child_answer() -> None:
    said = answer_in_conversation(
        "Yes OK. Can I report this without going to the police station? I work long hours and "
        "I don't want to take my daughter there.",
        "assault",
        [HASSAN_FIRST],
        hate_motivated=True,
    )
    assert said is None or not (said.response or "").startswith("utter_t84f_parent_can_report")
    # Mirela's question for her son still gets it.
    assert answer("i can report police for child? school say no need", "assault") in (
        "utter_t84f_parent_can_report",
        "utter_t84f_parent_can_report_hate",
    )


def test_hassan_help_for_a_6_year_old_is_for_the_parent_to_ask() -> None:
    said = answer_in_conversation(
        "No. But my daughter since then she doesn't want to get on the bus, she cries. Is there "
        "help for her? She is only 6",
        "assault",
        [HASSAN_FIRST],
        hate_motivated=True,
    )
    assert said is not None and said.response == "utter_n6_support_for_child_who_saw"
    # Fatima's son of 14 keeps the answer with Childline and Redthread.
    assert (
        answer("Abdi is only 14, is there help for children?", "assault")
        == "utter_help_for_child_victim"
    )


def test_sophie_blocking_a_stalker() -> None:
    text = "islington. should i block his number? i'm scared if i block him he'll just turn up more"
    assert answer(text, "stalking_harassment") == "utter_v86b2_block_stalker"
    reply = sendable("utter_v86b2_block_stalker")[0]
    assert "0808 802 0300" in reply and "screenshot" not in reply.lower()


def test_sophie_police_without_court() -> None:
    text = (
        "ok but can the police actually make him stop without going to court? i dont want to "
        "ruin his life i just want him to leave me alone"
    )
    assert answer(text, "stalking_harassment") == "utter_v86b2_police_stop_stalker"
    assert "stalking protection order" in sendable("utter_v86b2_police_stop_stalker")[0]


def test_ray_going_round_to_have_it_out() -> None:
    for text in (
        "Honestly should I go round and speak to him? Part of me wants to knock his block off.",
        "She doesn't know I'm writing to you. Can they contact me, not her? Just for advice for "
        "me. Sorry, I haven't slept properly all week, I keep thinking about going round there "
        "and having it out with him.",
    ):
        said = answer_in_conversation(text, "domestic_abuse", [], for_someone_else=True)
        assert said is not None and said.response == "utter_v86b2_dont_confront", text
    reply = sendable("utter_v86b2_dont_confront", for_someone_else=True)[0]
    assert "0808 2000 247" in reply and len(reply) <= 320
