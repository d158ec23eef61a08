"""Round 73, helper z73c: accounts, corrections and who it happened to."""

from actions.account import read_account
from actions.reading import Turn, corrections, read_turn
from referrals.matching import match_organisations

KYLE = (
    "yesterday night. I walk Hounslow high street, man on bike grab phone from my hand. fast. "
    "then this morning bank app on brother phone show £340 spend online. not me"
)
ELLIE = (
    "no not like that. its a pic. a boy in my year sent it round everyone. of me. i sent it him "
    "on snap and he screenshot it 😭"
)
JOYCE = (
    "Hello. I hope I have the right place. A man came to my door about my roof and I paid him "
    "and he never came back to do it"
)
FATIMA = (
    "Hi sorry i dont know if this is the right place. Someone set fire to my car outside my "
    "house last night around 3am. I have 2 kids. I think it was my ex husbands brother, he "
    "threatend me after the divorce. I'm so scared he will come back"
)
PRIYANKA = (
    "ok whatever. theres this guy i met on hinge he has pics of me. like private ones. he says "
    "he'll send them to my mum and dad and my cousins on insta unless i pay him 500 by tonight. "
    "should i just pay??"
)


def test_kyle_snatch_told_in_few_words_is_read():
    assert read_account(KYLE).crime_type == "robbery"
    assert read_account("bank app show £340 spend online. not me").crime_type == "fraud"
    reading = read_turn(Turn(text=KYLE, requested="crime_type", answers={"consent": True}))
    assert reading.slots.get("crime_type") == "robbery"


def test_ellie_picture_sent_round_is_online_abuse():
    assert read_account(ELLIE).crime_type == "online_abuse"


def test_joyce_roofer_paid_never_came_back_is_fraud():
    account = read_account(JOYCE)
    assert account.crime_type == "fraud"
    assert "labour_told" not in account.details


def test_fatima_exs_brother_is_a_family_member_not_the_ex():
    account = read_account(FATIMA)
    assert account.offender == "family_member"


def test_fatima_correction_of_who_keeps_what_happened():
    answers = {"crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex"}
    for text in (
        "it was NOT my ex husband. it was his brother. please put that right",
        "its not domestic abuse tho its not my ex husband its his brother",
    ):
        changes = corrections(text, answers)
        assert changes.get("relationship_to_offender") == "family_member"
        assert "crime_type" not in changes


def test_marcus_witness_correction_is_said_back():
    text = "i wasnt targeted it was my boy Jaylen that got stabbed not me. i just seen it"
    answers = {"consent": True, "crime_type": "serious_violence", "age": 19.0}
    reading = read_turn(Turn(text=text, requested="hate_motivated", answers=answers))
    assert "witness" in reading.slots["account_details"]
    assert "account_details" in reading.corrected


def test_sandra_loads_of_times_is_a_repeat():
    text = (
        "The money yes loads of times. The pushing just the once. Well he's grabbed my arm "
        "before. I'm scared of him sometimes which is awful to say about your own child"
    )
    answers = {
        "consent": True,
        "crime_type": "assault",
        "relationship_to_offender": "family_member",
    }
    reading = read_turn(Turn(text=text, requested="repeat_victimisation", answers=answers))
    assert reading.slots["repeat_victimisation"] is True


def test_priyanka_man_from_dating_app_is_not_someone_known():
    assert read_account(PRIYANKA).offender == "stranger"
    assert read_account("my ex boyfriend who i met on tinder has pics of me").offender != (
        "stranger"
    )


def test_priyanka_images_only_no_havens():
    answers = {
        "crime_type": "sexual_offence",
        "account_details": ["intimate_images", "online", "sextortion"],
        "age": 24.0,
        "borough": "harrow",
        "within_12_months": True,
    }
    assert "the-havens" not in [org.id for org in match_organisations(answers)]
    text = (
        "havens?? he didnt touch me i never even met him irl. is the revenge porn one open now, "
        "its like 6pm. can they stop him posting before 9"
    )
    reading = read_turn(Turn(text=text, requested="referral_consent", answers=answers))
    assert "no_contact" in reading.slots.get("account_details", ())


# -- negatives: other people's messages that must not change --


def test_negatives_unchanged():
    # A rape stays with the Havens.
    raped = {"crime_type": "sexual_offence", "age": 30.0, "within_12_months": True}
    assert "the-havens" in [org.id for org in match_organisations(raped)]
    # A wrist hurt in the snatch stays a robbery; a plain theft stays theft.
    assert read_account("someone stole my phone from my bag on the bus").crime_type == "theft"
    # Sandra's "just the once" alone stays a no.
    reading = read_turn(
        Turn(text="no just the once", requested="repeat_victimisation", answers={"consent": True})
    )
    assert reading.slots.get("repeat_victimisation") is False
    # A correction that it was a stranger, not the ex, is not made a family member.
    changes = corrections(
        "it wasnt my ex it was a stranger",
        {"crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex"},
    )
    assert changes.get("relationship_to_offender") != "family_member"
    # A mum sent pictures of her son round: not read as the writer's picture.
    assert read_account("my ex husband is abusive").offender == "partner_or_ex"
