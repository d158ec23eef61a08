"""Every change we make to Rasa's own behaviour, in one place.

Rasa 3.6 offers no hook for any of these, so each replaces one method of Rasa's. They are
installed once, explicitly, by ``python -m bot.server`` (what ``bin/run``, the tests and the
benchmark start instead of ``rasa run``), before Rasa loads anything. ``install`` refuses to run
on another Rasa version: each patch says what to check when upgrading, and
``tests/unit/test_rasa_patches.py`` fails if a patched method is gone or has changed shape.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable
from typing import Any

import rasa

from bot import service_failure
from core import settings

logger = logging.getLogger(__name__)

RASA_VERSION = "3.6.21"
# Every request body Rasa's server reads (webhooks, the socket.io endpoint, the HTTP API) is
# refused above this size before it is read: no Twilio, Telegram, web chat or API body of ours
# comes near it.
MAX_REQUEST_BYTES = 64 * 1024

# (module, class, attribute, parameters) of every method replaced below, for the upgrade test;
# the class is "" for a function of the module itself.
PATCHED: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "rasa.core.processor",
        "MessageProcessor",
        "_run_action",
        ("self", "action", "tracker", "output_channel", "nlg", "prediction"),
    ),
    (
        "rasa.core.actions.action",
        "RemoteAction",
        "run",
        ("self", "output_channel", "nlg", "tracker", "domain"),
    ),
    ("rasa.core.actions.action", "RemoteAction", "_validate_action_result", ("self", "result")),
    ("rasa.utils.endpoints", "EndpointConfig", "session", ("self",)),
    (
        "rasa.core.actions.action",
        "RemoteAction",
        "_action_call_format",
        ("self", "tracker", "domain"),
    ),
    ("rasa.core.tracker_store", "FailSafeTrackerStore", "save", ("self", "tracker")),
    ("rasa.core.tracker_store", "FailSafeTrackerStore", "retrieve", ("self", "sender_id")),
    (
        "rasa.core.tracker_store",
        "FailSafeTrackerStore",
        "retrieve_full_tracker",
        ("self", "sender_id"),
    ),
    (
        "rasa.utils.tensorflow.models",
        "RasaModel",
        "load",
        (
            "cls",
            "model_file_name",
            "model_data_example",
            "predict_data_example",
            "finetune_mode",
            "args",
            "kwargs",
        ),
    ),
    (
        "rasa.core.run",
        "",
        "configure_app",
        (
            "input_channels",
            "cors",
            "auth_token",
            "enable_api",
            "response_timeout",
            "jwt_secret",
            "jwt_private_key",
            "jwt_method",
            "route",
            "port",
            "endpoints",
            "log_file",
            "conversation_id",
            "use_syslog",
            "syslog_address",
            "syslog_port",
            "syslog_protocol",
            "request_timeout",
            "server_listeners",
            "use_uvloop",
            "keep_alive_timeout",
        ),
    ),
)

_installed = False


class UnsupportedRasaVersion(RuntimeError):
    """The patches were written for another Rasa version and must be reviewed first."""


class ActionFailed(RuntimeError):
    """A custom action failed; the message names the action only."""


def installed() -> bool:
    return _installed


def missing() -> list[str]:
    """The patched methods that are Rasa's own right now (all of them before ``install``)."""
    import importlib

    names = []
    for module, cls, attribute, _ in PATCHED:
        owner = importlib.import_module(module)
        if cls:
            owner = getattr(owner, cls)
        if not _is_ours(inspect_static_func(owner, attribute)):
            names.append(f"{cls or module}.{attribute}")
    return names


def install() -> None:
    """Install every patch once; refuses to on a Rasa version they were not checked against."""
    global _installed
    if _installed:
        return
    if rasa.__version__ != RASA_VERSION:
        raise UnsupportedRasaVersion(
            f"bot/rasa_patches.py was checked against Rasa {RASA_VERSION}, not "
            f"{rasa.__version__}: review each patch there, then update RASA_VERSION."
        )
    guard_failed_actions()
    cache_action_result_validation()
    encode_action_requests_quickly()
    leave_rankings_out_of_action_requests()
    pass_conversation_store_errors_on()
    limit_request_bodies()
    build_loaded_models_eagerly()
    _installed = True


