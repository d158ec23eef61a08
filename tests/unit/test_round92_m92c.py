"""Round 92, helper m92c: wrong facts, and answers for someone else's situation."""

from __future__ import annotations

from actions.account import read_account
from actions.reading import Turn, corrections, read_turn
from tests.unit.known_answers import DOMAIN, responses_in_conversation, sendable, sources_above

TOPICS = DOMAIN / "responses_topics.yml"

# Leila, 28, threatened with a knife by her husband's brother, writing on her sister's phone.
LEILA_1 = (
    "salam. this is leila i am using my sister phone. i need help please my husband brother he "
    "has knife he say he will hurt me"
)
LEILA_2 = (
    "he is not here now he go work. it not message he say it to my face with the kitchen knife. "
    "when my husband go to work he do this"
)
LEILA_3 = (
    "i dont work. HE go to work, the brother. yes ok but this is my sister phone, he will not see "
    "this? he say if i tell anybody they send me back to bangladesh"
)
LEILA_4 = (
    "no i scared. it is not stalking he live in same house. he is my husband brother we all live "
    "together. will police send me back to bangladesh if i tell? i am on spouse visa"
)
LEILA_5 = "28. not my partner!! my husband is good he dont know. it is his brother"
LEILA_6 = "yes many time. i know who!! his name is his brother, my husband brother. you write wrong"
SICK_PAY = "utter_o5_time_off_after_crime"


def test_his_going_to_work_gets_no_sick_pay_advice():
    for crime in ("stalking_harassment", "domestic_abuse", None):
        assert SICK_PAY not in responses_in_conversation(LEILA_2, crime, [LEILA_1])
        assert SICK_PAY not in responses_in_conversation(LEILA_3, crime, [LEILA_1, LEILA_2])


def test_own_time_off_work_still_answered():
    said = ["I was robbed at knifepoint in the shop where I work"]
    text = "I am asking if I can take some days off because of fear"
    assert SICK_PAY in responses_in_conversation(text, "robbery", said)


def test_husbands_brother_with_a_knife_is_domestic_abuse_by_family():
    told = read_account(LEILA_1)
    assert (told.crime_type, told.offender) == ("domestic_abuse", "family_member")


def test_in_law_named_puts_the_abuser_right():
    wrong = {"crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex"}
    for text in (LEILA_4, LEILA_5, LEILA_6):
        assert corrections(text, wrong) == {"relationship_to_offender": "family_member"}
    stalking = {"crime_type": "stalking_harassment", "relationship_to_offender": "unknown"}
    assert corrections(LEILA_6, stalking) == {
        "relationship_to_offender": "family_member",
        "crime_type": "domestic_abuse",
    }
    right = {"crime_type": "domestic_abuse", "relationship_to_offender": "family_member"}
    for text in (LEILA_4, LEILA_5, LEILA_6):
        assert corrections(text, right) == {}


def test_his_brother_alone_is_not_taken_for_an_in_law():
    wrong = {"crime_type": "assault", "relationship_to_offender": "stranger"}
    assert "relationship_to_offender" not in corrections("it was his brother who helped me", wrong)


def test_sisters_borough_is_not_hers():
    answers = {"crime_type": "domestic_abuse", "consent": True}
    reading = read_turn(
        Turn(
            text="no. can i go to my sister house? she live in ilford",
            intent="inform",
            requested="impairment",
            answers=answers,
        )
    )
    assert reading.slots.get("borough") is None


def test_a_borough_alone_puts_the_noted_one_right():
    answers = {"crime_type": "domestic_abuse", "borough": "redbridge"}
    assert corrections("tower hamlets", answers) == {"borough": "tower hamlets"}
    assert corrections("redbridge", answers) == {}


