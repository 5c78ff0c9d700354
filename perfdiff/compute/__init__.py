"""Array algorithms the stages share, free of any trace format: compiled kernels and their loader
(``native``), walks over intervals on timelines (``intervals``, ``nesting``), group ids over big
tables (``grouping``)."""