def _mark(function: Callable[..., Any]) -> Callable[..., Any]:
    function._victims_patch = True  # type: ignore[attr-defined]  # a marker on a function
    return function


def _is_ours(function: Any) -> bool:
    return getattr(function, "_victims_patch", False)


def guard_failed_actions() -> None:
    """Make a failed or slow custom action answer the person and wait for their next message.

    Why: Rasa 3.6 waits five minutes for the action server, then logs the failure, drops the
    action's events and goes on predicting, so the person hears nothing (or the bot goes on
    with the form as if the answer had been checked). Here each call to the action server is
    bounded by ``core.settings.action_timeout()``; a failure still aborts the action as before
    (so a form does not move on), and then the person is sent
    ``service_failure.ACTION_FAILURE_REPLY`` and the bot listens. The failed turn leaves no
    half-written state, and the same message sent again once the action server is back
    carries on normally.
    On upgrade: check that ``RemoteAction.run`` still calls the action server and raises on
    failure, that ``ActionExecutionRejection`` is still how a form refuses an answer, and that
    ``MessageProcessor._run_action`` still returns whether to predict another action.
    """
    from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
    from rasa.core.processor import MessageProcessor
    from rasa.shared.core.constants import ACTION_LISTEN_NAME
    from rasa.shared.core.events import ActionExecuted, BotUttered

    remote_run = RemoteAction.run
    if _is_ours(remote_run):
        return
    failed = service_failure.failed_action

    async def run(self: RemoteAction, output_channel: Any, nlg: Any, tracker: Any, domain: Any):
        try:
            return await asyncio.wait_for(
                remote_run(self, output_channel, nlg, tracker, domain),
                timeout=settings.action_timeout(),
            )
        except ActionExecutionRejection:
            raise  # a form's validation saying "not this answer": part of normal dialogue
        except Exception as error:
            logger.error("Custom action %s failed (%s).", self.name(), type(error).__name__)
            failed.set(self.name())
            # Not chained: the error Rasa raised quotes the action server's answer, which
            # rasa-sdk fills with the whole conversation, and Rasa logs what it is given.
            raise ActionFailed(self.name()) from None

    run_action = MessageProcessor._run_action

    async def _run_action(
        self: MessageProcessor,
        action: Any,
        tracker: Any,
        output_channel: Any,
        nlg: Any,
        prediction: Any,
    ) -> bool:
        failed.set(None)
        should_predict_another = await run_action(
            self, action, tracker, output_channel, nlg, prediction
        )
        if failed.get() is None:
            return should_predict_another
        failed.set(None)
        reply = service_failure.ACTION_FAILURE_REPLY
        await output_channel.send_response(tracker.sender_id, {"text": reply})
        tracker.update(BotUttered(reply, metadata={"service_failure": True}))
        # As if the bot had listened: the next message is handled from this point.
        tracker.update(ActionExecuted(ACTION_LISTEN_NAME))
        return False

    RemoteAction.run = _mark(run)  # type: ignore[method-assign]  # Rasa has no hook
    MessageProcessor._run_action = _mark(_run_action)  # type: ignore[method-assign]  # Rasa has no hook


def cache_action_result_validation() -> None:
    """Check the action server's answers with a validator built once, not on every action.

    Why: for every custom action Rasa checks the answer with ``jsonschema.validate``, which
    first checks the schema itself against JSON Schema's meta-schema; profiling the server
    under load (``python -m bench.run`` with py-spy) found that the largest single cost per
    message. The schema never changes, so it is checked once and the validator kept; answers
    are validated exactly as before, with Rasa's own error message.
    On upgrade: check that ``RemoteAction.action_response_format_spec`` is still the schema
    and ``_validate_action_result`` still only validates.
    """
    from jsonschema import ValidationError
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.constants import DOCS_BASE_URL

    if _is_ours(RemoteAction._validate_action_result):
        return
    spec = RemoteAction.action_response_format_spec()
    validator_class = validator_for(spec)
    validator_class.check_schema(spec)
    validator = validator_class(spec)

    def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
        try:
            validator.validate(result)
        except ValidationError as error:
            error.message += (
                ". Failed to validate Action server response from API, make sure your response "
                "from the Action endpoint is valid. For more information about the format visit "
                f"{DOCS_BASE_URL}/custom-actions"
            )
            raise
        return True

    RemoteAction._validate_action_result = _mark(_validate_action_result)  # type: ignore[method-assign]  # Rasa has no hook


