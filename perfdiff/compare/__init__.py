"""Two Reports compared (``perfdiff.diff``): ``match`` pairs the ops of two runs by what they are;
``diff`` makes the Diff (ops joined, their change split into work and efficiency, the summary);
``stats`` has the Hodges–Lehmann shifts with rank-based intervals, weighted medians and the
bootstrap; ``drift`` the run-wide drift from ops of unchanged work that wait on nothing; ``verdict``
the step's verdict and each op's status; ``parts`` the change of the mean step in parts that add up;
``sentences`` the verdict and its explanation in words, written once for every view.
"""
