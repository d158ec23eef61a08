"""Round 68, helper n3: scams still going on and things posted online (Grace, Chantelle, Ella)."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.answers import read_reported_to_police
from actions.reading import Turn, read_turn
from tests.unit.known_answers import RESPONSES, said_answer, sendable

GRACE = [
    "Hello. I am not sure if this is the right place. I have lost some money to a man who said "
    "he was from my Bank.",
    "No I am quite safe thank you, I am at home. It is only the money. Fourteen thousand "
    "pounds. I feel very foolish.",
    "No. I have not told anybody. Not the police and not the Bank either, the real one I mean. "
    "It was last Tuesday. Do I have to tell the Bank?",
]
CHANTELLE = [
    "omg pls help my ex put my nudes on insta and sent them to all my friends i need them "
    "taken down NOW"
]
ELLA = [
    "idk?? like not rn im in my room. but these girls from my school posted my address on "
    "their story and said theyre gonna pull up. so like maybe",
    "yh its like 3 girls in year 10, ones my ex bestie. theyve been saying stuff in the gc for "
    "weeks and calling me a snake n stuff",
]


def turn(text, requested, **answers):
    return Turn(
        text=text, intent="inform", requested=requested, answers=answers, asked={requested: 1}
    )


def test_new_responses_are_short_and_marked():
    for name, variants in RESPONSES.items():
        if name.startswith("utter_n3_") and name in {
            "utter_n3_scammer_calling_now",
            "utter_n3_scammer_calling_again",
            "utter_n3_fraud_caught",
            "utter_n3_images_take_down",
            "utter_n3_image_sharing_is_a_crime",
            "utter_n3_details_posted_young",
            "utter_n3_details_posted",
            "utter_n3_not_images_young",
            "utter_n3_not_images",
            "utter_n3_unsure_they_may_come",
        }:
            for variant in variants:
                assert len(variant["text"]) <= 320, name


# 1. Grace: the scammer is still calling.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "He has rung again twice since. Yesterday he said there was MORE money at risk in "
            "my savings. I have not answered since.",
            "utter_n3_scammer_calling_again",
        ),
        (
            "No I don't think so. Should I answer if he rings again? He said I must not tell "
            "anyone at the branch as they might be in on it.",
            "utter_n3_scammer_calling_again",
        ),
        ("he keeps calling me, what do I do", "utter_n3_scammer_calling_again"),
        (
            "Thank you dear. The telephone is ringing again now, the same number. What shall I do?",
            "utter_n3_scammer_calling_now",
        ),
        ("hes ringing me right now!! what do i do", "utter_n3_scammer_calling_now"),
    ],
)
def test_grace_scammer_still_calling(text, expected):
    assert said_answer(text, "fraud", GRACE, age=71) == expected


def test_grace_calling_now_says_hang_up_and_159():
    (text,) = sendable("utter_n3_scammer_calling_now")
    assert "hang up" in text and "159" in text and "safe account" in text
    assert "0300 123 2040" in text


@pytest.mark.parametrize(
    "text, crime_type, said",
    [
        # Not a bank scam: a romance scammer, and an ex who keeps calling.
        (
            "he keeps calling me, what do I do",
            "fraud",
            ["I met him on a dating site, I sent £2000"],
        ),
        ("he keeps calling me, what do I do", "stalking", ["my ex won't leave me alone"]),
        ("my phone is ringing now, its him", "domestic_abuse", ["my husband hit me"]),
    ],
)
def test_calling_answer_only_after_a_bank_scam(text, crime_type, said):
    got = said_answer(text, crime_type, said)
    assert got not in ("utter_n3_scammer_calling_now", "utter_n3_scammer_calling_again")


def test_grace_too_late_is_the_refund_time_limit():
    text = "I am 71. Is it too late now as it was last week?"
    assert said_answer(text, "fraud", GRACE) == "utter_k3_scam_refund_time"


def test_too_late_to_report_a_theft_is_unchanged():
    text = "is it too late to report it, it was last week?"
    assert said_answer(text, "theft", ["someone took my bike"]) != "utter_k3_scam_refund_time"


def test_grace_never_catch_them_for_fraud():
    text = (
        "I do not think it would go to court, they never catch them do they. What I want is "
        "the money back. That was for my funeral."
    )
    assert said_answer(text, "fraud", GRACE) == "utter_n3_fraud_caught"
    assert "CCTV" not in sendable("utter_n3_fraud_caught")[0]


def test_never_catch_them_after_a_robbery_keeps_the_evidence_answer():
    text = "they will never catch him will they?"
    assert said_answer(text, "robbery", ["two lads took my phone"]) == (
        "utter_d6_will_they_be_caught"
    )


# 2. Chantelle: her intimate pictures online.
@pytest.mark.parametrize(
    "text",
    [
        "how long til they text. theyre still up on his page rn",
        "can i report it to insta myself or wat",
        "ye whatever just tell me how to get them down?????",
        "how do i get the pics taken down",
    ],
)
def test_chantelle_take_them_down(text):
    assert said_answer(text, "online_abuse", CHANTELLE, age=19) == "utter_n3_images_take_down"
    (sent,) = sendable("utter_n3_images_take_down")
    assert "0345 6000 459" in sent and "StopNCII" in sent


def test_chantelle_age_not_known_is_told_which_service_is_whose():
    text = "ye whatever just tell me how to get them down?????"
    assert said_answer(text, "online_abuse", CHANTELLE) == "utter_images_off_phones"


def test_a_child_who_said_nudes_still_gets_report_remove():
    said = ["a boy in my year sent my nudes round the group chat"]
    got = said_answer("how do i get them down??", "online_abuse", said, age=14, under_18=True)
    assert got != "utter_n3_images_take_down"
    got = said_answer("can insta delete them", "online_abuse", said, age=14, under_18=True)
    assert got != "utter_n3_images_take_down"


@pytest.mark.parametrize(
    "text",
    [
        "nah. can i even? its not like he hit me. my mum cant find out",
        "can i even report that? he never touched me",
    ],
)
def test_chantelle_can_she_report_it(text):
    got = said_answer(text, "online_abuse", CHANTELLE, age=19)
    assert got == "utter_n3_image_sharing_is_a_crime"
    assert "s.66B" in sendable("utter_n3_image_sharing_is_a_crime")[0]


def test_can_i_even_without_pictures_is_not_the_image_answer():
    got = said_answer("can i even? its not like he hit me", "domestic_abuse", ["he shouts at me"])
    assert got != "utter_n3_image_sharing_is_a_crime"


# 3. Ella: her address posted, not pictures.
def test_ella_address_post_taken_down():
    text = "how do i get the post with my address took down. its on snap and tiktok"
    got = said_answer(text, "online_abuse", ELLA, age=14, under_18=True)
    assert got == "utter_n3_details_posted_young"
    sent = sendable("utter_n3_details_posted_young")[0]
    assert "nude" not in sent and "0800 1111" in sent and "999" in sent


def test_an_adult_whose_address_was_posted():
    text = "how can i get my address taken down? my neighbour posted it on facebook"
    got = said_answer(text, "online_abuse", ["my neighbour is harassing me online"], age=40)
    assert got == "utter_n3_details_posted"


@pytest.mark.parametrize(
    "text",
    [
        "WHAT there r no nudes?? its my ADDRESS they posted. my house. omg",
        "ur not listening. its not pics",
    ],
)
def test_ella_correction_no_pictures(text):
    said = [*ELLA, "how do i get the post with my address took down. its on snap and tiktok"]
    got = said_answer(text, "online_abuse", said, age=14, under_18=True)
    assert got == "utter_n3_not_images_young"


def test_no_nudes_is_not_read_as_pictures():
    account = read_account("WHAT there r no nudes?? its my ADDRESS they posted. my house. omg")
    assert "intimate_images" not in account.details


def test_pictures_denied_leave_the_record_and_results():
    reading = read_turn(
        turn(
            "WHAT there r no nudes?? its my ADDRESS they posted. my house. omg",
            "language",
            age=14,
            under_18=True,
            crime_type="online_abuse",
            account_details=["intimate_images", "online"],
        )
    )
    assert "intimate_images" not in reading.slots.get("account_details", ["intimate_images"])


def test_snap_the_app_is_not_pictures_for_a_child():
    # The posts answer, not the nude-pictures one, for a post on Snapchat.
    said = ["girls at school are posting mean stuff about me"]
    got = said_answer(
        "how do i get the post took down its on snap", "online_abuse", said, age=14, under_18=True
    )
    assert got != "utter_j2_child_images_evidence"


# 4. Ella's "no??" with a reason, and the danger question.
def test_ella_no_with_reason_is_a_no():
    text = "no?? id get jumped for snitching fr. and my mum would find out"
    assert read_reported_to_police(text).value is False
    assert read_reported_to_police("no?").value is False
    assert read_reported_to_police("no?? what do you mean").value is None


def test_ella_they_may_come_to_the_house():
    reading = read_turn(turn(ELLA[0], "in_danger"))
    names = [say.response for say in reading.say]
    assert "utter_n3_unsure_they_may_come" in names
    assert "999" in sendable("utter_n3_unsure_they_may_come")[0]


def test_not_sure_without_a_threat_to_come_is_unchanged():
    reading = read_turn(turn("not sure", "in_danger"))
    assert "utter_n3_unsure_they_may_come" not in [say.response for say in reading.say]