def encode_action_requests_quickly() -> None:
    """Encode the conversation Rasa sends the action server with ujson, not the json module.

    Why: each custom action is sent the whole conversation as JSON, and under load the
    standard library's encoder showed high in py-spy's profile of the server (``bench.run``).
    ujson (already installed with Rasa's dependencies) writes the same JSON; a value it
    cannot write (a float that is not a number) falls back to the json module, as before.
    On upgrade: check that ``EndpointConfig.session`` still only builds a ClientSession from
    ``headers``, ``basic_auth`` and the default timeout.
    """
    import json

    import aiohttp
    import ujson
    from rasa.utils.endpoints import DEFAULT_REQUEST_TIMEOUT, EndpointConfig

    if _is_ours(EndpointConfig.session):
        return

    def dumps(value: Any) -> str:
        try:
            return ujson.dumps(value, ensure_ascii=False, escape_forward_slashes=False)
        except (OverflowError, TypeError):
            return json.dumps(value)

    def session(self: EndpointConfig) -> aiohttp.ClientSession:
        auth = (
            aiohttp.BasicAuth(self.basic_auth["username"], self.basic_auth["password"])
            if self.basic_auth
            else None
        )
        return aiohttp.ClientSession(
            headers=self.headers,
            auth=auth,
            timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
            json_serialize=dumps,
        )

    EndpointConfig.session = _mark(session)  # type: ignore[method-assign]  # Rasa has no hook


# What NLU adds to each message beside its intent and entities: every intent's and every
# rights answer's score. Nothing in the action server reads them for past messages.
_RANKINGS = ("intent_ranking", "response_selector")


def leave_rankings_out_of_action_requests() -> None:
    """Send the action server past messages without their classifiers' rankings.

    Why: each custom action is sent the whole conversation, and the rankings are most of each
    message's size, so they made up most of what was encoded, sent and decoded on every call.
    The latest message keeps them (``tracker.latest_message``: the rights answer is read from
    it); what is stored is untouched.
    On upgrade: check that ``_action_call_format`` still puts ``current_state`` under "tracker".
    """
    from rasa.core.actions.action import RemoteAction

    if _is_ours(RemoteAction._action_call_format):
        return
    original = RemoteAction._action_call_format

    def _action_call_format(self: RemoteAction, tracker: Any, domain: Any) -> dict[str, Any]:
        call = original(self, tracker, domain)
        state = call["tracker"]
        state["events"] = [
            {
                **event,
                "parse_data": {
                    key: value for key, value in event["parse_data"].items() if key not in _RANKINGS
                },
            }
            if event.get("event") == "user" and isinstance(event.get("parse_data"), dict)
            else event
            for event in state.get("events") or []
        ]
        return call

    RemoteAction._action_call_format = _mark(_action_call_format)  # type: ignore[method-assign]  # Rasa has no hook


def pass_conversation_store_errors_on() -> None:
    """Let the conversation store's errors reach the channel instead of being hidden.

    Why: Rasa wraps every tracker store in ``FailSafeTrackerStore``: when saving fails it logs
    the error (for SQL, with the person's message in it) and keeps the conversation in memory,
    where nothing reads it again, so the message is silently lost; when reading fails it starts
    a new, empty conversation. A frightened person must instead be told to send it again, so
    the calls go straight through and the channel answers (``bot/tracker_store.py`` raises an
    error that carries no SQL).
    On upgrade: check that ``FailSafeTrackerStore`` still wraps the store as ``_tracker_store``
    and that these three methods are still how Rasa reads and writes conversations.
    """
    from rasa.core.tracker_store import FailSafeTrackerStore
    from rasa.shared.core.trackers import DialogueStateTracker

    if _is_ours(FailSafeTrackerStore.save):
        return

    async def save(self: FailSafeTrackerStore, tracker: DialogueStateTracker) -> None:
        await self._tracker_store.save(tracker)

    async def retrieve(self: FailSafeTrackerStore, sender_id: str) -> DialogueStateTracker | None:
        return await self._tracker_store.retrieve(sender_id)

    async def retrieve_full_tracker(
        self: FailSafeTrackerStore, sender_id: str
    ) -> DialogueStateTracker | None:
        return await self._tracker_store.retrieve_full_tracker(sender_id)

    FailSafeTrackerStore.save = _mark(save)  # type: ignore[method-assign]  # Rasa has no hook
    FailSafeTrackerStore.retrieve = _mark(retrieve)  # type: ignore[method-assign]  # Rasa has no hook
    FailSafeTrackerStore.retrieve_full_tracker = _mark(retrieve_full_tracker)  # type: ignore[method-assign]  # Rasa has no hook


