"""Round 51, helper W7: Bukola (fire that 'could of killed my kids'), Lily (13, threatened at
school), Amaya (grabbed by a customer)."""

import pytest

from actions.account import read_account
from tests.unit.known_answers import answer

BUKOLA = (
    "so my car gets torched maybe cos im black and the fire could of killed my kids and thats "
    "standard?? i said yes to the race question"
)


@pytest.mark.parametrize(
    "text",
    [BUKOLA, "the fire could have killed my kids", "he could of killed us all"],
)
def test_a_feared_death_is_not_a_death(text: str) -> None:
    account = read_account(text)
    assert account.crime_type != "homicide"
    assert "someone_died" not in account.details


def test_bukola_is_arson_endangering_life() -> None:
    account = read_account(BUKOLA)
    assert account.crime_type == "arson"
    assert "life_endangered" in account.details


@pytest.mark.parametrize(
    "text", ["my brother was killed last year", "my son was stabbed and he died"]
)
def test_real_deaths_still_read(text: str) -> None:
    account = read_account(text)
    assert account.crime_type == "homicide" or "someone_died" in account.details


@pytest.mark.parametrize(
    "text",
    [
        "stalking?? shes not stalking me. i just need to know what to do tmrw, can i just stay "
        "home and say im sick",
        "but can i stay home tmrw?? pls just tell me",
        "can i skip school tomorrow",
    ],
)
def test_lily_stay_home(text: str) -> None:
    assert answer(text, "stalking_harassment", age=13) == "utter_w7_stay_home_tomorrow"


def test_stay_home_needs_a_child() -> None:
    assert answer("can i stay home tomorrow", "assault", age=40) != "utter_w7_stay_home_tomorrow"


@pytest.mark.parametrize(
    "text",
    [
        "no. should i tell my manager tho? im worried he'll come back in and i'll have to serve "
        "him. i'm on again thursday",
        "he didnt threaten me. and i dont have an officer i havent reported it. im asking about "
        "my MANAGER. do i tell him or will it make it weird",
        "what can i actually do if he comes in on thursday? can the bar ban him?",
        "ok last q. if he turns up thursday and starts being weird again what do i actually do. "
        "like call 999 from behind the bar?",
    ],
)
def test_amaya_him_at_work(text: str) -> None:
    assert answer(text, "assault") == "utter_w7_him_at_work"


@pytest.mark.parametrize(
    "text",
    [
        "you didnt answer me. my kids. what do i do to keep them safe he lives NEXT DOOR",
        "no. but what do i do about the kids, my youngest is 6 and she saw the flames from the "
        "window. should i keep them off school? he lives next door",
    ],
)
def test_bukola_kids_safe(text: str) -> None:
    assert answer(text, "arson") == "utter_w7_kids_safe_neighbour"


@pytest.mark.parametrize(
    "text", ["yes", "no", "hackney", "he is my ex and lives next door", "what is a VPS?"]
)
def test_ordinary_messages_not_taken(text: str) -> None:
    for crime in ("assault", "arson", "stalking_harassment"):
        assert answer(text, crime, age=13) not in (
            "utter_w7_stay_home_tomorrow",
            "utter_w7_him_at_work",
            "utter_w7_kids_safe_neighbour",
        )
