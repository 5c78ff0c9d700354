"""The frontier, measured: a grid of configurations captured, analysed and set beside the step theory.

``perfdiff.sweep(...)`` / ``perfdiff sweep``: :mod:`~perfdiff.frontier.grid` (the points),
:mod:`~perfdiff.frontier.driver` (runs each point in its own process, resumable, into a logdir and
its ``sweep.json``), :mod:`~perfdiff.frontier.worker` (the per-point process),
:mod:`~perfdiff.frontier.results` (a point's row), :mod:`~perfdiff.frontier.fit` (per-resource
efficiencies, leave-one-out error, predictions), :mod:`~perfdiff.frontier.pareto` and
:mod:`~perfdiff.frontier.plot` (latency against throughput per chip).
"""