def limit_request_bodies() -> None:
    """Refuse any request body over ``MAX_REQUEST_BYTES`` before reading it.

    Why: Sanic's default limit is 100 MB, and the whole body is read into memory (and a JSON
    or form body parsed) before any handler of ours can look at its size, so anyone who can
    reach a webhook can make the server hold hundreds of megabytes. Rasa builds its Sanic app
    in ``configure_app`` and offers no setting for this; Sanic checks ``REQUEST_MAX_SIZE``
    against Content-Length and while a body streams in, and answers 413.
    On upgrade: check that ``rasa.core.run.configure_app`` still builds and returns the one
    Sanic app that serves the channels and the API, and that Sanic still reads
    ``REQUEST_MAX_SIZE`` when a connection opens.
    """
    import rasa.core.run

    original = rasa.core.run.configure_app
    if _is_ours(original):
        return

    @functools.wraps(original)
    def configure_app(*args: Any, **kwargs: Any) -> Any:
        app = original(*args, **kwargs)
        app.config.REQUEST_MAX_SIZE = MAX_REQUEST_BYTES
        return app

    rasa.core.run.configure_app = _mark(configure_app)


def build_loaded_models_eagerly() -> None:
    """Build a loaded model's weights with one eager training step, not a traced one.

    Why: to give a model its weights before reading them from disk, Rasa trains it on one
    example, and the training step is traced into a TensorFlow graph first. Profiling a server
    start (py-spy) found most of the model's loading time in that tracing, for a graph that is
    used once and thrown away. The same step run eagerly builds the same weights in a fraction
    of the time; the model is then compiled as Rasa would have, the trained weights are read,
    and the prediction graph is traced as before. Fine-tuning keeps Rasa's own path.
    On upgrade: compare ``RasaModel.load`` with ``load`` below line by line.
    """
    import tensorflow as tf
    from rasa.utils.tensorflow.constants import LEARNING_RATE, RUN_EAGERLY
    from rasa.utils.tensorflow.data_generator import RasaBatchDataGenerator
    from rasa.utils.tensorflow.models import RasaModel

    rasas_load = inspect_static_func(RasaModel, "load")
    if _is_ours(rasas_load):
        return

    def load(
        cls: type[RasaModel],
        model_file_name: str,
        model_data_example: Any,
        predict_data_example: Any = None,
        finetune_mode: bool = False,
        *args: Any,
        **kwargs: Any,
    ) -> RasaModel:
        if finetune_mode:
            return rasas_load(
                cls, model_file_name, model_data_example, predict_data_example, True,
                *args, **kwargs,
            )  # fmt: skip
        model = cls(*args, **kwargs)
        config = kwargs.get("config", {})
        learning_rate = config.get(LEARNING_RATE, 0.001)
        model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate), run_eagerly=True)
        model.fit(RasaBatchDataGenerator(model_data_example, batch_size=1), verbose=False)
        model.load_weights(model_file_name)
        model.compile(
            optimizer=tf.keras.optimizers.Adam(learning_rate), run_eagerly=config.get(RUN_EAGERLY)
        )
        if predict_data_example:
            model.run_inference(predict_data_example)
        return model

    RasaModel.load = classmethod(_mark(load))  # type: ignore[method-assign,assignment]  # Rasa has no hook


def inspect_static_func(owner: Any, attribute: str) -> Any:
    """The function behind an attribute of a class or module, as stored (a classmethod's own)."""
    import inspect

    method = inspect.getattr_static(owner, attribute)
    return getattr(method, "__func__", method)
