"""Round 73, helper y73e: worded answers that fired for facts the person never gave, or looped
(round 72: Jamal, Dariusz, Mariam, Agnes, Stan, Kofi, Ian, Chloe)."""

from __future__ import annotations

import pytest

from bot.safety_net import asks_what_i_am
from tests.unit.known_answers import RESPONSES, said_answer, sendable

NEW = (
    "utter_y73e_childline_confidential",
    "utter_y73e_unpaid_pay_boss",
    "utter_y73e_order_not_a_record",
    "utter_y73e_shared_computer_see",
    "utter_y73e_card_refund_decision",
    "utter_y73e_branch_or_wait",
    "utter_y73e_council_number_unknown",
)


@pytest.mark.parametrize("name", NEW)
def test_new_answers_are_one_sms(name):
    texts = sendable(name)
    assert len(texts) == 1 and len(texts[0]) <= 320
    assert name in RESPONSES


def test_council_answer_fits_with_a_site():
    (text,) = sendable("utter_y73e_council_number")
    assert len(text.replace("{council_website}", "richmond.gov.uk")) <= 320


# -- Jamal: Childline without images --------------------------------------------------------
JAMAL = (
    "theres these older man dem from the estate, they made me take a package to someone in "
    "ilford like 2 weeks ago and now they sayin it got took and i owe them 800. i aint got 800",
)


def test_jamal_childline_without_report_remove():
    text = "will childline tell my mum or the feds? and wat about the 800 do i just pay it"
    assert said_answer(text, "human_trafficking", JAMAL, age=17.0) == (
        "utter_y73e_childline_confidential"
    )


def test_jamal_report_remove_is_not_the_images_answer():
    text = (
        "wats report remove?? i asked about the money. do i pay them the 800 or wat, they "
        "sayin it goes up every week"
    )
    assert said_answer(text, "human_trafficking", JAMAL, age=17.0) != "utter_images_online"


@pytest.mark.parametrize(
    "said,text",
    [
        ((), "if i use report remove does my school or mum find out??"),
        (("he wants to share my nudes",), "does childline tell ur parents tho?"),
    ],
)
def test_childline_with_images_keeps_report_remove(said, text):
    assert said_answer(text, "online_abuse", said, age=15.0) == "utter_childline_confidential"


def test_images_said_still_get_the_images_answer():
    text = "he shared a video of us having sex, can i get it taken down?"
    assert said_answer(text, "sexual_offence", ()) == "utter_images_online"


# -- Dariusz: not a family ------------------------------------------------------------------
DARIUSZ = (
    "hello. i need help please my english not so good. my boss no pay me 2 month",
    "i work car wash in ealing, i sleep there in back room. boss keep my passport",
)


@pytest.mark.parametrize(
    "text",
    ["no. how i get my money? 2 month, is like 2800 pound", "how can i get my pay back?"],
)
def test_dariusz_pay_from_a_boss(text):
    assert said_answer(text, "human_trafficking", DARIUSZ) == "utter_y73e_unpaid_pay_boss"


def test_a_family_employer_keeps_the_family_text():
    said = ("i work for a family, i clean their house. they dont pay me",)
    text = "please, can I get my money? 1 month, 640 pound"
    assert said_answer(text, "human_trafficking", said) == "utter_w8_unpaid_pay"


# -- Mariam: his record, not hers -----------------------------------------------------------
MARIAM = ("my ex wont leave me alone basically",)


def test_mariam_order_gives_him_no_record():
    text = (
        "my mate said i could get a non molestation order? is that a thing. does it mean hes "
        "got a record"
    )
    assert said_answer(text, "domestic_abuse", MARIAM) == "utter_y73e_order_not_a_record"


@pytest.mark.parametrize(
    "text",
    [
        "not MY record lol i havent got one. i mean him. and if i did tell the police would they "
        "just go and arrest him straight away",
        "has he got a record?",
        "does his record matter?",
    ],
)
def test_his_record_is_not_her_record(text):
    assert said_answer(text, "domestic_abuse", MARIAM) != "utter_w3_record_and_your_rights"


@pytest.mark.parametrize(
    "text",
    [
        "ive got a record, does it matter?",
        "am i entitled to anything or not, even with a criminal record",
        "hello?? my record, does it count against me",
    ],
)
def test_her_own_record_keeps_the_record_answer(text):
    assert said_answer(text, "assault", ()) == "utter_w3_record_and_your_rights"


# -- Agnes: the shared computer; her card without reporting ---------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Will Daniel be able to see it? He uses my computer sometimes.",
        "I did not ask if you were a person dear. I asked if my grandson can read this on my "
        "computer",
    ],
)
def test_agnes_shared_computer(text):
    assert not asks_what_i_am(text) or "person" in text
    assert said_answer(text, None, ()) == "utter_y73e_shared_computer_see"


