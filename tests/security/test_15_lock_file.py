"""Item 15: what a fresh machine installs is exactly what was tested, and nothing unchecked."""

from __future__ import annotations

import re
from importlib import metadata

import pytest
import tomli as tomllib
from packaging.requirements import Requirement

from bench.stack import ROOT

pytestmark = [pytest.mark.attack]

LOCK = ROOT / "requirements.lock"
ENTRY = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def locked() -> dict[str, str]:
    assert LOCK.exists(), "requirements.lock is missing"
    pins = {}
    for line in LOCK.read_text().splitlines():
        found = ENTRY.match(line)
        if found:
            pins[canonical(found.group(1))] = found.group(2)
    return pins


def test_every_locked_package_has_hashes():
    blocks = re.split(r"\n(?=[A-Za-z0-9])", LOCK.read_text() if LOCK.exists() else "")
    entries = [b for b in blocks if ENTRY.match(b)]
    assert entries
    assert all("--hash=sha256:" in entry for entry in entries)


def test_the_lock_covers_every_dependency_of_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["dev"]]
    pins = locked()
    for spec in wanted:
        requirement = Requirement(spec)
        name = canonical(requirement.name)
        assert name in pins, f"{requirement.name} is not in requirements.lock"
        assert requirement.specifier.contains(pins[name], prereleases=True), spec


def test_what_is_installed_is_what_is_locked():
    pins = locked()
    installed = {canonical(d.metadata["Name"]): d.version for d in metadata.distributions()}
    installed.pop("victims-needs-bot", None)
    different = {
        name: (version, pins.get(name))
        for name, version in installed.items()
        if name in pins and pins[name] != version
    }
    assert different == {}
    missing = sorted(set(installed) - set(pins) - {"pip", "setuptools", "wheel"})
    assert missing == [], "installed but not locked"


def test_bin_scripts_install_only_from_the_lock_with_hashes():
    lib = (ROOT / "bin" / "lib.sh").read_text()
    assert '--require-hashes -r "$ROOT/requirements.lock"' in lib
    assert "--no-deps" in lib
    installs = [line for line in lib.splitlines() if "pip install" in line]
    assert all("requirements.lock" in line or "--no-deps" in line for line in installs)
