"""Settings from the environment, with the paths bin/run uses."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from core import settings as env


class ConfigError(RuntimeError):
    """A setting the app cannot run without is missing or unsafe."""


MIN_SECRET_CHARS = 32


@dataclass(frozen=True)
class Settings:
    tracker_db: Path
    records_db: Path
    review_db: Path
    secret_key: str
    rasa_url: str = "http://127.0.0.1:5005"
    rasa_token: str = ""
    idle_minutes: int = 30
    max_failed_logins: int = 5
    lockout_minutes: int = 15
    # Log-in attempts one address may make at once, then one a minute (review/throttle.py).
    login_attempts_per_address: int = 10
    # How many proxies in front set X-Forwarded-For; 0 trusts none (the connecting address).
    proxies_count: int = 0
    retention_days: int = env.DEFAULT_RETENTION_DAYS
    # Secure cookies need https; behind a TLS proxy set REVIEW_COOKIE_SECURE=1.
    cookie_secure: bool = False


def from_env(**overrides: object) -> Settings:
    values: dict[str, object] = {
        "tracker_db": env.tracker_db(),
        "records_db": env.records_db(),
        "review_db": env.review_db(),
        "secret_key": env.env("REVIEW_SECRET_KEY"),
        "rasa_url": env.env("RASA_URL", "http://127.0.0.1:5005").rstrip("/"),
        "rasa_token": env.env("RASA_API_TOKEN"),
        "idle_minutes": int(env.env("REVIEW_IDLE_MINUTES", "30")),
        "login_attempts_per_address": int(env.env("REVIEW_LOGIN_ATTEMPTS", "10")),
        "proxies_count": int(env.env("REVIEW_PROXIES_COUNT", "0")),
        "retention_days": env.retention_days(),
        "cookie_secure": env.flag("REVIEW_COOKIE_SECURE"),
    }
    values.update({k: v for k, v in overrides.items() if v is not None})
    # The values are typed by the settings readers above; mypy sees only dict[str, object].
    return Settings(**values)  # type: ignore[arg-type]


def check_secret(settings: Settings) -> None:
    if len(settings.secret_key) < MIN_SECRET_CHARS:
        raise ConfigError(
            f"REVIEW_SECRET_KEY must be set to a random value of at least {MIN_SECRET_CHARS} "
            "characters, e.g. from: python -c 'import secrets; print(secrets.token_hex(32))'"
        )
