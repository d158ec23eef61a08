"""Round 104, lead: Lydia, writing for her son Jake, 13, mugged on his way home from school, was
told her son "saw it" when she said he may have to stand up in court as a witness."""

from actions.account import read_account

LYDIA = (
    "what?? jake isnt getting charged hes the one who got robbed! i mean will HE have to go to "
    "court and stand up as a witness. were safe at home now"
)


def test_the_child_it_happened_to_is_not_noted_as_a_witness() -> None:
    account = read_account(LYDIA)
    assert account.crime_type == "robbery"
    assert "witness" not in account.details


def test_it_happened_to_him_is_not_a_witness() -> None:
    told = "he didnt SEE it it happened TO him. they punched him and took his stuff off him"
    assert "witness" not in read_account(told).details


def test_someone_who_saw_it_happen_to_another_is_still_a_witness() -> None:
    saw = "i saw a man get stabbed outside the station and gave a statement to the police"
    assert "witness" in read_account(saw).details
