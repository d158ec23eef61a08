"""TensorFlow's thread pools are sized for the Rasa processes on the machine (bot/tf_threads.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rasa import constants as rasa_constants

from bot import tf_threads
from bot.cluster.supervisor import Cluster

ROOT = Path(__file__).resolve().parents[2]
UNSET = {tf_threads.INTRA: "", tf_threads.INTER: ""}


@pytest.mark.parametrize(
    ("cores", "processes", "expected"),
    [(2, 1, 2), (2, 2, 1), (2, 3, 1), (8, 3, 2), (16, 4, 4), (None, 1, 1), (1, 4, 1)],
)
def test_each_process_gets_its_share_of_the_cores_and_at_least_one(cores, processes, expected):
    assert tf_threads.threads_per_process(cores, processes) == expected
    assert tf_threads.settings(cores, processes, {}) == {
        "TF_INTRA_OP_PARALLELISM_THREADS": str(expected),
        "TF_INTER_OP_PARALLELISM_THREADS": str(expected),
    }


def test_what_the_operator_set_is_kept():
    assert tf_threads.settings(8, 2, {tf_threads.INTRA: "3"}) == {tf_threads.INTER: "4"}
    assert tf_threads.settings(8, 2, {tf_threads.INTRA: "3", tf_threads.INTER: "1"}) == {}
    assert tf_threads.settings(8, 2, {tf_threads.INTRA: " "}) == {
        tf_threads.INTRA: "4",
        tf_threads.INTER: "4",
    }
    with pytest.raises(ValueError):
        tf_threads.threads_per_process(2, 0)


def test_the_names_are_the_ones_rasa_reads():
    assert tf_threads.INTRA == rasa_constants.ENV_CPU_INTRA_OP_CONFIG
    assert tf_threads.INTER == rasa_constants.ENV_CPU_INTER_OP_CONFIG


def test_bin_run_gets_export_lines_only_for_what_is_unset():
    def exports(env: dict[str, str]) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "bot.tf_threads", "1"], cwd=ROOT, capture_output=True,
            text=True, check=True, env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        )  # fmt: skip
        return done.stdout

    share = os.cpu_count() or 1
    assert exports(UNSET).splitlines() == [
        f"export TF_INTRA_OP_PARALLELISM_THREADS={share}",
        f"export TF_INTER_OP_PARALLELISM_THREADS={share}",
    ]
    assert exports({tf_threads.INTRA: "1", tf_threads.INTER: "1"}) == ""


def test_the_cluster_passes_each_replica_its_share_and_rasa_applies_it(tmp_path, monkeypatch):
    for name in UNSET:
        monkeypatch.delenv(name, raising=False)
    cores = os.cpu_count() or 1
    replicas = cores + 1  # more replicas than cores: one thread each
    cluster = Cluster(ROOT, tmp_path / "var", replicas=replicas, review=False, purge=False)
    cluster._prepare_env()
    replica = cluster._rasa(1, 1, tmp_path / "endpoints.yml")
    assert replica.env[tf_threads.INTRA] == replica.env[tf_threads.INTER] == "1"
    # Rasa's own start-up code, in a process with the replica's environment, sets TensorFlow.
    probe = (
        "from rasa.utils.tensorflow.environment import setup_tf_environment\n"
        "setup_tf_environment()\n"
        "import tensorflow as tf\n"
        "t = tf.config.threading\n"
        "print(t.get_intra_op_parallelism_threads(), t.get_inter_op_parallelism_threads())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], env=dict(replica.env), capture_output=True, text=True,
        timeout=120, check=True,
    )  # fmt: skip
    assert done.stdout.split() == ["1", "1"]

    monkeypatch.setenv(tf_threads.INTRA, "3")
    kept = Cluster(ROOT, tmp_path / "var2", replicas=2, review=False, purge=False)
    kept._prepare_env()
    assert kept.env[tf_threads.INTRA] == "3"
    assert kept.env[tf_threads.INTER] == str(max(1, cores // 2))
