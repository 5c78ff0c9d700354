"""perfdiff.annotation: an annotated copy of a run, for XProf's trace viewer."""
