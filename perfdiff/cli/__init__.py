"""The ``perfdiff`` command: argument parsing and rendering over the library's tables."""
