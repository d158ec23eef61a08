"""Round 38 (helper B2): what three role-players asked or were offered that went wrong.

- Joan, 81, whose handbag with her keys and bank card was taken at the door: "its the bank card
  im worried about, should i cancel it" got nothing; "how do i report it to the police, do i ring
  999?" got an answer about stalking.
- Wendy, 74, whose daughter's partner takes her pension: no service for older people abused by
  family (Hourglass), and the NSPCC offered for a grown-up daughter (fixed in round 37).
- Kasia, 27, sexually assaulted by a colleague: "Should I tell HR? I am scared I lose my job".

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import ORGANISATIONS

from referrals.matching import explain_match, match_organisations

# -- 3. Wendy: Hourglass, for older people abused by family ----------------------------------

WENDY = {
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "family_member",
    "repeat_victimisation": True,
    "reported": False,
    "age": 74,
    "impairment": True,
    "account_details": ["economic"],
    "language": "english",
    "borough": "havering",
    "gender": "woman",
}


def _ids(answers):
    return [org.id for org in match_organisations(answers, ORGANISATIONS)]


def test_wendy_is_offered_hourglass_and_not_the_nspcc():
    ids = _ids(WENDY)
    assert "hourglass-helpline" in ids
    assert "nspcc-helpline" not in ids
    assert "national-domestic-abuse-helpline" in ids


@pytest.mark.parametrize(
    "answers",
    [
        {**WENDY, "account_details": []},  # shouted at, no money taken
        {**WENDY, "crime_type": "theft", "gender": "man", "age": 81},  # a son steals from him
        {**WENDY, "crime_type": "assault", "relationship_to_offender": "partner_or_ex", "age": 68},
    ],
)
def test_older_people_abused_by_family_or_partner_are_offered_hourglass(answers):
    assert "hourglass-helpline" in _ids(answers)


@pytest.mark.parametrize(
    "answers",
    [
        {**WENDY, "age": 34},  # a younger woman
        {**WENDY, "age": None},  # the age question skipped
        {**WENDY, "age": 74, "crime_type": "theft", "relationship_to_offender": "stranger"},
        {**WENDY, "age": 81, "crime_type": "burglary", "relationship_to_offender": "stranger"},
        {**WENDY, "age": 16, "under_18": True},
    ],
)
def test_hourglass_is_not_offered_to_younger_people_unknown_ages_or_strangers(answers):
    assert "hourglass-helpline" not in _ids(answers)


def test_the_reason_for_an_unknown_age_is_explained():
    hourglass = next(org for org in ORGANISATIONS if org.id == "hourglass-helpline")
    assert "age is not known" in explain_match({**WENDY, "age": None}, hourglass)
