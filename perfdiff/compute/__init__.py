"""Array algorithms the stages share, free of any trace format: compiled kernels and their loader
(``native``, their machine code ``machine_code``), walks over intervals on timelines (``intervals``,
``nesting``), the pairing of async starts and dones (``pairing``), group ids over big tables
(``grouping``, numbered by ``numbering``)."""
