"""The scale-out profile on one machine: ``bin/run --replicas N`` (docs/deploy.md).

    python -m bot.cluster --replicas 2

starts, all on 127.0.0.1:

* a private PostgreSQL cluster for Rasa's conversations (``postgres``), unless ``DATABASE_URL``
  is set, and a redis-server that keeps nothing on disk (``redis_server``), unless ``REDIS_URL``
  is set;
* N Rasa replicas (``bot.server run``), each on a port of its own, sharing both;
* several action servers (``actions.server``), each a process of its own;
* HAProxy in front of the replicas and of the action servers (``haproxy``), on ``RASA_PORT`` and
  ``ACTIONS_PORT``, checking their health and keeping web chat sockets on their replica;
* the review app on its own port, as ``bin/run`` starts it.

``supervisor`` starts and stops them in order, restarts a replica or action server that dies,
and lists every process in ``var/run/cluster.json``. The tests in tests/scale start the same
cluster with ``supervisor.Cluster``.
"""
