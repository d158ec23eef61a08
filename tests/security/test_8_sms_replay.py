"""Item 8: a captured Twilio request cannot be replayed, renamed or after a restart."""

from __future__ import annotations

import time

import pytest

from tests.security.conftest import Target, new_number, post_sms, sign_sms, sms_params

pytestmark = [pytest.mark.e2e, pytest.mark.attack]


def renamed(params: dict[str, str]) -> dict[str, str]:
    """The same request with MessageSid renamed so that Twilio's signature still holds: it
    signs each name followed by its value, so "MessageSi" + "dSM..." reads the same."""
    forged = {k: v for k, v in params.items() if k != "MessageSid"}
    forged["MessageSi"] = "d" + params["MessageSid"]
    return forged


def test_a_renamed_message_sid_is_not_a_new_text(target: Target):
    number = new_number()
    params = sms_params(number, "replayed words")
    signature = sign_sms(params)
    assert post_sms(target, params, signature).status_code == 200
    target.twilio.wait_until_quiet(number)
    forged = renamed(params)
    assert sign_sms(forged) == signature, "the forged request carries a valid signature"
    response = post_sms(target, forged, signature)
    assert response.status_code == 400
    time.sleep(3)
    assert target.user_texts(number).count("replayed words") == 1


@pytest.mark.parametrize("sid", ["", "SM123", "SM" + "g" * 32, "XX" + "0" * 32, "SM" + "0" * 33])
def test_a_malformed_message_sid_is_refused(target: Target, sid):
    params = sms_params(new_number(), "hi", sid=sid or None)
    if not sid:
        del params["MessageSid"]
    assert post_sms(target, params, sign_sms(params)).status_code == 400


def test_a_text_replayed_after_a_restart_is_handled_once(target: Target):
    number = new_number()
    params = sms_params(number, "hi")
    signature = sign_sms(params)
    assert post_sms(target, params, signature).status_code == 200
    sent = len(target.twilio.wait_until_quiet(number))
    assert sent
    target.stack.stop_rasa()
    target.stack.start_rasa()
    assert post_sms(target, params, signature).status_code == 200
    time.sleep(5)
    assert len(target.twilio.bodies(number)) == sent, "the replay got no reply: not handled"