def test_sisters_number_does_not_make_her_a_third_party():
    text = "07700 900 412 this is my sister Nasrin. please they can speak bengali?"
    answers = {"crime_type": "domestic_abuse", "consent": True, "contact_method": "text"}
    reading = read_turn(
        Turn(text=text, intent="inform", requested="contact_details", answers=answers)
    )
    assert not reading.slots.get("for_someone_else")
    assert "utter_about_them" not in [said.response for said in reading.say]
    assert read_account("my sister was attacked, she is 30").for_someone_else


# Nia, 24: a man exposed himself to her on the Tube, and she took a photo of him.
NIA_SAID = [
    "hi sorry not sure if this is the right place. a man exposed himself to me on the northern "
    "line this morning, like sat opposite and just. I took a photo of him. is it even worth "
    "reporting",
    "yeah ok. but is it worth reporting? like nothing actually happened to me he didnt touch me",
    "24. you didnt answer me tho. it was on the tube so is it the british transport police one?",
]
NIA_PHOTO = [
    "stranger. older guy grey hoodie. should i send them the photo? is that allowed, i didnt ask "
    "him lol obviously",
    "wait what?? so im going to get in trouble for taking the photo?? i only took it so the "
    "police could see who it was",
    "what?? its not a photo of ME. its a photo of HIM on the train, his face. i want to give it "
    "to the police. can i or not",
]


def test_photo_of_the_offender_is_evidence_not_image_abuse():
    said = list(NIA_SAID)
    for text in NIA_PHOTO:
        got = responses_in_conversation(text, "sexual_offence", said)
        assert got[:1] == ["utter_o5_photo_of_him"], text
        said.append(text)


def test_intimate_images_still_get_their_answer():
    said = ["my ex posted my nudes online"]
    text = "is that allowed? he shared the photo"
    assert "utter_o5_photo_of_him" not in responses_in_conversation(text, "online_abuse", said)


# Eddie, 71: a bank-impersonation "safe account" scam; he has no grandson.
EDDIE_SAID = [
    "Hello. I am not sure if this is the right place. I think I have been conned out of some money"
]
EDDIE_TOLD = (
    "Not in danger no. A man rang on tuesday said he was from Barclays fraud team and my account "
    "was being hacked. He knew my name and address. He told me to move my savings to a safe "
    "account, 8000 pounds. I did it on the phone banking. Now the bank says there is no safe "
    "account."
)


def test_safe_account_scam_gets_no_grandson_answer():
    got = responses_in_conversation(EDDIE_TOLD, "fraud", EDDIE_SAID)
    assert "utter_p5_courier_relative_ok" not in got
    reading = read_turn(
        Turn(text=EDDIE_TOLD, intent="inform", requested="in_danger", answers={"consent": True})
    )
    assert "utter_p5_courier_relative_ok" not in [said.response for said in reading.say]


# Abi: burgled, rents privately, the back door lock broken; she never said keys were taken.
ABI_SAID = [
    "hi someone broke into my flat last night while me and my little boy were asleep, i found the "
    "back door wide open this morning and my bag and laptop gone. i havent slept at all i keep "
    "thinking what if he'd woken up",
    "i dont know honestly. the back door lock is broken now i wedged a chair against it. could "
    "they come back?? they know theres a laptop and stuff here",
]
ABI_ASKS = (
    "yes they came this morning took fingerprints off the door, gave me a crime number. i rent "
    "from a private landlord, is it him who has to change the locks or me? he never answers his "
    "phone"
)


def test_landlord_lock_answer_says_who_fixes_it_without_made_up_keys():
    got = responses_in_conversation(ABI_ASKS, "burglary", ABI_SAID)
    assert got[:1] == ["utter_m92c_landlord_fixes_lock"]
    (text,) = sendable("utter_m92c_landlord_fixes_lock")
    assert "keys" not in text and len(text) <= 320
    assert "SOURCES" in sources_above("utter_m92c_landlord_fixes_lock", TOPICS)
    kemi = "its the landlord who has to change the locks right? hes being slow about it"
    said = ["they broke in and took my keys"]
    assert responses_in_conversation(kemi, "burglary", said)[:1] == ["utter_n80e_landlord_lock"]