def test_will_he_see_it_on_my_phone_is_not_the_computer_answer():
    text = "yes ok. he lives with me, could he see this on my phone?"
    assert said_answer(text, None, ()) != "utter_y73e_shared_computer_see"


@pytest.mark.parametrize("text", ["are you a computer?", "is this a real person or a bot"])
def test_are_you_a_computer_is_still_a_bot_challenge(text):
    assert asks_what_i_am(text)


def test_agnes_card_without_reporting_is_not_crimestoppers():
    said = ("He has my bank card and he takes most of my pension each month",)
    text = (
        "Can the compensation people give me back the pension money he has had? And can I stop "
        "him using my card without him knowing it was me?"
    )
    assert said_answer(text, "domestic_abuse", said) != "utter_anonymous_reporting"


def test_reporting_anonymously_still_gets_crimestoppers():
    text = "is there a way to report it without them knowing it was me. like anonymous"
    assert said_answer(text, "assault", ()) == "utter_anonymous_reporting"


# -- Stan: the card is stopped; will he get the money back ----------------------------------
STAN = (
    "I have been the victim of a scam I am afraid. A man telephoned saying he was from Barclays "
    "and I gave my card to a courier who came to the door.",
    "Nobody threatened me. My son rang the bank and they stopped the card.",
)


@pytest.mark.parametrize(
    "text",
    [
        "Because I am old perhaps. My son thinks they pick on old people. Will I get the money "
        "back? It was £2,400 taken out in cash and some shopping",
        "What do you mean not necessarily? Will I or won't I?",
        "I would not be scared no. I would struggle to hear in a court though. Now will Barclays "
        "give me my £2,400 back or not",
    ],
)
def test_stan_money_back(text):
    assert said_answer(text, "fraud", STAN, cannot_phone=True) == (
        "utter_y73e_card_refund_decision"
    )


def test_stan_branch_or_wait():
    text = (
        "Thank you. Last thing. The bank has not said yet about the money. Should I go into the "
        "branch in Twickenham and ask them, or wait?"
    )
    assert said_answer(text, "fraud", STAN, cannot_phone=True) == "utter_y73e_branch_or_wait"


def test_a_bank_transfer_scam_is_not_the_card_answer():
    said = ("they told me to transfer my savings to a safe account",)
    text = "will i get my money back?"
    assert said_answer(text, "fraud", said) != "utter_y73e_card_refund_decision"


# -- Kofi: who will contact him --------------------------------------------------------------
def test_kofi_who_contacts_after_referral():
    text = "who's gonna text me, the stop hate lot or who?"
    got = said_answer(text, "assault", (), referral_consent=True, contact_safe=True)
    assert got == "utter_referral_which_service_contacts"


def test_who_contacts_without_a_referral_is_not_this_answer():
    text = "who's gonna text me, the stop hate lot or who?"
    assert said_answer(text, "assault", ()) != "utter_referral_which_service_contacts"


# -- Ian: the council's number ---------------------------------------------------------------
def test_ian_council_number_with_its_site():
    from tests.unit.known_answers import answer_in_conversation

    for text in (
        "No thanks. Ill ring the council myself. Whats the number for them",
        "I asked you for the council number",
    ):
        got = answer_in_conversation(text, "criminal_damage", (), borough="hillingdon")
        assert got is not None and got.response == "utter_y73e_council_number"
        assert got.args["council_website"] == "hillingdon.gov.uk"


def test_council_number_without_a_borough():
    assert said_answer("whats the council number?", "criminal_damage", ()) == (
        "utter_y73e_council_number_unknown"
    )


def test_victim_support_number_is_not_the_council():
    assert said_answer("whats the number for victim support?", "criminal_damage", ()) not in (
        "utter_y73e_council_number",
        "utter_y73e_council_number_unknown",
    )


# -- Chloe: not knowing whether she was assaulted ------------------------------------------
CHLOE = (
    "i think my drink was spiked last night",
    "i only had like 2 drinks and then i dont remember anything and i woke up this morning at "
    "some guys flat i dont know",
)


@pytest.mark.parametrize(
    "text",
    [
        "no idea. could of been anyone at the club. or him idk. i dont even know if he did "
        "anything to me. i had my clothes on mostly",
        "ok but the havens. do i go or not. i dont know if he did something",
        "what if he raped me and i dont remember",
    ],
)
def test_chloe_havens_when_unsure(text):
    assert said_answer(text, None, CHLOE, age=20.0) == "utter_havens_today"


def test_dont_know_if_he_did_it_after_a_burglary_is_not_the_havens():
    said = ("someone broke into my flat and took my laptop",)
    text = "i dont know if he did anything else to the door?"
    assert said_answer(text, "burglary", said) != "utter_havens_today"
