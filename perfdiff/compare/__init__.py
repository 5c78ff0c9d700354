"""Two Reports compared (``perfdiff.diff``).

    match.py      pair the ops of two runs by what they are
    diff.py       the Diff: ops joined, their change split into work and efficiency, the summary
    stats.py      Hodges–Lehmann shifts with rank-based intervals, weighted medians, the bootstrap
    drift.py      run-wide drift from ops of unchanged work that wait on nothing
    verdict.py    the step's verdict and each op's status
    parts.py      the change of the mean step in parts that add up
    sentences.py  the verdict and its explanation in words, written once for every view
"""
